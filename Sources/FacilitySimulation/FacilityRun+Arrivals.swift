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
                    let candidate = clock + arrivalStreams[tenant].exponential(rate: rate) * Double(SimTime.millisecondsPerHour)
                    if candidate < monthEnd {
                        events.schedule(.arrival(tenant: Int32(tenant)), at: SimTime(milliseconds: Int64(candidate)), priority: EventPriority.arrivals,
                                        tieBreak: EventPriority.arrival(jobID: nextGeneratedJobID[tenant], tenant: tenant))
                        return
                    }
                }
                clock = monthEnd
                index += 1
            }
        case .trace(let traceJobs, _):
            let cursor = traceCursor[tenant]
            guard cursor < traceJobs.count else { return }
            events.schedule(.arrival(tenant: Int32(tenant)), at: SimTime(milliseconds: traceJobs[cursor].submitMilliseconds),
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
            let drawnGPUs = setup.tenants[tenant].gpusPerJob!.draw(&shapeStreams[tenant])
            gpus = Int(min(max(1, drawnGPUs.rounded(.up)), 1_000_000_000))
            let hours = setup.tenants[tenant].hoursPerJob!.draw(&shapeStreams[tenant])
            referenceMs = max(1, SimTime.hours(hours).milliseconds)
            requestedReferenceMs = max(referenceMs, Int64((Double(referenceMs) * setup.tenants[tenant].walltimeFactor).rounded(.up)))
            jobID = nextGeneratedJobID[tenant]
            nextGeneratedJobID[tenant] += 1
        case .trace(let traceJobs, let gpusPerProcessor):
            let traced = traceJobs[traceCursor[tenant]]
            traceCursor[tenant] += 1
            gpus = traced.processors * gpusPerProcessor
            referenceMs = max(1, traced.runMilliseconds)
            requestedReferenceMs = max(referenceMs, traced.requestedMilliseconds)
            jobID = Int64(traced.jobNumber)
        }
        let job = jobs.count
        jobs.append(JobRecord(tenant: Int32(tenant), gpus: Int32(gpus), jobID: jobID, submitMs: now,
                              remainingReferenceMs: referenceMs, requestedReferenceMs: requestedReferenceMs))
        let cell = month * setup.tenants.count + tenant
        ledger.jobsSubmitted[month] += 1
        ledger.tenantJobsSubmitted[cell] += 1
        ledger.tenantSubmittedReferenceGPUHours[cell] += Double(gpus) * Double(referenceMs) / Double(SimTime.millisecondsPerHour)
        if setup.tenants[tenant].candidatePools.contains(where: { setup.layout.pools[Int($0)].canEverHost(gpus: gpus) }) {
            queues[tenant].append(Int32(job))
            queuedJobs += 1
        } else {
            jobs[job].status = .rejected
            ledger.jobsRejected[month] += 1
        }
        scheduleNextArrival(tenant: tenant, after: now)
    }

    /// Puts a requeued job at the head of its tenant's queue, among the other requeued jobs
    /// in (submit time, job number) order.
    func enqueueAtHead(job: Int) {
        let tenant = Int(jobs[job].tenant)
        let table = jobs
        let key = (table[job].submitMs, job)
        queues[tenant].insert(Int32(job), skippingWhile: { other in
            table[Int(other)].requeued && (table[Int(other)].submitMs, Int(other)) < key
        }, isLive: { table[Int($0)].status == .queued })
        queuedJobs += 1
    }
}
