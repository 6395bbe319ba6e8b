import SimulationKernel

/// Every job of the run, by ``JobIndex`` in order of arrival, with the node lists of
/// multi-node jobs and (when job runs are recorded) the runs that failures ended.
struct JobTable: Sendable {
    /// The jobs' records.
    private(set) var records = Column<JobIndex, JobRecord>([])
    /// The nodes of every multi-node job, each job's in one run: `placement ..< placement + nodeCount`.
    private var multiNodeAllocations: [NodeIndex] = []
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
    mutating func place(_ job: JobIndex, onWholeNodes nodes: some Collection<NodeIndex>) {
        records[job].placement = Int32(multiNodeAllocations.count)
        records[job].nodeCount = Int32(nodes.count)
        multiNodeAllocations.append(contentsOf: nodes)
    }

    /// Node `k` (from 0, below `nodeCount`) of the job `record`, placed in a pool of `gpusPerNode`-GPU nodes.
    @inline(__always)
    func node(_ k: Int, of record: JobRecord, gpusPerNode: Int) -> NodeIndex {
        Int(record.gpus) > gpusPerNode ? multiNodeAllocations[Int(record.placement) + k] : NodeIndex(rawValue: record.placement)
    }
}
