import SimulationKernel

extension FacilityRun {
    /// Extra kW one busy GPU of `pool` draws above its node's idle power.
    func dynamicKWPerGPU(pool: Int) -> Double {
        let model = setup.layout.pools[pool].model
        return (model.nodePowerPeakKW - model.nodePowerIdleKW) / Double(model.gpusPerNode)
    }

    /// Starts queued job `job` in `pool` now: best-fit node, or the lowest-numbered whole
    /// free nodes for a multi-node job. The caller has checked that it fits.
    func start(job: JobIndex, pool: Int) {
        let layout = setup.layout
        let gpus = Int(jobs[job].gpus)
        let gpusPerNode = layout.pools[pool].gpusPerNode
        let footprint: Int
        if gpus <= gpusPerNode {
            let fit = pools.buckets[pool].bestFit(gpus: gpus)!
            let node = layout.pools[pool].nodes[fit.local]
            pools.buckets[pool].remove(fit.local, free: fit.free)
            nodes.free[node] -= Int32(gpus)
            pools.buckets[pool].insert(fit.local, free: fit.free - gpus)
            nodes.attach(job, to: node)
            footprint = gpus
            jobs.place(job, on: node)
        } else {
            let count = (gpus + gpusPerNode - 1) / gpusPerNode
            if jobs.needsCompaction(adding: count) { compactAllocations() }
            scratch.wholeNodes.removeAll(keepingCapacity: true)
            pools.buckets[pool].lowestWholeFreeNodes(count, into: &scratch.wholeNodes)
            for local in scratch.wholeNodes {
                let node = layout.pools[pool].nodes[local]
                pools.buckets[pool].remove(local, free: gpusPerNode)
                nodes.free[node] = 0
                pools.buckets[pool].insert(local, free: 0)
                nodes.attach(job, to: node)
            }
            jobs.place(job, onWholeNodes: scratch.wholeNodes.lazy.map { layout.pools[pool].nodes[$0] })
            footprint = count * gpusPerNode
        }
        let tenant = Int(jobs[job].tenant)
        let speed = setup.tenants[tenant].speedOnPool[pool]
        let runMs = max(1, Int64((Double(jobs[job].remainingReferenceMs) / speed).rounded(.up)))
        let requestedMs = max(runMs, Int64((Double(jobs[job].requestedReferenceMs) / speed).rounded(.up)))
        let now = nowMs
        jobs[job].status = .running
        simulation.levels[rates.queuedJobs] -= 1
        jobs[job].pool = Int32(pool)
        jobs[job].footprint = Int32(footprint)
        jobs[job].speed = speed
        jobs[job].startMs = now
        jobs[job].requestedEndMs = now + requestedMs
        jobs[job].attempt &+= 1
        if jobs[job].firstStartMs < 0 {
            jobs[job].firstStartMs = now
            ledger.jobsStarted[month] += 1
            let cell = month * setup.tenants.count + tenant
            let waitHours = Double(now - jobs[job].submitMs) / Double(SimTime.millisecondsPerHour)
            ledger.tenantWaitsHours[cell].append(waitHours)
            ledger.tenantJobsStarted[cell] += 1
            ledger.tenantStartedReferenceGPUHours[cell] += jobs.workReferenceGPUHours(job)
        }
        simulation.schedule(.jobEnd(job: job, attempt: jobs[job].attempt), at: SimTime(milliseconds: now + runMs),
                            priority: EventPriority.endsFailuresRepairs, tieBreak: EventPriority.completion(job: job))
        pools.running[pool].insert(job: job, requestedEndMs: jobs[job].requestedEndMs, footprint: Int32(footprint))
        pools.version[pool] &+= 1
        simulation.levels[rates.busyGPUs] += Double(footprint)
        simulation.levels[rates.idleGPUs] -= Double(footprint)
        simulation.levels[rates.tenantBusyGPUs(tenant)] += Double(footprint)
        simulation.levels[rates.tenantReferenceRate(tenant)] += Double(gpus) * speed
        simulation.levels[rates.itPowerKW] += Double(footprint) * dynamicKWPerGPU(pool: pool)
    }

    /// Job `job` has done its work: free its GPUs and count it.
    func finish(job: JobIndex) {
        release(job: job)
        jobs[job].status = .completed
        jobs[job].endMs = nowMs
        ledger.jobsCompleted[month] += 1
        let tenant = Int(jobs[job].tenant)
        ledger.tenantJobsCompleted[month * setup.tenants.count + tenant] += 1
        ledger.tenantServedReferenceGPUHours[Int(jobs[job].submitMonth) * setup.tenants.count + tenant] += jobs.workReferenceGPUHours(job)
    }

