import FactoryModel
import SimulationKernel

extension FacilityRun {
    /// The run's figures: monthly, by tenant and month, tenant totals, and job runs if asked.
    func result() -> ReplicationResult {
        let calendar = setup.calendar
        let scenario = setup.scenario
        let tenantCount = setup.tenants.count
        var monthly: [MonthlyFigures] = []
        var tenantMonthly: [[TenantMonthFigures]] = []
        var totals = setup.tenants.map { TenantTotals(tenant: $0.name) }
        var interruptions: [InterruptionMonth] = []
        interruptions.reserveCapacity(calendar.count * MonthlyLedger.causes)
        var allWaitsByTenant = [[Double]](repeating: [], count: tenantCount)
        for index in 0..<calendar.count {
            var figures = MonthlyFigures(month: calendar.months[index])
            figures.installedGPUs = ledger.installedGPUsAtEnd[index]
            figures.poweredGPUs = ledger.poweredGPUsAtEnd[index]
            figures.strandedGPUs = figures.installedGPUs - figures.poweredGPUs
            figures.vendorGPUs = ledger.vendors.enumerated().map { offset, vendor in
                let slot = index * ledger.vendors.count + offset
                return MonthlyFigures.VendorGPUs(
                    vendor: vendor, installed: ledger.vendorInstalledGPUsAtEnd[slot], powered: ledger.vendorPoweredGPUsAtEnd[slot])
            }
            figures.availableGPUHours = ledger.availableGPUHours[index]
            figures.busyGPUHours = ledger.busyGPUHours[index]
            figures.downGPUHours = ledger.downGPUHours[index]
            figures.idleGPUHours = ledger.idleGPUHours[index]
            figures.utilisation = figures.availableGPUHours > 0 ? figures.busyGPUHours / figures.availableGPUHours : 0
            figures.installedGPUHours = Double(figures.installedGPUs) * calendar.hours(inMonth: index)
            figures.utilisationInstalled = figures.installedGPUHours > 0 ? figures.busyGPUHours / figures.installedGPUHours : 0
            let upGPUHours = figures.busyGPUHours + figures.idleGPUHours
            figures.utilisationUp = upGPUHours > 0 ? figures.busyGPUHours / upGPUHours : 0
            // To the cent, so the months add up to the total that summary.json and the briefing give.
            figures.strandedDepreciationEUR = (ledger.strandedDepreciationEUR[index] * 100).rounded() / 100
            figures.deliveredGPUHours = figures.busyGPUHours
            figures.lostGPUHours = ledger.lostGPUHours[index]
            figures.queueLengthMean = ledger.queuedJobHours[index] / calendar.hours(inMonth: index)
            figures.jobsSubmitted = ledger.jobsSubmitted[index]
            figures.jobsStarted = ledger.jobsStarted[index]
            figures.jobsCompleted = ledger.jobsCompleted[index]
            figures.jobsFailed = ledger.jobsFailed[index]
            figures.jobsRejected = ledger.jobsRejected[index]
            figures.itEnergyMWh = ledger.itEnergyKWh[index] / 1000
            figures.pue = setup.pueByMonth[index]
            figures.facilityEnergyMWh = figures.itEnergyMWh * figures.pue
            figures.peakFacilityMW = ledger.peakFacilityKW[index] / 1000
            figures.carbonTonnes = figures.facilityEnergyMWh * scenario.site.electricity.carbonGPerKWh / 1000
            figures.heatReusedMWh = figures.facilityEnergyMWh * (scenario.site.heatReuse?.fraction ?? 0)
            var monthWaits: [Double] = []
            var row: [TenantMonthFigures] = []
            for tenant in 0..<tenantCount {
                let cell = index * tenantCount + tenant
                var figuresForTenant = TenantMonthFigures(month: calendar.months[index], tenant: setup.tenants[tenant].name)
                figuresForTenant.demandReferenceGPUHours = setup.tenants[tenant].demandByMonth?[index] ?? ledger.tenantSubmittedReferenceGPUHours[cell]
                figuresForTenant.deliveredGPUHours = ledger.tenantDeliveredGPUHours[cell]
                figuresForTenant.deliveredReferenceGPUHours = ledger.tenantDeliveredReferenceGPUHours[cell]
                figuresForTenant.submittedReferenceGPUHours = ledger.tenantSubmittedReferenceGPUHours[cell]
                figuresForTenant.jobsSubmitted = ledger.tenantJobsSubmitted[cell]
                figuresForTenant.jobsStarted = ledger.tenantJobsStarted[cell]
                figuresForTenant.startedReferenceGPUHours = ledger.tenantStartedReferenceGPUHours[cell]
                figuresForTenant.jobsAbandoned = ledger.tenantJobsAbandoned[cell]
                figuresForTenant.abandonedReferenceGPUHours = ledger.tenantAbandonedReferenceGPUHours[cell]
                figuresForTenant.jobsRejected = ledger.tenantJobsRejected[cell]
                figuresForTenant.rejectedReferenceGPUHours = ledger.tenantRejectedReferenceGPUHours[cell]
                figuresForTenant.servedReferenceGPUHours = ledger.tenantServedReferenceGPUHours[cell]
                figuresForTenant.unservedReferenceGPUHours = max(0, figuresForTenant.submittedReferenceGPUHours - figuresForTenant.servedReferenceGPUHours)
                figuresForTenant.jobsCompleted = ledger.tenantJobsCompleted[cell]
                figuresForTenant.queueLengthEnd = ledger.tenantQueueAtEnd[cell]
                let waits = ledger.tenantWaitsHours[cell].sorted()
                (figuresForTenant.waitMeanHours, figuresForTenant.waitP50Hours, figuresForTenant.waitP95Hours) = Self.waitFigures(sorted: waits)
                monthWaits.append(contentsOf: waits)
                allWaitsByTenant[tenant].append(contentsOf: waits)
                figures.demandReferenceGPUHours += figuresForTenant.demandReferenceGPUHours
                figures.deliveredReferenceGPUHours += figuresForTenant.deliveredReferenceGPUHours
                figures.submittedReferenceGPUHours += figuresForTenant.submittedReferenceGPUHours
                figures.jobsAbandoned += figuresForTenant.jobsAbandoned
                figures.abandonedReferenceGPUHours += figuresForTenant.abandonedReferenceGPUHours
                figures.servedReferenceGPUHours += figuresForTenant.servedReferenceGPUHours
                figures.unservedReferenceGPUHours += figuresForTenant.unservedReferenceGPUHours
                totals[tenant].demandReferenceGPUHours += figuresForTenant.demandReferenceGPUHours
                totals[tenant].submittedReferenceGPUHours += figuresForTenant.submittedReferenceGPUHours
                totals[tenant].servedReferenceGPUHours += figuresForTenant.servedReferenceGPUHours
                totals[tenant].abandonedReferenceGPUHours += figuresForTenant.abandonedReferenceGPUHours
                totals[tenant].jobsAbandoned += figuresForTenant.jobsAbandoned
                totals[tenant].deliveredGPUHours += figuresForTenant.deliveredGPUHours
                totals[tenant].deliveredReferenceGPUHours += figuresForTenant.deliveredReferenceGPUHours
                totals[tenant].jobsSubmitted += figuresForTenant.jobsSubmitted
                totals[tenant].jobsCompleted += figuresForTenant.jobsCompleted
                row.append(figuresForTenant)
            }
            monthWaits.sort()
            (figures.waitMeanHours, figures.waitP50Hours, figures.waitP95Hours) = Self.waitFigures(sorted: monthWaits)
            monthly.append(figures)
            tenantMonthly.append(row)
            for cause in InterruptionCause.allCases {
                let slot = index * MonthlyLedger.causes + cause.rawValue
                var row = InterruptionMonth(month: calendar.months[index], cause: cause)
                row.interruptions = ledger.causeInterruptions[slot]
                row.jobsKilled = ledger.causeJobsKilled[slot]
                row.lostGPUHours = ledger.causeLostGPUHours[slot]
                row.downGPUHours = ledger.causeDownGPUHours[slot]
                interruptions.append(row)
            }
        }
        for tenant in 0..<tenantCount {
            allWaitsByTenant[tenant].sort()
            (totals[tenant].waitMeanHours, totals[tenant].waitP50Hours, totals[tenant].waitP95Hours) = Self.waitFigures(sorted: allWaitsByTenant[tenant])
        }
        for job in jobs.records.elements where job.status == .rejected { totals[Int(job.tenant)].jobsRejected += 1 }
        return ReplicationResult(
            seed: seed, invariantViolations: violations, monthly: monthly, tenantMonthly: tenantMonthly, tenantTotals: totals,
            jobRuns: recordJobs ? jobRuns() : nil, eventsProcessed: simulation.eventsProcessed,
            traceJobsSkipped: setup.traceJobsBeyondHorizon.reduce(0, +) + setup.traceJobsUnusable.reduce(0, +),
            interruptions: interruptions
        )
    }

