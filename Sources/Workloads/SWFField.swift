/// The 18 fields of an SWF job line, numbered as the format numbers them (from 1).
enum SWFField: Int, CaseIterable {
    case jobNumber = 1, submitTime, waitTime, runTime, allocatedProcessors, averageCPUTime
    case usedMemory, requestedProcessors, requestedTime, requestedMemory, status, userID
    case groupID, executableNumber, queueNumber, partitionNumber, precedingJob, thinkTime

    /// Fields per job line.
    static let count = 18

    /// How the reader checks a field beyond "is a number".
    enum Use {
        /// Read for replay as seconds: must be ≥ 0, or -1 for missing.
        case seconds
        /// Read for replay as a whole number: must be ≥ 0, or -1 for missing.
        case whole
        /// Not used for replay: any number is accepted.
        case unused
    }

    /// The name messages use, e.g. `run time`.
    var name: String {
        switch self {
        case .jobNumber: "job number"
        case .submitTime: "submit time"
        case .waitTime: "wait time"
        case .runTime: "run time"
        case .allocatedProcessors: "allocated processors"
        case .averageCPUTime: "average CPU time"
        case .usedMemory: "used memory"
        case .requestedProcessors: "requested processors"
        case .requestedTime: "requested time"
        case .requestedMemory: "requested memory"
        case .status: "status"
        case .userID: "user id"
        case .groupID: "group id"
        case .executableNumber: "executable number"
        case .queueNumber: "queue number"
        case .partitionNumber: "partition number"
        case .precedingJob: "preceding job number"
        case .thinkTime: "think time"
        }
    }

    var use: Use {
        switch self {
        case .submitTime, .waitTime, .runTime, .requestedTime: .seconds
        case .jobNumber, .allocatedProcessors, .requestedProcessors, .status, .userID: .whole
        default: .unused
        }
    }

    /// The largest value the replay accepts, in the field's unit (seconds, processors, or a
    /// plain number); nil for fields the replay does not use, which are only read as numbers.
    ///
    /// Seconds: 10¹⁰ s (317 years), ten times the longest horizon; kept in milliseconds and
    /// divided by the slowest speed a scenario allows (10⁻⁴), they stay below 2⁶³. Processors:
    /// 10⁸, ten times the cores of the largest machine ever built. Job numbers: 10¹², a
    /// thousand times the jobs of any log. Status and user id: 2³¹ − 1, as 32-bit systems write them.
    var largest: Int64? {
        switch self {
        case .submitTime, .waitTime, .runTime, .requestedTime: Self.largestSeconds
        case .allocatedProcessors, .requestedProcessors: 100_000_000
        case .jobNumber: 1_000_000_000_000
        case .status, .userID: Int64(Int32.max)
        default: nil
        }
    }

    /// The largest time a trace may give, seconds (317 years).
    static let largestSeconds: Int64 = 10_000_000_000

    /// The unit `largest` is in, for messages: `seconds`, `processors`, or nothing.
    var unit: String {
        switch use {
        case .seconds: " seconds"
        case .whole: self == .allocatedProcessors || self == .requestedProcessors ? " processors" : ""
        case .unused: ""
        }
    }

    /// What a valid value looks like, in words: `a number of seconds or -1`.
    var expectation: String {
        switch self {
        case .jobNumber: "a whole number"
        case .submitTime: "a number of seconds"
        case .allocatedProcessors, .requestedProcessors: "a whole number of processors or -1"
        case .status, .userID: "a whole number or -1"
        case .waitTime, .runTime, .requestedTime, .averageCPUTime, .thinkTime: "a number of seconds or -1"
        default: "a number or -1"
        }
    }

    /// `field 4 (run time)`.
    var label: String { "field \(rawValue) (\(name))" }
}
