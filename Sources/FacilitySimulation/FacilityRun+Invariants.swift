extension FacilityRun {
    /// Recomputes every running total from the node and job tables and lists each that
    /// disagrees with its incrementally kept value. Empty when the state is consistent.
    ///
    /// - Complexity: O(nodes + running + queued jobs); for tests, not for production runs.
    func invariantViolations() -> [String] {
        var problems: [String] = []
        let layout = setup.layout
        var powered = 0, downPowered = 0, busy = 0, idle = 0
        var power = 0.0
        var poolFree = [Int](repeating: 0, count: layout.pools.count)
        for node in 0..<layout.nodeCount {
            let pool = Int(layout.nodePool[node])
            let model = layout.pools[pool].model
            let gpusPerNode = model.gpusPerNode
            let used = gpusPerNode - Int(nodeFree[node])
            if used < 0 || used > gpusPerNode { problems.append("node \(node) has \(nodeFree[node]) free of \(gpusPerNode)") }
            busy += used
            if nodePowered[node] {
                powered += gpusPerNode
                if !nodeUp[node] { downPowered += gpusPerNode } else { power += model.nodePowerIdleKW; idle += Int(nodeFree[node]) }
            } else if used > 0 {
                problems.append("node \(node) runs jobs without power")
            }
            power += Double(used) * dynamicKWPerGPU(pool: pool)
            let local = Int(layout.nodeIndexInPool[node])
            let inBucket = buckets[pool].contains(local, free: Int(nodeFree[node]))
            if inBucket != isEligible(node) { problems.append("node \(node) eligible \(isEligible(node)) but in bucket \(inBucket)") }
            if isEligible(node) { poolFree[pool] += Int(nodeFree[node]) }
            if !nodeUp[node] && used > 0 { problems.append("node \(node) is down but runs jobs") }
        }
        if powered != poweredGPUs { problems.append("powered GPUs \(poweredGPUs), recomputed \(powered)") }
        if downPowered != downPoweredGPUs { problems.append("down powered GPUs \(downPoweredGPUs), recomputed \(downPowered)") }
        if idle != idleGPUs { problems.append("idle GPUs \(idleGPUs), recomputed \(idle)") }
        if busy != busyGPUs { problems.append("busy GPUs \(busyGPUs), recomputed \(busy)") }
        if abs(power - itPowerKW) > 1e-6 * max(1, power) { problems.append("IT power \(itPowerKW) kW, recomputed \(power) kW") }
        for pool in layout.pools.indices where poolFree[pool] != buckets[pool].freeGPUs {
            problems.append("pool \(pool) free GPUs \(buckets[pool].freeGPUs), recomputed \(poolFree[pool])")
        }
        var runningFootprint = 0
        for pool in layout.pools.indices {
            for entry in running[pool] {
                let job = jobs[Int(entry.job)]
                if job.status != .running || Int(job.pool) != pool { problems.append("job \(entry.job) listed as running in pool \(pool)") }
                runningFootprint += Int(entry.footprint)
            }
        }
        if runningFootprint != busyGPUs { problems.append("running jobs occupy \(runningFootprint) GPUs, busy counts \(busyGPUs)") }
        var listed = 0
        for queue in queues {
            listed += queue.count
            // Slots before `head` are free space and may hold stale copies; only [head, end) counts.
            let live = queue.entries[queue.head...].filter { jobs[Int($0)].status == .queued }
            if live.count != queue.count { problems.append("a queue counts \(queue.count) waiting jobs but holds \(live.count)") }
            if Set(live).count != live.count { problems.append("a queue holds a job twice") }
        }
        if listed != queuedJobs { problems.append("queues hold \(listed) jobs, \(queuedJobs) counted") }
        return problems
    }
}
