import FactoryModel
import SimulationKernel

/// A pool: nodes of one catalog model with one owner (the shared facility, or one tenant's
/// dedicated partition).
struct Pool: Sendable {
    /// The catalog model of every node in the pool.
    let model: NodeModel
    /// The tenant that owns the pool alone, or nil for a shared pool.
    let ownerTenant: Int?
    /// The pool's nodes, in the order they come online.
    var nodes: [NodeIndex] = []
    /// Unplanned interruptions of one node per hour, all causes together.
    let interruptionsPerNodeHour: Double
    /// The running sums of the causes' rates (`InterruptionCause.unplanned` order), for
    /// drawing which cause an interruption has.
    let cumulativeInterruptionRates: [Double]
    /// The one cause that can strike (rate above 0), when only one can: then no draw picks
    /// the cause. nil when several can (or none).
    let onlyCause: Int?
    /// Each unplanned cause's repair-time sampler, hours.
    let repairHours: [Sampler]

    /// A pool of `model`'s nodes owned by `ownerTenant` (nil: shared), with no nodes yet.
    init(model: NodeModel, ownerTenant: Int?) {
        self.model = model
        self.ownerTenant = ownerTenant
        let classes = model.reliability.classes
        var running = 0.0
        cumulativeInterruptionRates = classes.map { running += $0.annualRatePerGPU; return running }
        interruptionsPerNodeHour = Double(model.gpusPerNode) * running / 8_760
        let striking = classes.indices.filter { classes[$0].annualRatePerGPU > 0 }
        onlyCause = striking.count == 1 ? striking[0] : nil
        repairHours = classes.map { Sampler($0.repairHours) }
    }

    var gpusPerNode: Int { model.gpusPerNode }
    var finalGPUCount: Int { nodes.count * model.gpusPerNode }

    /// GPUs a job asking for `gpus` occupies here: the GPUs themselves on one node, or whole
    /// nodes when it needs more than one.
    func footprint(gpus: Int) -> Int {
        gpus <= gpusPerNode ? gpus : nodeCount(gpus: gpus) * gpusPerNode
    }

    /// Nodes a job asking for `gpus` occupies here.
    func nodeCount(gpus: Int) -> Int { gpus <= gpusPerNode ? 1 : (gpus + gpusPerNode - 1) / gpusPerNode }

    /// Whether a job of `gpus` could run here once every node is installed.
    func canEverHost(gpus: Int) -> Bool { nodeCount(gpus: gpus) <= nodes.count && !nodes.isEmpty }
}

/// The facility's nodes and pools, built from a scenario's build-out and dedicated partitions.
///
/// Nodes are numbered in the order they come online (then by pool), so "lowest node number"
/// means "installed earliest". Dedicated partitions take the earliest-built nodes of their
/// model, tenant by tenant in scenario order.
struct FacilityLayout: Sendable {
    var pools: [Pool] = []
    /// For each node: its pool.
    var nodePool = Column<NodeIndex, Int32>([])
    /// For each node: its index within its pool's node list.
    var nodeIndexInPool = Column<NodeIndex, Int32>([])
    /// For each build-out phase: its month index and the nodes it brings online.
    var phases: [(month: Int, nodes: [NodeIndex])] = []
    /// For each node: the key of its failure stream, from its model and its place among that
    /// model's nodes in build order (so another model's phases do not shift it).
    var nodeStreamKey: [UInt64] = []
    /// The order in which nodes get power when the grid cannot feed them all: dedicated
    /// partitions first, then by node number.
    var powerOrder: [NodeIndex] = []

    init(scenario: Scenario) {
        let start = scenario.horizon.lowerBound
        // Every node of every phase, in phase order, labelled with its model.
        var built: [(model: String, month: Int, phase: Int)] = []
        for (phaseIndex, phase) in scenario.buildOut.enumerated() {
            for (id, count) in phase.nodes.sorted(by: { $0.key < $1.key }) where count > 0 {
                for _ in 0..<count { built.append((id, phase.at.months(since: start), phaseIndex)) }
            }
        }
        // Which pool each built node joins: dedicated partitions first, earliest nodes first.
        var remainingClaims: [(tenant: Int, model: String, count: Int)] = []
        for (tenantIndex, tenant) in scenario.tenants.enumerated() {
            for (id, count) in (tenant.dedicated?.nodes ?? [:]).sorted(by: { $0.key < $1.key }) where count > 0 {
                remainingClaims.append((tenantIndex, id, count))
            }
        }
        var poolIndexByKey: [String: Int] = [:]
        func poolIndex(model: NodeModel, owner: Int?) -> Int {
            let key = "\(model.id)#\(owner.map(String.init) ?? "shared")"
            if let index = poolIndexByKey[key] { return index }
            pools.append(Pool(model: model, ownerTenant: owner))
            poolIndexByKey[key] = pools.count - 1
            return pools.count - 1
        }
        var assignments: [(pool: Int, month: Int, phase: Int)] = []
        var keys: [UInt64] = []
        var builtOfModel: [String: Int] = [:]
        for node in built {
            keys.append(StreamKey.of("failures:\(node.model)#\(builtOfModel[node.model, default: 0])"))
            builtOfModel[node.model, default: 0] += 1
            let model = scenario.catalog.model(id: node.model)!
            var owner: Int?
            if let claim = remainingClaims.firstIndex(where: { $0.model == node.model && $0.count > 0 }) {
                owner = remainingClaims[claim].tenant
                remainingClaims[claim].count -= 1
            }
            assignments.append((poolIndex(model: model, owner: owner), node.month, node.phase))
        }
        // Number nodes by (online month, pool, build order).
        let order = assignments.indices.sorted { (assignments[$0].month, assignments[$0].pool, $0) < (assignments[$1].month, assignments[$1].pool, $1) }
        phases = scenario.buildOut.map { ($0.at.months(since: start), []) }
        for oldIndex in order {
            let node = NodeIndex(nodePool.count)
            let assignment = assignments[oldIndex]
            nodePool.elements.append(Int32(assignment.pool))
            nodeIndexInPool.elements.append(Int32(pools[assignment.pool].nodes.count))
            nodeStreamKey.append(keys[oldIndex])
            pools[assignment.pool].nodes.append(node)
            phases[assignment.phase].nodes.append(node)
        }
        let dedicatedFirst = Array(nodePool.indices).sorted {
            let a = pools[Int(nodePool[$0])].ownerTenant == nil ? 1 : 0
            let b = pools[Int(nodePool[$1])].ownerTenant == nil ? 1 : 0
            return (a, $0.rawValue) < (b, $1.rawValue)
        }
        powerOrder = dedicatedFirst
    }

    /// The number of nodes.
    var nodeCount: Int { nodePool.count }

    /// Every node, in number order.
    var nodeIndices: LazyMapSequence<Range<Int>, NodeIndex> { nodePool.indices }

    /// The pool of `node`.
    @inline(__always)
    func pool(of node: NodeIndex) -> Int { Int(nodePool[node]) }

    /// The catalog model of `node`.
    @inline(__always)
    func model(of node: NodeIndex) -> NodeModel { pools[Int(nodePool[node])].model }

    /// The GPUs of `node`.
    @inline(__always)
    func gpusPerNode(_ node: NodeIndex) -> Int { pools[Int(nodePool[node])].gpusPerNode }
}
