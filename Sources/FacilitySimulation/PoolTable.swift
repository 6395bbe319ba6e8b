/// The live state of every pool, by pool number: which nodes have how many free GPUs, which
/// jobs run there in order of requested end, and a version counter.
struct PoolTable: Sendable {
    /// Each pool's eligible nodes by free GPUs.
    var buckets: [FreeGPUBuckets]
    /// Each pool's running jobs, by requested end time.
    var running: [RunningJobs]
    /// Bumped whenever a pool's running jobs or free GPUs change, so a shadow time computed
    /// for the same job at the same version can be reused by the next pass.
    var version: [UInt64]

    /// Empty pools shaped as `layout`'s.
    init(layout: FacilityLayout) {
        buckets = layout.pools.map { FreeGPUBuckets(gpusPerNode: $0.gpusPerNode, nodeCapacity: $0.nodes.count) }
        running = layout.pools.map { _ in RunningJobs() }
        version = [UInt64](repeating: 0, count: layout.pools.count)
    }

    /// The number of pools.
    var count: Int { buckets.count }

    /// Free GPUs on eligible nodes, in all pools.
    var freeGPUs: Int {
        var total = 0
        for pool in buckets.indices { total += buckets[pool].freeGPUs }
        return total
    }

    /// Whether a job of `gpus` GPUs could start in `pool` now.
    func fitsNow(pool: Int, gpus: Int) -> Bool {
        let gpusPerNode = buckets[pool].gpusPerNode
        if gpus <= gpusPerNode { return buckets[pool].hasNode(withAtLeast: gpus) }
        return buckets[pool].wholeFreeNodes >= (gpus + gpusPerNode - 1) / gpusPerNode
    }
}
