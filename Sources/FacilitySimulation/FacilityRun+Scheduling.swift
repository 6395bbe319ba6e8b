import FactoryModel

extension FacilityRun {
    /// One scheduling pass over the queue, after all events at the current time.
    ///
    /// Queue order: tenant priority (higher first), then jobs requeued after a failure, then
    /// (with `fairshare` only) the tenant's decayed usage ÷ quota share (lower first), then
    /// submit time, then arrival order (ties between tenants by scenario order).
    ///
    /// - `fcfs`: jobs start in queue order; a job that does not fit blocks every pool it could
    ///   use, and later jobs may start only in pools nobody ahead of them is waiting for. With
    ///   one shared pool this is strict first come, first served; with dedicated partitions a
    ///   job waiting for its partition does not stop the rest of the facility.
    /// - `easy` and `fairshare`: EASY backfilling. Jobs start from the head while they fit. The
    ///   first job that does not fit gets a reservation (`reservation(for:)`) in one pool; later
    ///   jobs start if they fit now and either use another pool, or end by their requested wall
    ///   time no later than the shadow time, or need no more than the extra GPUs (which they use
    ///   up). Each pool holds at most one reservation: a later blocked job gets one only in a
    ///   pool not yet reserved. Reservations are not recomputed within a pass. At most
    ///   `scheduler.backfill_depth` jobs are examined after the first reservation (as Slurm's
    ///   `bf_max_job_test` does), so a long queue costs a bounded amount per pass.
    func schedulingPass() {
        var freeGPUs = pools.freeGPUs
        guard freeGPUs > 0, simulation.levels[rates.queuedJobs] > 0 else { return }
        let tenantCount = queues.count
        for tenant in 0..<tenantCount { scratch.cursor[tenant] = queues[tenant].head }
        if policy == .fairshare {
            for tenant in 0..<tenantCount {
                let quota = setup.tenants[tenant].quotaShare
                scratch.usageRatio[tenant] = quota > 0 ? fairShare.decayedUsage[tenant] / quota : .infinity
            }
        }
        for pool in 0..<pools.count {
            scratch.poolBlocked[pool] = false
            scratch.reservationShadowMs[pool] = .max
        }
        var blockedPools = 0
        var examinedAfterReservation = 0
        var anyReservation = false
        var anyStarted = false
        while freeGPUs > 0, let job = nextJobInPassOrder() {
            let tenant = Int(jobs[job].tenant)
            if anyReservation {
                examinedAfterReservation += 1
                if examinedAfterReservation > backfillDepth { break }
            }
            guard let pool = poolToStart(job: job) else {
                if policy == .fcfs {
                    for candidate in setup.tenants[tenant].candidatePools where !scratch.poolBlocked[Int(candidate)] {
                        scratch.poolBlocked[Int(candidate)] = true
                        blockedPools += 1
                    }
                    if blockedPools == pools.count { break }
                } else if let held = reservation(for: job) {
                    scratch.reservationShadowMs[held.pool] = held.shadowMs
                    scratch.reservationExtraGPUs[held.pool] = held.extraGPUs
                    anyReservation = true
                }
                continue
            }
            start(job: job, pool: pool)
            queues[tenant].noteStarted()
            freeGPUs -= Int(jobs[job].footprint)
            anyStarted = true
            scratch.startedThisPass[tenant] = true
        }
        if anyStarted {
            // A local reference to the job table: reading `self.jobs` inside the closure while
            // a queue is being mutated would copy the whole table on every pass.
            let table = jobs.records
            for tenant in 0..<tenantCount where scratch.startedThisPass[tenant] {
                queues[tenant].tidy(examinedUpTo: scratch.cursor[tenant]) { table[$0].status == .queued }
                scratch.startedThisPass[tenant] = false
            }
        }
    }

    /// The first pool, in the tenant's placement order, where `job` may start now under the
    /// pass's blocks and reservations; it uses up reserved extra GPUs when it relies on them.
    private func poolToStart(job: JobIndex) -> Int? {
        let tenant = Int(jobs[job].tenant)
        let gpus = Int(jobs[job].gpus)
        for candidate in setup.tenants[tenant].candidatePools {
            let pool = Int(candidate)
            guard !scratch.poolBlocked[pool], pools.fitsNow(pool: pool, gpus: gpus) else { continue }
            let shadow = scratch.reservationShadowMs[pool]
            if shadow == .max { return pool }
            let speed = setup.tenants[tenant].speedOnPool[pool]
            let requestedMs = Int64((Double(jobs[job].requestedReferenceMs) / speed).rounded(.up))
            if nowMs + requestedMs <= shadow { return pool }
            let footprint = setup.layout.pools[pool].footprint(gpus: gpus)
            if footprint <= scratch.reservationExtraGPUs[pool] {
                scratch.reservationExtraGPUs[pool] -= footprint
                return pool
            }
        }
        return nil
    }

    /// The next queued job in pass order, advancing that tenant's cursor: a merge of the
    /// tenants' queues (each already in order) by the pass's queue key.
    private func nextJobInPassOrder() -> JobIndex? {
        var bestTenant = -1
        var bestJob = JobIndex(rawValue: -1)  // meaningful once bestTenant ≥ 0
        for tenant in 0..<queues.count {
            var cursor = scratch.cursor[tenant]
            let end = queues[tenant].entries.count
            while cursor < end && jobs[queues[tenant].entries[cursor]].status != .queued { cursor += 1 }
            scratch.cursor[tenant] = cursor
            guard cursor < end else { continue }
            let job = queues[tenant].entries[cursor]
            if bestTenant < 0 || comesBefore(job, tenant, bestJob, bestTenant) {
                bestTenant = tenant
                bestJob = job
            }
        }
        guard bestTenant >= 0 else { return nil }
        scratch.cursor[bestTenant] += 1
        return bestJob
    }

    /// Whether job `a` of tenant `tenantA` comes before job `b` of tenant `tenantB` in pass order.
    private func comesBefore(_ a: JobIndex, _ tenantA: Int, _ b: JobIndex, _ tenantB: Int) -> Bool {
        let priorityA = setup.tenants[tenantA].priority, priorityB = setup.tenants[tenantB].priority
        if priorityA != priorityB { return priorityA > priorityB }
        let requeuedA = jobs[a].requeued, requeuedB = jobs[b].requeued
        if requeuedA != requeuedB { return requeuedA }
        if policy == .fairshare, scratch.usageRatio[tenantA] != scratch.usageRatio[tenantB] { return scratch.usageRatio[tenantA] < scratch.usageRatio[tenantB] }
        if jobs[a].submitMs != jobs[b].submitMs { return jobs[a].submitMs < jobs[b].submitMs }
        return a < b
    }
}
