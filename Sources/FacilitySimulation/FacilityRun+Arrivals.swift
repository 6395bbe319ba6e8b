import SimulationKernel

extension FacilityRun {
    /// Schedules tenant `tenant`'s next arrival after `time` (ms).
    ///
    /// Curve and `poisson` demand: a Poisson process whose rate is constant within each month
    /// (jobs per hour for month m = demand(m) ÷ E[GPUs × hours per job] ÷ hours in m). The gap
    /// to the next arrival is exponential at the current month's rate; if it would cross into
    /// the next month, the clock moves to the month start and a new gap is drawn at the new
    /// rate, which is exact because the exponential distribution is memoryless.
    /// Trace demand: the next job of the trace, in submit order.
    func scheduleNextArrival(tenant: Int, after time: Int64) {
        switch setup.tenants[tenant].arrivals {
        case .monthlyRates(let rates):
            let calendar = setup.calendar
            var clock = Double(time)
            var index = month
            while index < calendar.count && Double(calendar.startMs[index + 1]) <= clock { index += 1 }
            while index < calendar.count {
                let rate = rates[index]
                let monthEnd = Double(calendar.startMs[index + 1])
                if rate > 0 {
                    let candidate = clock + arrivals.gapStreams[tenant].exponential(rate: rate) * Double(SimTime.millisecondsPerHour)
                    if candidate < monthEnd {
                        simulation.schedule(.arrival(tenant: Int32(tenant)), at: SimTime(milliseconds: Int64(candidate)), priority: EventPriority.arrivals,
                                        tieBreak: EventPriority.arrival(jobID: arrivals.nextGeneratedJobID[tenant], tenant: tenant))
                        return
                    }
                }
                clock = monthEnd
                index += 1
            }
        case .trace(let traceJobs, _):
            let cursor = arrivals.traceCursor[tenant]
            guard cursor < traceJobs.count else { return }
            simulation.schedule(.arrival(tenant: Int32(tenant)), at: SimTime(milliseconds: traceJobs[cursor].submitMilliseconds),
                            priority: EventPriority.arrivals, tieBreak: EventPriority.arrival(jobID: Int64(traceJobs[cursor].jobNumber), tenant: tenant))
        }
    }

    /// A job of tenant `tenant` arrives now: draw (or read) its size and work, then queue it,
    /// or reject it if no pool the tenant may use could ever hold it.
    func arrive(tenant: Int) {
        let gpus: Int
        let referenceMs: Int64
        let requestedReferenceMs: Int64
        let jobID: Int64
        switch setup.tenants[tenant].arrivals {
        case .monthlyRates:
            let drawnGPUs = setup.tenants[tenant].gpusPerJob!.draw(&arrivals.shapeStreams[tenant])
            gpus = Int(min(max(1, drawnGPUs.rounded(.up)), 1_000_000_000))
            // Capped at a million hours (114 years, longer than any horizon, so the job still
            // never finishes) so that a long-tailed draw cannot overflow milliseconds.
            let hours = min(setup.tenants[tenant].hoursPerJob!.draw(&arrivals.shapeStreams[tenant]), 1_000_000)
            referenceMs = max(1, SimTime.hours(hours).milliseconds)
            requestedReferenceMs = max(referenceMs, Int64((Double(referenceMs) * setup.tenants[tenant].walltimeFactor).rounded(.up)))
            jobID = arrivals.nextGeneratedJobID[tenant]
            arrivals.nextGeneratedJobID[tenant] += 1
        case .trace(let traceJobs, let gpusPerProcessor):
            let traced = traceJobs[arrivals.traceCursor[tenant]]
            arrivals.traceCursor[tenant] += 1
            gpus = traced.processors * gpusPerProcessor
            referenceMs = max(1, traced.runMilliseconds)
            requestedReferenceMs = max(referenceMs, traced.requestedMilliseconds)
            jobID = Int64(traced.jobNumber)
        }
        let job = jobs.append(JobRecord(tenant: Int32(tenant), gpus: Int32(gpus), jobID: jobID, submitMs: nowMs, submitMonth: Int32(month),
                                        workReferenceMs: referenceMs, remainingReferenceMs: referenceMs, requestedReferenceMs: requestedReferenceMs))
        let cell = month * setup.tenants.count + tenant
        let workGPUHours = jobs.workReferenceGPUHours(job)
        ledger.jobsSubmitted[month] += 1
        ledger.tenantJobsSubmitted[cell] += 1
        ledger.tenantSubmittedReferenceGPUHours[cell] += workGPUHours
        if setup.tenants[tenant].candidatePools.contains(where: { setup.layout.pools[Int($0)].canEverHost(gpus: gpus) }) {
            queues[tenant].append(job)
            simulation.levels[rates.queuedJobs] += 1
            if let patience = setup.tenants[tenant].patienceHours { schedulePatienceEnd(job: job, hours: patience.draw(&arrivals.patienceStreams[tenant])) }
        } else {
            jobs[job].status = .rejected
            ledger.jobsRejected[month] += 1
            ledger.tenantJobsRejected[cell] += 1
            ledger.tenantRejectedReferenceGPUHours[cell] += workGPUHours
        }
        scheduleNextArrival(tenant: tenant, after: nowMs)
    }

    /// Puts a requeued job back in its tenant's queue, at the head of its class.
    func enqueueAtHead(job: JobIndex) {
        queues.enqueueAtHead(job, in: jobs)
        simulation.levels[rates.queuedJobs] += 1
    }
}
