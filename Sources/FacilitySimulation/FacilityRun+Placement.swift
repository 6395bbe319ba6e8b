import SimulationKernel

extension FacilityRun {
    /// Whether node `node` can take new jobs: installed, working, powered and not being drained.
    func isEligible(_ node: Int) -> Bool {
        nodeOnline[node] && nodeUp[node] && nodePowered[node] && !nodeDraining[node]
    }

    /// Extra kW one busy GPU of `pool` draws above its node's idle power.
    func dynamicKWPerGPU(pool: Int) -> Double {
        let model = setup.layout.pools[pool].model
        return (model.nodePowerPeakKW - model.nodePowerIdleKW) / Double(model.gpusPerNode)
    }

    /// Whether a job of `gpus` GPUs could start in `pool` now.
    func fitsNow(pool: Int, gpus: Int) -> Bool {
        let gpusPerNode = buckets[pool].gpusPerNode
        if gpus <= gpusPerNode { return buckets[pool].hasNode(withAtLeast: gpus) }
        return buckets[pool].wholeFreeNodes >= (gpus + gpusPerNode - 1) / gpusPerNode
    }

    /// Starts queued job `job` in `pool` now: best-fit node, or the lowest-numbered whole
    /// free nodes for a multi-node job. The caller has checked that it fits.
    func start(job: Int, pool: Int) {
        let layout = setup.layout
        let gpus = Int(jobs[job].gpus)
        let gpusPerNode = layout.pools[pool].gpusPerNode
        let footprint: Int
        if gpus <= gpusPerNode {
            let fit = buckets[pool].bestFit(gpus: gpus)!
            let node = Int(layout.pools[pool].nodes[fit.local])
            buckets[pool].remove(fit.local, free: fit.free)
            nodeFree[node] -= Int32(gpus)
            buckets[pool].insert(fit.local, free: fit.free - gpus)
            attach(job: job, to: node)
            footprint = gpus
            jobs[job].placement = Int32(node)
            jobs[job].nodeCount = 1
        } else {
            let count = (gpus + gpusPerNode - 1) / gpusPerNode
            scratchNodes.removeAll(keepingCapacity: true)
            buckets[pool].lowestWholeFreeNodes(count, into: &scratchNodes)
            jobs[job].placement = Int32(multiNodeAllocations.count)
            jobs[job].nodeCount = Int32(count)
            for local in scratchNodes {
                let node = Int(layout.pools[pool].nodes[local])
                buckets[pool].remove(local, free: gpusPerNode)
                nodeFree[node] = 0
                buckets[pool].insert(local, free: 0)
                attach(job: job, to: node)
                multiNodeAllocations.append(Int32(node))
            }
            footprint = count * gpusPerNode
        }
        let tenant = Int(jobs[job].tenant)
        let speed = setup.tenants[tenant].speedOnPool[pool]
        let runMs = max(1, Int64((Double(jobs[job].remainingReferenceMs) / speed).rounded(.up)))
        let requestedMs = max(runMs, Int64((Double(jobs[job].requestedReferenceMs) / speed).rounded(.up)))
        jobs[job].status = .running
        queuedJobs -= 1
        jobs[job].pool = Int32(pool)
        jobs[job].footprint = Int32(footprint)
        jobs[job].speed = speed
        jobs[job].startMs = now
        jobs[job].requestedEndMs = now + requestedMs
        jobs[job].attempt &+= 1
        if jobs[job].firstStartMs < 0 {
            jobs[job].firstStartMs = now
            ledger.jobsStarted[month] += 1
            let waitHours = Double(now - jobs[job].submitMs) / Double(SimTime.millisecondsPerHour)
            ledger.tenantWaitsHours[month * setup.tenants.count + tenant].append(waitHours)
        }
        events.schedule(.jobEnd(job: Int32(job), attempt: jobs[job].attempt), at: SimTime(milliseconds: now + runMs),
                        priority: EventPriority.endsFailuresRepairs, tieBreak: EventPriority.completion(job: job))
        running[pool].insert(job: Int32(job), requestedEndMs: jobs[job].requestedEndMs, footprint: Int32(footprint))
        poolVersion[pool] &+= 1
        busyGPUs += footprint
        idleGPUs -= footprint
        tenantBusyGPUs[tenant] += footprint
        tenantReferenceRate[tenant] += Double(gpus) * speed
        itPowerKW += Double(footprint) * dynamicKWPerGPU(pool: pool)
    }

