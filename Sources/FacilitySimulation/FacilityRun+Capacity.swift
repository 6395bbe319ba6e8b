import FactoryModel
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
            simulation.levels[rates.downPoweredGPUs(Int(nodes.downCause[node]))] += Double(model.gpusPerNode)
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
            simulation.levels[rates.downPoweredGPUs(Int(nodes.downCause[node]))] -= Double(model.gpusPerNode)
        }
    }

    private func setDraining(node: NodeIndex, _ draining: Bool) {
        if draining, nodes.isEligible(node) { removeFromBuckets(node: node) }
        nodes.draining[node] = draining
        if !draining, nodes.isEligible(node) { addToBuckets(node: node) }
    }

    /// An unplanned interruption strikes `node`. A working node's jobs are killed (in job
    /// order) and requeued, and it is out of service for a repair time drawn for the cause;
    /// the cause is drawn with probability rate ÷ all-cause rate. A node already down for
    /// maintenance stays so, and its next interruption is drawn from now (the process is
    /// memoryless, so this is the same process).
    func fail(node: NodeIndex) {
        guard nodes.up[node] else { scheduleFailure(node: node); return }
        let pool = setup.layout.pools[setup.layout.pool(of: node)]
        let cause = pool.onlyCause ?? nodes.failureStreams[node].index(cumulativeWeights: pool.cumulativeInterruptionRates)
        let repairHours = pool.repairHours[cause].draw(&nodes.failureStreams[node])
        takeDown(node: node, cause: cause)
        let repairMs = repairHours < Self.beyondAnyHorizonHours ? max(0, SimTime.hours(repairHours).milliseconds) : setup.calendar.endMs
        let time = nowMs + min(repairMs, setup.calendar.endMs)
        simulation.schedule(.repair(node: node), at: SimTime(milliseconds: time), priority: EventPriority.endsFailuresRepairs, tieBreak: EventPriority.repair(node: node))
    }

    /// Takes a working node out of service for `cause`: kills its jobs (in job order) and
    /// moves its GPUs from idle to down.
    func takeDown(node: NodeIndex, cause: Int) {
        let victims = nodes.jobs(on: node).map { $0! }.sorted()
        for job in victims { kill(job: job, cause: cause) }
        let model = setup.layout.model(of: node)
        if nodes.isEligible(node) { removeFromBuckets(node: node) }
        nodes.up[node] = false
        nodes.downCause[node] = UInt8(cause)
        ledger.causeInterruptions[month * MonthlyLedger.causes + cause] += 1
        if nodes.powered[node] {
            simulation.levels[rates.itPowerKW] -= model.nodePowerIdleKW
            simulation.levels[rates.idleGPUs] -= Double(nodes.free[node])
            simulation.levels[rates.downPoweredGPUs] += Double(model.gpusPerNode)
            simulation.levels[rates.downPoweredGPUs(cause)] += Double(model.gpusPerNode)
        }
    }

    /// A node back from repair or maintenance is in service again. After a repair its next
    /// interruption is drawn; after maintenance the one drawn before it is still pending.
    func repair(node: NodeIndex) {
        let model = setup.layout.model(of: node)
        let cause = Int(nodes.downCause[node])
        nodes.up[node] = true
        if nodes.powered[node] {
            simulation.levels[rates.itPowerKW] += model.nodePowerIdleKW
            simulation.levels[rates.idleGPUs] += Double(nodes.free[node])
            simulation.levels[rates.downPoweredGPUs] -= Double(model.gpusPerNode)
            simulation.levels[rates.downPoweredGPUs(cause)] -= Double(model.gpusPerNode)
        }
        if nodes.isEligible(node) { addToBuckets(node: node) }
        if cause != InterruptionCause.maintenance.rawValue { scheduleFailure(node: node) }
    }

    /// Each node is interrupted as a Poisson process of rate gpus_per_node × the all-cause
    /// rate per GPU-year ÷ 8,760 per hour, drawn from the node's own random stream.
    ///
    /// A rare failure (a small rate) can draw a gap of more hours than 64-bit milliseconds
    /// hold: at 10⁻⁸ failures per GPU-year the mean gap is 10¹² hours, 3.6 × 10¹⁸ ms. Such a
    /// gap ends far beyond any horizon (at most 30 years, 262,980 hours), so it is compared in
    /// hours first and only a gap that could end within the horizon is converted.
    private func scheduleFailure(node: NodeIndex) {
        let ratePerHour = setup.layout.pools[setup.layout.pool(of: node)].interruptionsPerNodeHour
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
