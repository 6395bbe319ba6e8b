import SimulationKernel

extension FacilityRun {
    /// Brings a build-out phase's nodes online, starts their failure processes and gives power
    /// to as many as the grid allows.
    func bringOnline(phase: Int) {
        for node in setup.layout.phases[phase].nodes {
            nodeOnline[Int(node)] = true
            scheduleFailure(node: Int(node))
        }
        updatePower()
    }

    /// Decides which installed nodes get power this month: in power order (dedicated partitions
    /// first, then by node number), each node whose peak draw still fits under
    /// grid connection ÷ PUE is powered; the rest stay off and are stranded. A node that must
    /// lose power while running jobs is drained: it takes no new jobs and goes off when empty.
    func updatePower() {
        let budgetKW = setup.gridKWByMonth[month] / setup.pueByMonth[month]
        var usedKW = 0.0
        for node32 in setup.layout.powerOrder {
            let node = Int(node32)
            guard nodeOnline[node] else { continue }
            let peakKW = setup.layout.pools[Int(setup.layout.nodePool[node])].model.nodePowerPeakKW
            let wanted = usedKW + peakKW <= budgetKW + 1e-9
            if wanted { usedKW += peakKW }
            if wanted && !nodePowered[node] {
                powerOn(node: node)
            } else if wanted && nodeDraining[node] {
                setDraining(node: node, false)
            } else if !wanted && nodePowered[node] && !nodeDraining[node] {
                if nodeJobCount[node] == 0 { powerOff(node: node) } else { setDraining(node: node, true) }
            }
        }
    }

    private func powerOn(node: Int) {
        let pool = Int(setup.layout.nodePool[node])
        nodePowered[node] = true
        nodeDraining[node] = false
        poweredGPUs += setup.layout.pools[pool].gpusPerNode
        if nodeUp[node] {
            itPowerKW += setup.layout.pools[pool].model.nodePowerIdleKW
            idleGPUs += Int(nodeFree[node])
            addToBuckets(node: node)
        } else {
            downPoweredGPUs += setup.layout.pools[pool].gpusPerNode
        }
    }

    /// Cuts power to an empty node.
    func powerOff(node: Int) {
        let pool = Int(setup.layout.nodePool[node])
        if isEligible(node) { removeFromBuckets(node: node) }
        nodePowered[node] = false
        nodeDraining[node] = false
        poweredGPUs -= setup.layout.pools[pool].gpusPerNode
        if nodeUp[node] {
            itPowerKW -= setup.layout.pools[pool].model.nodePowerIdleKW
            idleGPUs -= Int(nodeFree[node])
        } else {
            downPoweredGPUs -= setup.layout.pools[pool].gpusPerNode
        }
    }

    private func setDraining(node: Int, _ draining: Bool) {
        if draining, isEligible(node) { removeFromBuckets(node: node) }
        nodeDraining[node] = draining
        if !draining, isEligible(node) { addToBuckets(node: node) }
    }

    /// A node fails: its jobs are killed and requeued, and it is out for its repair time.
    func fail(node: Int) {
        let offset = Int(nodeSlotOffset[node])
        let victims = nodeJobSlots[offset..<(offset + Int(nodeJobCount[node]))].sorted()
        for job in victims { kill(job: Int(job)) }
        let pool = Int(setup.layout.nodePool[node])
        let model = setup.layout.pools[pool].model
        if isEligible(node) { removeFromBuckets(node: node) }
        nodeUp[node] = false
        if nodePowered[node] {
            itPowerKW -= model.nodePowerIdleKW
            idleGPUs -= Int(nodeFree[node])
            downPoweredGPUs += model.gpusPerNode
        }
        events.schedule(.repair(node: Int32(node)), at: SimTime(milliseconds: now + SimTime.hours(model.repairHours).milliseconds),
                        priority: EventPriority.endsFailuresRepairs, tieBreak: EventPriority.repair(node: node))
    }

    /// A repaired node is back in service and its next failure is drawn.
    func repair(node: Int) {
        let model = setup.layout.pools[Int(setup.layout.nodePool[node])].model
        nodeUp[node] = true
        if nodePowered[node] {
            itPowerKW += model.nodePowerIdleKW
            idleGPUs += Int(nodeFree[node])
            downPoweredGPUs -= model.gpusPerNode
        }
        if isEligible(node) { addToBuckets(node: node) }
        scheduleFailure(node: node)
    }

    /// Each node fails as a Poisson process of rate gpus_per_node × annual_failure_rate / 8760
    /// per hour, drawn from the node's own random stream.
    private func scheduleFailure(node: Int) {
        let model = setup.layout.pools[Int(setup.layout.nodePool[node])].model
        let ratePerHour = Double(model.gpusPerNode) * model.annualFailureRate / 8760
        guard ratePerHour > 0 else { return }
        let gap = SimTime.hours(failureStreams[node].exponential(rate: ratePerHour)).milliseconds
        let time = now + max(gap, 1)
        guard time < setup.calendar.endMs else { return }
        events.schedule(.failure(node: Int32(node)), at: SimTime(milliseconds: time), priority: EventPriority.endsFailuresRepairs, tieBreak: EventPriority.failure(node: node))
    }

    private func addToBuckets(node: Int) {
        let pool = Int(setup.layout.nodePool[node])
        buckets[pool].insert(Int(setup.layout.nodeIndexInPool[node]), free: Int(nodeFree[node]))
        poolVersion[pool] &+= 1
    }

    private func removeFromBuckets(node: Int) {
        let pool = Int(setup.layout.nodePool[node])
        buckets[pool].remove(Int(setup.layout.nodeIndexInPool[node]), free: Int(nodeFree[node]))
        poolVersion[pool] &+= 1
    }
}
