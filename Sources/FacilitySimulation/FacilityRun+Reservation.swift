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
    func reservation(for job: Int) -> Reservation? {
        var best: Reservation?
        for candidate in setup.tenants[Int(jobs[job].tenant)].candidatePools {
            let pool = Int(candidate)
            guard reservationShadowMs[pool] == .max, let found = shadow(pool: pool, job: job) else { continue }
            if best == nil || found.shadowMs < best!.shadowMs {
                best = Reservation(pool: pool, shadowMs: found.shadowMs, extraGPUs: found.extraGPUs)
            }
        }
        return best
    }

    private func shadow(pool: Int, job: Int) -> (shadowMs: Int64, extraGPUs: Int)? {
        if let cached = shadowCache[pool], cached.job == job, cached.version == poolVersion[pool] {
            return cached.shadowMs == .max ? nil : (cached.shadowMs, cached.extraGPUs)
        }
        let found = computeShadow(pool: pool, gpus: Int(jobs[job].gpus))
        shadowCache[pool] = (job, poolVersion[pool], found?.shadowMs ?? .max, found?.extraGPUs ?? 0)
        return found
    }

    private func computeShadow(pool: Int, gpus: Int) -> (shadowMs: Int64, extraGPUs: Int)? {
        let gpusPerNode = setup.layout.pools[pool].gpusPerNode
        let need = setup.layout.pools[pool].footprint(gpus: gpus)
        let wholeNodesNeeded = gpus <= gpusPerNode ? 0 : (gpus + gpusPerNode - 1) / gpusPerNode
        var wholeFree = buckets[pool].wholeFreeNodes
        var freeTotal = buckets[pool].freeGPUs
        shadowStamp &+= 1
        let stamp = shadowStamp
        // The scratch arrays are moved out of the run for the loop, so that writing them costs
        // no uniqueness check per node (this loop was a quarter of the `factory` benchmark).
        var nodeStamps = shadowNodeStamp, nodeFreeAtShadow = shadowNodeFree
        shadowNodeStamp = []
        shadowNodeFree = []
        defer {
            shadowNodeStamp = nodeStamps
            shadowNodeFree = nodeFreeAtShadow
        }
        var shadow: Int64?
        nodeStamps.withUnsafeMutableBufferPointer { stamps in
            nodeFreeAtShadow.withUnsafeMutableBufferPointer { freeAtShadow in
                jobs.withUnsafeBufferPointer { jobs in
                    for entry in running[pool] {
                        if let found = shadow, entry.requestedEndMs > found { break }
                        let job = jobs[Int(entry.job)]
                        let nodeCount = Int(job.nodeCount)
                        let released = Int(job.footprint) / nodeCount
                        let isMultiNode = Int(job.gpus) > gpusPerNode
                        for index in 0..<nodeCount {
                            let node = isMultiNode ? Int(multiNodeAllocations[Int(job.placement) + index]) : Int(job.placement)
                            guard isEligible(node) else { continue }
                            if stamps[node] != stamp {
                                stamps[node] = stamp
                                freeAtShadow[node] = nodeFree[node]
                            }
                            freeAtShadow[node] += Int32(released)
                            freeTotal += released
                            if Int(freeAtShadow[node]) == gpusPerNode { wholeFree += 1 }
                            if shadow == nil {
                                let placed = wholeNodesNeeded == 0 ? Int(freeAtShadow[node]) >= gpus : wholeFree >= wholeNodesNeeded
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
