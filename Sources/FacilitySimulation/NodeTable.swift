import SimulationKernel

/// The state of every node, as columns indexed by ``NodeIndex`` (struct of arrays: the
/// scheduler reads one column across many nodes, so each column stays contiguous).
///
/// A node's jobs sit in its own run of `jobSlots`, `slotOffset[node] ..< slotOffset[node] +
/// jobCount[node]`, sized for one job per GPU, so attaching and detaching allocate nothing.
struct NodeTable: Sendable {
    /// Free GPUs on each node.
    var free: Column<NodeIndex, Int32>
    /// Whether each node has been installed (its build-out phase has come).
    var online: Column<NodeIndex, Bool>
    /// Whether each node works (false while it is down for repair or maintenance).
    var up: Column<NodeIndex, Bool>
    /// Whether each node has power under the month's grid budget.
    var powered: Column<NodeIndex, Bool>
    /// Whether each node is losing power: it takes no new jobs and goes off when empty.
    var draining: Column<NodeIndex, Bool>
    /// Why each node that is down is down (an `InterruptionCause` raw value); meaningless
    /// while it is up.
    var downCause: Column<NodeIndex, UInt8>
    /// Each node's failure process, its own random stream.
    var failureStreams: Column<NodeIndex, RandomStream>
    /// The jobs on each node, in each node's run of slots; unused slots hold `nil`.
    private var jobSlots: [JobIndex?]
    /// Where each node's run of slots starts in `jobSlots`.
    private let slotOffset: Column<NodeIndex, Int32>
    /// How many jobs each node runs.
    private(set) var jobCount: Column<NodeIndex, Int32>

    /// Every node of `layout`, not yet installed, working, unpowered, all GPUs free; failure
    /// streams keyed by the layout's stream keys under `seed`.
    init(layout: FacilityLayout, seed: UInt64) {
        var offsets: [Int32] = []
        var slots = 0
        for node in layout.nodeIndices {
            offsets.append(Int32(slots))
            slots += layout.gpusPerNode(node)
        }
        let count = layout.nodeCount
        free = Column(layout.nodeIndices.map { Int32(layout.gpusPerNode($0)) })
        online = Column(repeating: false, count: count)
        up = Column(repeating: true, count: count)
        powered = Column(repeating: false, count: count)
        draining = Column(repeating: false, count: count)
        downCause = Column(repeating: 0, count: count)
        // Streams are keyed by names (node model and build order), so adding a phase of
        // another model changes no node's draws.
        failureStreams = Column(layout.nodeStreamKey.map { RandomStream(seed: seed, stream: $0) })
        jobSlots = [JobIndex?](repeating: nil, count: slots)
        slotOffset = Column(offsets)
        jobCount = Column(repeating: 0, count: count)
    }

    /// The number of nodes.
    var count: Int { free.count }

    /// Whether `node` can take new jobs: installed, working, powered and not being drained.
    @inline(__always)
    func isEligible(_ node: NodeIndex) -> Bool {
        online[node] && up[node] && powered[node] && !draining[node]
    }

    /// The jobs running on `node`, in slot order.
    func jobs(on node: NodeIndex) -> ArraySlice<JobIndex?> {
        let offset = Int(slotOffset[node])
        return jobSlots[offset..<(offset + Int(jobCount[node]))]
    }

    /// Records that `job` runs on `node`.
    mutating func attach(_ job: JobIndex, to node: NodeIndex) {
        jobSlots[Int(slotOffset[node] + jobCount[node])] = job
        jobCount[node] += 1
    }

    /// Records that `job` no longer runs on `node` (the last of the node's jobs takes its slot).
    mutating func detach(_ job: JobIndex, from node: NodeIndex) {
        let offset = Int(slotOffset[node])
        let count = Int(jobCount[node])
        for slot in offset..<(offset + count) where jobSlots[slot] == job {
            jobSlots[slot] = jobSlots[offset + count - 1]
            jobSlots[offset + count - 1] = nil
            jobCount[node] -= 1
            return
        }
        preconditionFailure("job \(job.rawValue) is not on node \(node.rawValue)")
    }
}
