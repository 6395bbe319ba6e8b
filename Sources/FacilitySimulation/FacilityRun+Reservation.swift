/// EASY's reservation for a blocked job: the pool, the shadow time and the extra GPUs.
struct Reservation {
    var pool: Int
    /// When the job will fit in the pool if running jobs end at their requested times (ms).
    var shadowMs: Int64
    /// GPUs free at the shadow time beyond what the job needs.
    var extraGPUs: Int
}

extension FacilityRun {
    /// EASY's reservation for a blocked job, in the unreserved pool where it can start soonest.
    ///
    /// For each such pool, the running jobs are released in order of requested end (start +
    /// requested wall time, ties by job number), node by node, until the job would be placed:
    /// a node with enough free GPUs for a single-node job, or enough wholly free nodes for a
    /// multi-node job. That requested end is the pool's shadow time. The extra GPUs are those
    /// free at the shadow time (every job whose requested end is at or before it released)
    /// minus what the job occupies. Nodes that take no new jobs (draining, down) free nothing.
    /// Ties between pools go to placement order. Nil when no unreserved pool could ever
    /// place the job with the nodes it has now.
    func reservation(for job: JobIndex) -> Reservation? {
        var best: Reservation?
        for candidate in setup.tenants[Int(jobs[job].tenant)].candidatePools {
            let pool = Int(candidate)
            guard scratch.reservationShadowMs[pool] == .max, let found = shadow(pool: pool, job: job) else { continue }
            if best == nil || found.shadowMs < best!.shadowMs {
                best = Reservation(pool: pool, shadowMs: found.shadowMs, extraGPUs: found.extraGPUs)
            }
        }
        return best
    }

    private func shadow(pool: Int, job: JobIndex) -> (shadowMs: Int64, extraGPUs: Int)? {
        if let cached = scratch.shadowCache[pool], cached.job == job, cached.version == pools.version[pool] {
            return cached.shadowMs == .max ? nil : (cached.shadowMs, cached.extraGPUs)
        }
        let found = computeShadow(pool: pool, gpus: Int(jobs[job].gpus))
        scratch.shadowCache[pool] = BackfillScratch.CachedShadow(
            job: job, version: pools.version[pool], shadowMs: found?.shadowMs ?? .max, extraGPUs: found?.extraGPUs ?? 0)
        return found
    }

    private func computeShadow(pool: Int, gpus: Int) -> (shadowMs: Int64, extraGPUs: Int)? {
        let gpusPerNode = setup.layout.pools[pool].gpusPerNode
        let need = setup.layout.pools[pool].footprint(gpus: gpus)
        let wholeNodesNeeded = gpus <= gpusPerNode ? 0 : (gpus + gpusPerNode - 1) / gpusPerNode
        var wholeFree = pools.buckets[pool].wholeFreeNodes
        var freeTotal = pools.buckets[pool].freeGPUs
        scratch.shadowStamp &+= 1
        let stamp = scratch.shadowStamp
        // The scratch columns are moved out of the run for the loop, so that writing them costs
        // no uniqueness check per node (this loop was a quarter of the `factory` benchmark).
        var nodeStamps = scratch.shadowNodeStamp.elements, nodeFreeAtShadow = scratch.shadowNodeFree.elements
        scratch.shadowNodeStamp.elements = []
        scratch.shadowNodeFree.elements = []
        defer {
            scratch.shadowNodeStamp.elements = nodeStamps
            scratch.shadowNodeFree.elements = nodeFreeAtShadow
        }
        var shadow: Int64?
        nodeStamps.withUnsafeMutableBufferPointer { stamps in
            nodeFreeAtShadow.withUnsafeMutableBufferPointer { freeAtShadow in
                jobs.records.elements.withUnsafeBufferPointer { records in
                    for entry in pools.running[pool] {
                        if let found = shadow, entry.requestedEndMs > found { break }
                        let job = records[entry.job.position]
                        let released = Int(job.footprint) / Int(job.nodeCount)
                        for k in 0..<Int(job.nodeCount) {
                            let node = jobs.node(k, of: job, gpusPerNode: gpusPerNode)
                            guard nodes.isEligible(node) else { continue }
                            let slot = node.position
                            if stamps[slot] != stamp {
                                stamps[slot] = stamp
                                freeAtShadow[slot] = nodes.free[node]
                            }
                            freeAtShadow[slot] += Int32(released)
                            freeTotal += released
                            if Int(freeAtShadow[slot]) == gpusPerNode { wholeFree += 1 }
                            if shadow == nil {
                                let placed = wholeNodesNeeded == 0 ? Int(freeAtShadow[slot]) >= gpus : wholeFree >= wholeNodesNeeded
                                if placed { shadow = entry.requestedEndMs }
                            }
                        }
                    }
                }
            }
        }
        guard let shadowMs = shadow else { return nil }
        return (shadowMs, max(0, freeTotal - need))
    }
}