    /// Mean, median and 95th percentile (type 7) of sorted waits; zeros when there are none.
    static func waitFigures(sorted waits: [Double]) -> (Double, Double, Double) {
        guard !waits.isEmpty else { return (0, 0, 0) }
        return (waits.reduce(0, +) / Double(waits.count), Quantile.of(sorted: waits, 0.5), Quantile.of(sorted: waits, 0.95))
    }

    /// One row per run of each job: runs ended by failures, then the job's last state.
    private func jobRuns() -> [JobRun] {
        var killedByJob = [JobIndex: [KilledRun]]()
        for run in jobs.killedRuns { killedByJob[run.job, default: []].append(run) }
        var rows: [JobRun] = []
        rows.reserveCapacity(jobs.count + jobs.killedRuns.count)
        for (row, job) in jobs.records.elements.enumerated() {
            let index = JobIndex(row)
            let tenant = setup.tenants[Int(job.tenant)].name
            for run in killedByJob[index] ?? [] {
                rows.append(JobRun(jobID: job.jobID, tenant: tenant, pool: poolName(Int(run.pool)), gpus: Int(job.gpus),
                                   submitMs: job.submitMs, startMs: run.startMs, endMs: run.endMs, status: .killedRequeued))
            }
            let started = job.status == .running || job.status == .completed
            let ended = job.status == .completed || job.status == .abandoned
            rows.append(JobRun(jobID: job.jobID, tenant: tenant, pool: started ? poolName(Int(job.pool)) : "", gpus: Int(job.gpus),
                               submitMs: job.submitMs, startMs: started ? job.startMs : -1, endMs: ended ? job.endMs : -1,
                               status: job.status))
        }
        return rows
    }

    /// A pool as reports name it: the model id, with `@tenant` for a dedicated partition.
    func poolName(_ pool: Int) -> String {
        let spec = setup.layout.pools[pool]
        return spec.ownerTenant.map { "\(spec.model.id)@\(setup.tenants[$0].name)" } ?? spec.model.id
    }
}