    /// Job `job` has done its work: free its GPUs and count it.
    func finish(job: Int) {
        release(job: job)
        jobs[job].status = .completed
        jobs[job].endMs = now
        ledger.jobsCompleted[month] += 1
        ledger.tenantJobsCompleted[month * setup.tenants.count + Int(jobs[job].tenant)] += 1
    }

    /// A failure ends job `job`'s run: keep the work up to its last checkpoint, count the rest
    /// as lost, and put the job back at the head of its class.
    func kill(job: Int) {
        let tenant = Int(jobs[job].tenant)
        let elapsedMs = now - jobs[job].startMs
        let savedWallMs = setup.tenants[tenant].checkpointIntervalMs.map { (elapsedMs / $0) * $0 } ?? 0
        let savedReferenceMs = Int64((Double(savedWallMs) * jobs[job].speed).rounded(.down))
        jobs[job].remainingReferenceMs = max(1, jobs[job].remainingReferenceMs - savedReferenceMs)
        jobs[job].requestedReferenceMs = max(jobs[job].remainingReferenceMs, jobs[job].requestedReferenceMs - savedReferenceMs)
        ledger.lostGPUHours[month] += Double(jobs[job].footprint) * Double(elapsedMs - savedWallMs) / Double(SimTime.millisecondsPerHour)
        ledger.jobsFailed[month] += 1
        if recordJobs { killedRuns.append(KilledRun(job: Int32(job), pool: jobs[job].pool, startMs: jobs[job].startMs, endMs: now)) }
        release(job: job)
        jobs[job].status = .queued
        jobs[job].requeued = true
        enqueueAtHead(job: job)
    }

    /// Frees a running job's GPUs and takes it out of its pool's running list.
    private func release(job: Int) {
        let pool = Int(jobs[job].pool)
        let footprint = Int(jobs[job].footprint)
        let gpusPerNode = setup.layout.pools[pool].gpusPerNode
        if jobs[job].nodeCount == 1 && Int(jobs[job].gpus) <= gpusPerNode {
            giveBack(gpus: Int(jobs[job].gpus), node: Int(jobs[job].placement), job: job, pool: pool)
        } else {
            let offset = Int(jobs[job].placement)
            for index in offset..<(offset + Int(jobs[job].nodeCount)) {
                giveBack(gpus: gpusPerNode, node: Int(multiNodeAllocations[index]), job: job, pool: pool)
            }
        }
        running[pool].remove(job: Int32(job), requestedEndMs: jobs[job].requestedEndMs)
        poolVersion[pool] &+= 1
        let tenant = Int(jobs[job].tenant)
        busyGPUs -= footprint
        tenantBusyGPUs[tenant] -= footprint
        tenantReferenceRate[tenant] -= Double(jobs[job].gpus) * jobs[job].speed
        if tenantBusyGPUs[tenant] == 0 { tenantReferenceRate[tenant] = 0 }
        itPowerKW -= Double(footprint) * dynamicKWPerGPU(pool: pool)
    }

    private func giveBack(gpus: Int, node: Int, job: Int, pool: Int) {
        let local = Int(setup.layout.nodeIndexInPool[node])
        let eligible = isEligible(node)
        if eligible { buckets[pool].remove(local, free: Int(nodeFree[node])) }
        nodeFree[node] += Int32(gpus)
        if eligible { buckets[pool].insert(local, free: Int(nodeFree[node])) }
        if nodePowered[node] && nodeUp[node] { idleGPUs += gpus }
        detach(job: job, from: node)
        if nodeDraining[node] && nodeJobCount[node] == 0 { powerOff(node: node) }
    }

    private func attach(job: Int, to node: Int) {
        nodeJobSlots[Int(nodeSlotOffset[node] + nodeJobCount[node])] = Int32(job)
        nodeJobCount[node] += 1
    }

    private func detach(job: Int, from node: Int) {
        let offset = Int(nodeSlotOffset[node])
        let count = Int(nodeJobCount[node])
        for slot in offset..<(offset + count) where nodeJobSlots[slot] == Int32(job) {
            nodeJobSlots[slot] = nodeJobSlots[offset + count - 1]
            nodeJobSlots[offset + count - 1] = -1
            nodeJobCount[node] -= 1
            return
        }
        preconditionFailure("job \(job) is not on node \(node)")
    }
}
