/// The working state of one scheduling pass, kept between passes so that a pass allocates
/// nothing: cursors into the tenants' queues, per-pool blocks and reservations, and the
/// per-node scratch of shadow-time computations.
struct BackfillScratch: Sendable {
    /// A shadow time computed for a job in a pool, valid while the pool's version is unchanged.
    struct CachedShadow: Sendable {
        var job: JobIndex
        var version: UInt64
        /// The shadow time in ms, or `.max` when the job could not be placed.
        var shadowMs: Int64
        var extraGPUs: Int
    }

    /// Per tenant: the queue position the pass has merged up to.
    var cursor: [Int]
    /// Per tenant (`fairshare` only): decayed usage ÷ quota share at the pass's start.
    var usageRatio: [Double]
    /// Per tenant: whether one of its jobs started in this pass (its queue needs tidying).
    var startedThisPass: [Bool]
    /// Per pool (`fcfs` only): whether a job ahead in the queue waits for it.
    var poolBlocked: [Bool]
    /// Per pool: the pass's reservation's shadow time in ms, or `.max` when the pool holds none.
    var reservationShadowMs: [Int64]
    /// Per pool: GPUs free at the shadow time beyond what the reserved job needs, left for backfill.
    var reservationExtraGPUs: [Int]
    /// The stamp of the latest shadow computation; a node whose stamp differs has no scratch value yet.
    var shadowStamp: UInt32 = 0
    /// Per node: the stamp of the computation that last wrote its scratch free count.
    var shadowNodeStamp: Column<NodeIndex, UInt32>
    /// Per node: free GPUs at the shadow time being computed.
    var shadowNodeFree: Column<NodeIndex, Int32>
    /// Per pool: the latest shadow computed there.
    var shadowCache: [CachedShadow?]
    /// The pool-local nodes picked for a multi-node start.
    var wholeNodes: [Int] = []

    /// Scratch for `tenants` tenants, `pools` pools and `nodes` nodes.
    init(tenants: Int, pools: Int, nodes: Int) {
        cursor = [Int](repeating: 0, count: tenants)
        usageRatio = [Double](repeating: 0, count: tenants)
        startedThisPass = [Bool](repeating: false, count: tenants)
        poolBlocked = [Bool](repeating: false, count: pools)
        reservationShadowMs = [Int64](repeating: .max, count: pools)
        reservationExtraGPUs = [Int](repeating: 0, count: pools)
        shadowNodeStamp = Column(repeating: 0, count: nodes)
        shadowNodeFree = Column(repeating: 0, count: nodes)
        shadowCache = [CachedShadow?](repeating: nil, count: pools)
    }
}
