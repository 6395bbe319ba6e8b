/// The header fields of an SWF trace that the simulator can use, all optional.
///
/// SWF header lines are comments of the form `; Key: value`. Unknown keys are ignored, and a
/// number that cannot be read leaves its field nil: a header is informative, never an error.
public struct SWFHeader: Sendable, Hashable {
    /// `MaxJobs`: the number of jobs in the original log (before cleaning).
    public var maxJobs: Int?
    /// `MaxProcs`: processors in the machine.
    public var maxProcessors: Int?
    /// `MaxNodes`: nodes in the machine.
    public var maxNodes: Int?
    /// `UnixStartTime`: the trace's time zero, in seconds since 1970-01-01 UTC.
    public var unixStartTime: Int?
    /// `TimeZoneString`: the machine's time zone, e.g. `Europe/Stockholm`.
    public var timeZoneString: String?
    /// Every `Note`, in file order; comment lines that continue a note are joined to it with
    /// single spaces.
    public var notes: [String]

    /// Creates a header.
    public init(
        maxJobs: Int? = nil, maxProcessors: Int? = nil, maxNodes: Int? = nil,
        unixStartTime: Int? = nil, timeZoneString: String? = nil, notes: [String] = []
    ) {
        self.maxJobs = maxJobs
        self.maxProcessors = maxProcessors
        self.maxNodes = maxNodes
        self.unixStartTime = unixStartTime
        self.timeZoneString = timeZoneString
        self.notes = notes
    }
}

/// Collects header fields from comment lines, one line at a time.
struct SWFHeaderReader {
    private(set) var header = SWFHeader()
    /// True while the comment lines continue the last `Note`.
    private var inNote = false

    /// The header keys of SWF version 2.2. Only these start a new field, so that an indented
    /// continuation line such as `;   http://example.org/` is not read as a key `http`.
    private static let knownKeys: Set<String> = [
        "version", "computer", "installation", "acknowledge", "information", "conversion",
        "maxjobs", "maxrecords", "preemption", "unixstarttime", "timezone", "timezonestring",
        "starttime", "endtime", "maxnodes", "maxprocs", "maxruntime", "maxmemory",
        "allowoveruse", "maxqueues", "queues", "queue", "maxpartitions", "partitions",
        "partition", "note",
    ]

    /// Takes one comment line, with its leading `;` removed.
    mutating func take(comment: Substring) {
        let text = comment.trimmingWhitespace()
        if let colon = text.firstIndex(of: ":") {
            let key = text[..<colon].trimmingWhitespace().lowercased()
            if Self.knownKeys.contains(key) {
                let value = String(text[text.index(after: colon)...].trimmingWhitespace())
                record(key: key, value: value)
                return
            }
        }
        if text.isEmpty {
            inNote = false
        } else if inNote, !header.notes.isEmpty {
            let last = header.notes.count - 1
            let line = String(text)
            header.notes[last] = header.notes[last].isEmpty ? line : header.notes[last] + " " + line
        }
    }

    private mutating func record(key: String, value: String) {
        inNote = false
        switch key {
        case "maxjobs": header.maxJobs = Self.leadingInteger(value)
        case "maxprocs": header.maxProcessors = Self.leadingInteger(value)
        case "maxnodes": header.maxNodes = Self.leadingInteger(value)
        case "unixstarttime": header.unixStartTime = Self.leadingInteger(value)
        case "timezonestring": header.timeZoneString = value.isEmpty ? nil : value
        case "note":
            header.notes.append(value)
            inNote = true
        default: break
        }
    }

    /// The integer at the start of `value` (`"100 (96 usable)"` gives 100), or nil.
    static func leadingInteger(_ value: String) -> Int? {
        var end = value.startIndex
        if end < value.endIndex, value[end] == "-" || value[end] == "+" { end = value.index(after: end) }
        while end < value.endIndex, value[end].isASCII, value[end].isNumber { end = value.index(after: end) }
        return Int(value[..<end])
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks.
    func trimmingWhitespace() -> SubSequence {
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return self[endIndex...] }
        let last = lastIndex(where: { !$0.isWhitespace })!
        return self[first...last]
    }
}
