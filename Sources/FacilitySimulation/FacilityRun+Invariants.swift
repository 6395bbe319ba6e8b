extension FacilityRun {
    /// Recomputes every running total from the node and job tables and lists each that
    /// disagrees with its incrementally kept value. Empty when the state is consistent.
    ///
    /// - Complexity: O(nodes + running + queued jobs); for tests, not for production runs.
    func invariantViolations() -> [String] {
        var problems: [String] = []
        let layout = setup.layout
        var powered = 0, downPowered = 0, busy = 0, idle = 0
        var downPoweredByCause = [Int](repeating: 0, count: MonthlyLedger.causes)
        var power = 0.0
        var poolFree = [Int](repeating: 0, count: layout.pools.count)
        for node in layout.nodeIndices {
            let pool = layout.pool(of: node)
            let model = layout.model(of: node)
            let gpusPerNode = model.gpusPerNode
            let free = Int(nodes.free[node])
            let used = gpusPerNode - free
            let name = "node \(node.rawValue)"
            if used < 0 || used > gpusPerNode { problems.append("\(name) has \(free) free of \(gpusPerNode)") }
            busy += used
            if nodes.powered[node] {
                powered += gpusPerNode
                if !nodes.up[node] {
                    downPowered += gpusPerNode
                    downPoweredByCause[Int(nodes.downCause[node])] += gpusPerNode
                } else { power += model.nodePowerIdleKW; idle += free }
            } else if used > 0 {
                problems.append("\(name) runs jobs without power")
            }
            power += Double(used) * dynamicKWPerGPU(pool: pool)
            let local = Int(layout.nodeIndexInPool[node])
            let eligible = nodes.isEligible(node)
            let inBucket = pools.buckets[pool].contains(local, free: free)
            if inBucket != eligible { problems.append("\(name) eligible \(eligible) but in bucket \(inBucket)") }
            if eligible { poolFree[pool] += free }
            if !nodes.up[node] && used > 0 { problems.append("\(name) is down but runs jobs") }
            if nodes.jobs(on: node).contains(where: { $0 == nil || jobs[$0!].status != .running }) { problems.append("\(name) lists a job that is not running") }
        }
        let levels = simulation.levels
        let poweredGPUs = levels[rates.poweredGPUs], downPoweredGPUs = levels[rates.downPoweredGPUs]
        let idleGPUs = levels[rates.idleGPUs], busyGPUs = levels[rates.busyGPUs]
        let itPowerKW = levels[rates.itPowerKW], queuedJobs = levels[rates.queuedJobs]
        if Double(powered) != poweredGPUs { problems.append("powered GPUs \(poweredGPUs), recomputed \(powered)") }
        if Double(downPowered) != downPoweredGPUs { problems.append("down powered GPUs \(downPoweredGPUs), recomputed \(downPowered)") }
        for cause in 0..<MonthlyLedger.causes where Double(downPoweredByCause[cause]) != levels[rates.downPoweredGPUs(cause)] {
            problems.append("down powered GPUs for cause \(cause) \(levels[rates.downPoweredGPUs(cause)]), recomputed \(downPoweredByCause[cause])")
        }
        if Double(idle) != idleGPUs { problems.append("idle GPUs \(idleGPUs), recomputed \(idle)") }
        if Double(busy) != busyGPUs { problems.append("busy GPUs \(busyGPUs), recomputed \(busy)") }
        if abs(power - itPowerKW) > 1e-6 * max(1, power) { problems.append("IT power \(itPowerKW) kW, recomputed \(power) kW") }
        for pool in layout.pools.indices where poolFree[pool] != pools.buckets[pool].freeGPUs {
            problems.append("pool \(pool) free GPUs \(pools.buckets[pool].freeGPUs), recomputed \(poolFree[pool])")
        }
        var runningFootprint = 0
        var liveAllocationEntries = 0
        for pool in layout.pools.indices {
            let gpusPerNode = layout.pools[pool].gpusPerNode
            for entry in pools.running[pool] {
                let job = jobs[entry.job]
                if job.status != .running || Int(job.pool) != pool { problems.append("job \(entry.job.rawValue) listed as running in pool \(pool)") }
                runningFootprint += Int(entry.footprint)
                guard Int(job.gpus) > gpusPerNode else { continue }
                liveAllocationEntries += Int(job.nodeCount)
                for k in 0..<Int(job.nodeCount) where !nodes.jobs(on: jobs.node(k, of: job, gpusPerNode: gpusPerNode)).contains(entry.job) {
                    problems.append("job \(entry.job.rawValue)'s node list names a node it is not on")
                }
            }
        }
        if liveAllocationEntries != jobs.liveAllocationEntries {
            problems.append("running multi-node jobs hold \(liveAllocationEntries) nodes, \(jobs.liveAllocationEntries) counted")
        }
        if Double(runningFootprint) != busyGPUs { problems.append("running jobs occupy \(runningFootprint) GPUs, busy counts \(busyGPUs)") }
        var listed = 0
        for tenant in 0..<queues.count {
            let queue = queues[tenant]
            listed += queue.count
            // Slots before `head` are free space and may hold stale copies; only [head, end) counts.
            let live = queue.entries[queue.head...].filter { jobs[$0].status == .queued }
            if live.count != queue.count { problems.append("a queue counts \(queue.count) waiting jobs but holds \(live.count)") }
            if Set(live).count != live.count { problems.append("a queue holds a job twice") }
        }
        if Double(listed) != queuedJobs { problems.append("queues hold \(listed) jobs, \(queuedJobs) counted") }
        return problems
    }
}
