import SimulationKernel

extension FacilityRun {
    /// Brings a build-out phase's nodes online, starts their failure processes and gives power
    /// to as many as the grid allows.
    func bringOnline(phase: Int) {
        for node in setup.layout.phases[phase].nodes {
            nodes.online[node] = true
            scheduleFailure(node: node)
        }
        updatePower()
    }

    /// Decides which installed nodes get power this month: in power order (dedicated partitions
    /// first, then by node number), each node whose peak draw still fits under
    /// grid connection ÷ PUE is powered; the rest stay off and are stranded. A node that must
    /// lose power while running jobs is drained: it takes no new jobs and goes off when empty.
    func updatePower() {
        let budgetKW = setup.powerBudgetKWByMonth[month]
        var usedKW = 0.0
        for node in setup.layout.powerOrder {
            guard nodes.online[node] else { continue }
            let peakKW = setup.layout.model(of: node).nodePowerPeakKW
            let wanted = usedKW + peakKW <= budgetKW + 1e-9
            if wanted { usedKW += peakKW }
            if wanted && !nodes.powered[node] {
                powerOn(node: node)
            } else if wanted && nodes.draining[node] {
                setDraining(node: node, false)
            } else if !wanted && nodes.powered[node] && !nodes.draining[node] {
                if nodes.jobCount[node] == 0 { powerOff(node: node) } else { setDraining(node: node, true) }
            }
        }
    }

    private func powerOn(node: NodeIndex) {
        let model = setup.layout.model(of: node)
        nodes.powered[node] = true
        nodes.draining[node] = false
        simulation.levels[rates.poweredGPUs] += Double(model.gpusPerNode)
        if nodes.up[node] {
            simulation.levels[rates.itPowerKW] += model.nodePowerIdleKW
            simulation.levels[rates.idleGPUs] += Double(nodes.free[node])
            addToBuckets(node: node)
        } else {
            simulation.levels[rates.downPoweredGPUs] += Double(model.gpusPerNode)
        }
    }

    /// Cuts power to an empty node.
    func powerOff(node: NodeIndex) {
        let model = setup.layout.model(of: node)
        if nodes.isEligible(node) { removeFromBuckets(node: node) }
        nodes.powered[node] = false
        nodes.draining[node] = false
        simulation.levels[rates.poweredGPUs] -= Double(model.gpusPerNode)
        if nodes.up[node] {
            simulation.levels[rates.itPowerKW] -= model.nodePowerIdleKW
            simulation.levels[rates.idleGPUs] -= Double(nodes.free[node])
        } else {
            simulation.levels[rates.downPoweredGPUs] -= Double(model.gpusPerNode)
        }
    }

    private func setDraining(node: NodeIndex, _ draining: Bool) {
        if draining, nodes.isEligible(node) { removeFromBuckets(node: node) }
        nodes.draining[node] = draining
        if !draining, nodes.isEligible(node) { addToBuckets(node: node) }
    }

    /// A node fails: its jobs are killed (in job order) and requeued, and it is out for its repair time.
    func fail(node: NodeIndex) {
        let victims = nodes.jobs(on: node).map { $0! }.sorted()
        for job in victims { kill(job: job) }
        let model = setup.layout.model(of: node)
        if nodes.isEligible(node) { removeFromBuckets(node: node) }
        nodes.up[node] = false
        if nodes.powered[node] {
            simulation.levels[rates.itPowerKW] -= model.nodePowerIdleKW
            simulation.levels[rates.idleGPUs] -= Double(nodes.free[node])
            simulation.levels[rates.downPoweredGPUs] += Double(model.gpusPerNode)
        }
        simulation.schedule(.repair(node: node), at: SimTime(milliseconds: nowMs + SimTime.hours(model.repairHours).milliseconds),
                            priority: EventPriority.endsFailuresRepairs, tieBreak: EventPriority.repair(node: node))
    }

    /// A repaired node is back in service and its next failure is drawn.
    func repair(node: NodeIndex) {
        let model = setup.layout.model(of: node)
        nodes.up[node] = true
        if nodes.powered[node] {
            simulation.levels[rates.itPowerKW] += model.nodePowerIdleKW
            simulation.levels[rates.idleGPUs] += Double(nodes.free[node])
            simulation.levels[rates.downPoweredGPUs] -= Double(model.gpusPerNode)
        }
        if nodes.isEligible(node) { addToBuckets(node: node) }
        scheduleFailure(node: node)
    }

    /// Each node fails as a Poisson process of rate gpus_per_node × annual_failure_rate / 8760
    /// per hour, drawn from the node's own random stream.
    ///
    /// A rare failure (a small rate) can draw a gap of more hours than 64-bit milliseconds
    /// hold: at 10⁻⁸ failures per GPU-year the mean gap is 10¹² hours, 3.6 × 10¹⁸ ms. Such a
    /// gap ends far beyond any horizon (at most 30 years, 262,980 hours), so it is compared in
    /// hours first and only a gap that could end within the horizon is converted.
    private func scheduleFailure(node: NodeIndex) {
        let model = setup.layout.model(of: node)
        let ratePerHour = Double(model.gpusPerNode) * model.annualFailureRate / 8760
        guard ratePerHour > 0 else { return }
        let gapHours = nodes.failureStreams[node].exponential(rate: ratePerHour)
        guard gapHours < Self.beyondAnyHorizonHours else { return }
        let gap = SimTime.hours(gapHours).milliseconds
        let time = nowMs + max(gap, 1)
        guard time < setup.calendar.endMs else { return }
        simulation.schedule(.failure(node: node), at: SimTime(milliseconds: time), priority: EventPriority.endsFailuresRepairs, tieBreak: EventPriority.failure(node: node))
    }

    /// Hours after which any event lies beyond every horizon the format allows (30 years),
    /// yet few enough to convert to milliseconds exactly: a million hours, 114 years.
    static let beyondAnyHorizonHours = 1_000_000.0

    private func addToBuckets(node: NodeIndex) {
        let pool = setup.layout.pool(of: node)
        pools.buckets[pool].insert(Int(setup.layout.nodeIndexInPool[node]), free: Int(nodes.free[node]))
        pools.version[pool] &+= 1
    }

    /// Takes an eligible node out of its pool's free-GPU buckets.
    func removeFromBuckets(node: NodeIndex) {
        let pool = setup.layout.pool(of: node)
        pools.buckets[pool].remove(Int(setup.layout.nodeIndexInPool[node]), free: Int(nodes.free[node]))
        pools.version[pool] &+= 1
    }
}
