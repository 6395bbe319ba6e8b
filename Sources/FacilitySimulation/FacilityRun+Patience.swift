import SimulationKernel

extension FacilityRun {
    /// Schedules the moment a job just queued gives up: `hours` after its submission (capped
    /// at a million hours, and at least one millisecond, so a job that can start at once
    /// always does). Nothing is scheduled past the horizon's end: the job could not leave
    /// within it anyway.
    func schedulePatienceEnd(job: JobIndex, hours: Double) {
        let patienceMs = max(1, SimTime.hours(min(max(0, hours), 1_000_000)).milliseconds)
        let deadlineMs = jobs[job].submitMs + patienceMs
        guard deadlineMs < setup.calendar.endMs else { return }
        simulation.schedule(.patienceEnds(job: job), at: SimTime(milliseconds: deadlineMs),
                            priority: EventPriority.endsFailuresRepairs, tieBreak: EventPriority.patienceEnd(job: job))
    }

    /// Job `job` has waited as long as it accepts without ever starting: it leaves the queue,
    /// and its work counts as abandoned in the month it leaves. Jobs requeued after a failure
    /// have started once and do not give up.
    func abandon(job: JobIndex) {
        let tenant = Int(jobs[job].tenant)
        jobs[job].status = .abandoned
        jobs[job].endMs = nowMs
        let table = jobs.records
        queues[tenant].noteAbandoned { table[$0].status == .queued }
        simulation.levels[rates.queuedJobs] -= 1
        let cell = month * setup.tenants.count + tenant
        ledger.tenantJobsAbandoned[cell] += 1
        ledger.tenantAbandonedReferenceGPUHours[cell] += jobs.workReferenceGPUHours(job)
    }
}