    /// An interruption of `cause` (an `InterruptionCause` raw value) ends job `job`'s run:
    /// keep the work up to its last checkpoint, count the rest as lost (in all and for the
    /// cause), and put the job back at the head of its class.
    func kill(job: JobIndex, cause: Int) {
        let tenant = Int(jobs[job].tenant)
        let elapsedMs = nowMs - jobs[job].startMs
        let savedWallMs = setup.tenants[tenant].checkpointIntervalMs.map { (elapsedMs / $0) * $0 } ?? 0
        let savedReferenceMs = Int64((Double(savedWallMs) * jobs[job].speed).rounded(.down))
        jobs[job].remainingReferenceMs = max(1, jobs[job].remainingReferenceMs - savedReferenceMs)
        jobs[job].requestedReferenceMs = max(jobs[job].remainingReferenceMs, jobs[job].requestedReferenceMs - savedReferenceMs)
        let lostGPUHours = Double(jobs[job].footprint) * Double(elapsedMs - savedWallMs) / Double(SimTime.millisecondsPerHour)
        ledger.lostGPUHours[month] += lostGPUHours
        ledger.jobsFailed[month] += 1
        ledger.causeLostGPUHours[month * MonthlyLedger.causes + cause] += lostGPUHours
        ledger.causeJobsKilled[month * MonthlyLedger.causes + cause] += 1
        if recordJobs { jobs.killedRuns.append(KilledRun(job: job, pool: jobs[job].pool, startMs: jobs[job].startMs, endMs: nowMs)) }
        release(job: job)
        jobs[job].status = .queued
        jobs[job].requeued = true
        enqueueAtHead(job: job)
    }

    /// Frees a running job's GPUs and takes it out of its pool's running list.
    private func release(job: JobIndex) {
        let pool = Int(jobs[job].pool)
        let footprint = Int(jobs[job].footprint)
        let gpusPerNode = setup.layout.pools[pool].gpusPerNode
        let record = jobs[job]
        let releasedPerNode = Int(record.gpus) <= gpusPerNode ? Int(record.gpus) : gpusPerNode
        for k in 0..<Int(record.nodeCount) {
            giveBack(gpus: releasedPerNode, node: jobs.node(k, of: record, gpusPerNode: gpusPerNode), job: job, pool: pool)
        }
        if Int(record.gpus) > gpusPerNode { jobs.releaseAllocation(of: job) }
        pools.running[pool].remove(job: job, requestedEndMs: jobs[job].requestedEndMs)
        pools.version[pool] &+= 1
        let tenant = Int(jobs[job].tenant)
        simulation.levels[rates.busyGPUs] -= Double(footprint)
        simulation.levels[rates.tenantBusyGPUs(tenant)] -= Double(footprint)
        simulation.levels[rates.tenantReferenceRate(tenant)] -= Double(jobs[job].gpus) * jobs[job].speed
        if simulation.levels[rates.tenantBusyGPUs(tenant)] == 0 { simulation.levels[rates.tenantReferenceRate(tenant)] = 0 }
        simulation.levels[rates.itPowerKW] -= Double(footprint) * dynamicKWPerGPU(pool: pool)
    }

    /// Drops the node lists of runs that have ended, keeping those of the multi-node jobs
    /// running now (in pool order, then by requested end).
    private func compactAllocations() {
        let layout = setup.layout
        let running = pools.running.indices.lazy.flatMap { pool in
            self.pools.running[pool].lazy.map(\.job).filter { Int(self.jobs[$0].gpus) > layout.pools[pool].gpusPerNode }
        }
        jobs.compactAllocations(keeping: Array(running))
    }

    private func giveBack(gpus: Int, node: NodeIndex, job: JobIndex, pool: Int) {
        let local = Int(setup.layout.nodeIndexInPool[node])
        let eligible = nodes.isEligible(node)
        if eligible { pools.buckets[pool].remove(local, free: Int(nodes.free[node])) }
        nodes.free[node] += Int32(gpus)
        if eligible { pools.buckets[pool].insert(local, free: Int(nodes.free[node])) }
        if nodes.powered[node] && nodes.up[node] { simulation.levels[rates.idleGPUs] += Double(gpus) }
        nodes.detach(job, from: node)
        if nodes.draining[node] && nodes.jobCount[node] == 0 { powerOff(node: node) }
    }
}
