// The Workloads module reads real job traces (the Standard Workload Format of the Parallel
// Workloads Archive) into plain value types. It owns the trace-replay rules: which field gives
// a job's size and duration, what -1 means, and which jobs are skipped. It knows nothing of
// GPUs, tenants or money; the factory model decides what a "processor" becomes.

/// One job of a trace, ready to replay: when it arrives, how long it runs, how many processors.
///
/// Times are whole milliseconds after the trace's start (the SWF seconds × 1000, rounded to
/// the nearest millisecond, halves away from zero).
public struct TraceJob: Sendable, Hashable {
    /// The trace's job number (SWF field 1); a replayed job keeps it as its job id.
    public var jobNumber: Int
    /// Submit time in milliseconds after the trace's start (SWF field 2).
    public var submitMilliseconds: Int64
    /// The job's true duration in milliseconds: min(run time, requested time) when both are
    /// known, otherwise whichever is known (SWF fields 4 and 9). Always > 0.
    public var runMilliseconds: Int64
    /// Requested (wall-clock limit) time in milliseconds, falling back to the run time when
    /// the trace has no request (SWF field 9, else field 4). Always ≥ `runMilliseconds`.
    public var requestedMilliseconds: Int64
    /// Processors: requested (SWF field 8), falling back to allocated (field 5) when the
    /// request is missing or zero. Always ≥ 1.
    public var processors: Int
    /// Seconds the job waited on the real machine (SWF field 3), nil when missing; kept to
    /// validate a simulation against the machine the trace came from.
    public var waitSeconds: Double?
    /// User id (SWF field 12), nil when missing.
    public var userID: Int?
    /// Completion status (SWF field 11: 1 completed, 0 failed, 5 cancelled, …), nil when missing.
    public var status: Int?

    /// Creates a job from values already in milliseconds.
    public init(
        jobNumber: Int, submitMilliseconds: Int64, runMilliseconds: Int64,
        requestedMilliseconds: Int64, processors: Int,
        waitSeconds: Double? = nil, userID: Int? = nil, status: Int? = nil
    ) {
        self.jobNumber = jobNumber
        self.submitMilliseconds = submitMilliseconds
        self.runMilliseconds = runMilliseconds
        self.requestedMilliseconds = requestedMilliseconds
        self.processors = processors
        self.waitSeconds = waitSeconds
        self.userID = userID
        self.status = status
    }
}

/// How many job lines of a trace were valid but could not be replayed, by reason.
///
/// A job is counted once: a job that lacks both a size and a duration counts under `noSize`.
/// The status field plays no part: failed or cancelled jobs (status 0 or 5) are replayed like
/// any other when their size and duration are known, because on the real machine they held
/// their processors for that time. Cancelled jobs that never ran usually have run time 0 or
/// -1 and no request, and are then skipped under `noDuration`.
public struct TraceSkips: Sendable, Hashable {
    /// Jobs with neither requested (field 8) nor allocated (field 5) processors ≥ 1.
    public var noSize: Int
    /// Jobs whose run time and requested time are both missing, or whose true duration
    /// (min of the two) is zero or rounds to zero milliseconds.
    public var noDuration: Int

    /// All skipped jobs.
    public var total: Int { noSize + noDuration }

    /// Creates a count of skipped jobs.
    public init(noSize: Int = 0, noDuration: Int = 0) {
        self.noSize = noSize
        self.noDuration = noDuration
    }
}

/// A whole trace, read and checked: the jobs to replay, what was skipped, and the header.
public struct WorkloadTrace: Sendable, Hashable {
    /// The replayable jobs, sorted by (submit time, job number).
    public var jobs: [TraceJob]
    /// Job lines that were valid but not replayable.
    public var skips: TraceSkips
    /// The header comments that were recognised.
    public var header: SWFHeader
    /// The path the trace was read from, as the caller gave it.
    public var sourcePath: String

    /// Creates a trace; `jobs` should already be sorted by (submit time, job number).
    public init(jobs: [TraceJob], skips: TraceSkips = TraceSkips(), header: SWFHeader = SWFHeader(), sourcePath: String) {
        self.jobs = jobs
        self.skips = skips
        self.header = header
        self.sourcePath = sourcePath
    }
}
