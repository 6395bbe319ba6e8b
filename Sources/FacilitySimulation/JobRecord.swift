/// What happened to a job, as `jobs.csv` reports each run of it.
public enum JobStatus: UInt8, Sendable {
    /// Waiting in the queue.
    case queued
    /// Running now.
    case running
    /// Finished its work.
    case completed
    /// Could never run on any pool its tenant may use; never queued.
    case rejected
    /// A run ended by a node failure; the job went back to the head of its class.
    case killedRequeued
    /// Left the queue unstarted when its patience ran out.
    case abandoned

    /// The word `jobs.csv` uses; a job still queued or running at the horizon end is `unfinished`.
    public var reportWord: String {
        switch self {
        case .queued, .running: return "unfinished"
        case .completed: return "completed"
        case .rejected: return "rejected"
        case .killedRequeued: return "killed_requeued"
        case .abandoned: return "abandoned"
        }
    }
}

/// One job's state during a run. Times are milliseconds since the horizon start; work is in
/// milliseconds on one reference GPU per requested GPU.
struct JobRecord: Sendable {
    var tenant: Int32
    /// GPUs asked for.
    var gpus: Int32
    /// The job number reports show: the trace's job number, or the arrival order from 1.
    var jobID: Int64
    var submitMs: Int64
    /// The month (from 0) the job was submitted in, to credit its work when it completes.
    var submitMonth: Int32
    /// The job's whole work, in reference milliseconds, as submitted.
    var workReferenceMs: Int64
    /// Work left, in reference milliseconds (wall time at speed 1).
    var remainingReferenceMs: Int64
    /// Requested wall time left, in reference milliseconds; never below the work left.
    var requestedReferenceMs: Int64
    var status: JobStatus = .queued
    /// True once killed by a failure: the job waits at the head of its class.
    var requeued = false
    /// Incremented at every start, so an end event of an earlier run is recognised as stale.
    var attempt: UInt32 = 0
    var firstStartMs: Int64 = -1
    var startMs: Int64 = -1
    var endMs: Int64 = -1
    var requestedEndMs: Int64 = 0
    var pool: Int32 = -1
    /// GPUs occupied while running (whole nodes for multi-node jobs).
    var footprint: Int32 = 0
    /// Single-node jobs: the node's raw ``NodeIndex``. Multi-node jobs: the offset of the node
    /// list in the job table's allocations. Read it through ``JobTable/node(_:of:gpusPerNode:)``.
    var placement: Int32 = -1
    var nodeCount: Int32 = 0
    /// Reference work done per millisecond of wall time on the current pool.
    var speed: Double = 0
}

/// A run of a job that a failure ended, kept for `jobs.csv`.
struct KilledRun: Sendable {
    var job: JobIndex
    var pool: Int32
    var startMs: Int64
    var endMs: Int64
}
