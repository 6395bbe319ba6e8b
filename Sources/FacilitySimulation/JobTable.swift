import SimulationKernel

/// Every job of the run, by ``JobIndex`` in order of arrival, with the node lists of
/// multi-node jobs and (when job runs are recorded) the runs that failures ended.
struct JobTable: Sendable {
    /// The jobs' records.
    private(set) var records = Column<JobIndex, JobRecord>([])
    /// The nodes of multi-node jobs, each job's in one run: `placement ..< placement + nodeCount`.
    /// A run's list stays until `compactAllocations` drops the lists of runs that have ended.
    private var multiNodeAllocations: [NodeIndex] = []
    /// Entries of `multiNodeAllocations` that belong to running jobs.
    private(set) var liveAllocationEntries = 0
    /// Runs ended by failures, in the order they ended (kept only when job runs are recorded).
    var killedRuns: [KilledRun] = []

    /// The number of jobs that have arrived.
    var count: Int { records.count }

    /// The record of `job`.
    @inline(__always)
    subscript(job: JobIndex) -> JobRecord {
        get { records[job] }
        _modify { yield &records[job] }
    }

    /// Adds a job that has just arrived and returns its index.
    mutating func append(_ record: JobRecord) -> JobIndex {
        records.elements.append(record)
        return JobIndex(records.count - 1)
    }

    /// The whole work of `job` as submitted, reference-GPU-hours: GPUs × reference hours.
    @inline(__always)
    func workReferenceGPUHours(_ job: JobIndex) -> Double {
        Double(records[job].gpus) * Double(records[job].workReferenceMs) / Double(SimTime.millisecondsPerHour)
    }

    /// Places `job` on one node.
    mutating func place(_ job: JobIndex, on node: NodeIndex) {
        records[job].placement = node.rawValue
        records[job].nodeCount = 1
    }

    /// Places `job` on several whole nodes.
    ///
    /// The offset fits in 32 bits because the caller compacts first when `needsCompaction`
    /// says so: the list then holds the running jobs' nodes (at most every node, 100,000)
    /// and at most a million dead entries.
    mutating func place(_ job: JobIndex, onWholeNodes nodes: some Collection<NodeIndex>) {
        records[job].placement = Int32(multiNodeAllocations.count)
        records[job].nodeCount = Int32(nodes.count)
        multiNodeAllocations.append(contentsOf: nodes)
        liveAllocationEntries += nodes.count
    }

    /// Entries in the node lists, live and dead.
    var allocationEntries: Int { multiNodeAllocations.count }

    /// Records that a multi-node job's run has ended: its node list is no longer needed.
    mutating func releaseAllocation(of job: JobIndex) {
        liveAllocationEntries -= Int(records[job].nodeCount)
    }

    /// Whether the node lists of ended runs should be dropped before `count` more nodes are
    /// placed: when they outnumber the live entries and exceed a million. Without this the list
    /// grew with every multi-node start of the run (a 100,000-node job started 744,000 times a
    /// month is 7 × 10¹⁰ entries, beyond 32-bit offsets and any memory).
    func needsCompaction(adding count: Int) -> Bool {
        multiNodeAllocations.count + count - liveAllocationEntries > max(liveAllocationEntries, compactionFloor)
    }

    /// Dead entries always tolerated before a compaction: a million (tests lower it to see
    /// many compactions in a short run).
    var compactionFloor = 1 << 20

    /// Keeps only the node lists of `running`, the multi-node jobs running now, in their order,
    /// and moves each job's offset to its list's new place.
    ///
    /// - Complexity: O(live entries); amortised over the million or more entries placed since
    ///   the last compaction.
    mutating func compactAllocations(keeping running: some Sequence<JobIndex>) {
        var kept: [NodeIndex] = []
        kept.reserveCapacity(liveAllocationEntries)
        for job in running {
            let start = Int(records[job].placement)
            records[job].placement = Int32(kept.count)
            kept.append(contentsOf: multiNodeAllocations[start ..< start + Int(records[job].nodeCount)])
        }
        precondition(kept.count == liveAllocationEntries, "every live node list belongs to a running multi-node job")
        multiNodeAllocations = kept
    }

    /// Node `k` (from 0, below `nodeCount`) of the job `record`, placed in a pool of `gpusPerNode`-GPU nodes.
    @inline(__always)
    func node(_ k: Int, of record: JobRecord, gpusPerNode: Int) -> NodeIndex {
        Int(record.gpus) > gpusPerNode ? multiNodeAllocations[Int(record.placement) + k] : NodeIndex(rawValue: record.placement)
    }
}
