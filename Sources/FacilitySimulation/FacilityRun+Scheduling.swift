import FactoryModel

/// EASY's reservation for the job at the head of the queue.
struct Reservation {
    /// The pool the head will start in.
    var pool: Int
    /// When enough GPUs will be free there if running jobs end at their requested times (ms).
    var shadowMs: Int64
    /// GPUs free at the shadow time beyond what the head needs.
    var extraGPUs: Int
}

extension FacilityRun {
    /// One scheduling pass over the queue, after all events at the current time.
    ///
    /// Queue order: tenant priority (higher first), then requeued jobs first, then submit time,
    /// then job number. With `fairshare`, within a priority class tenants go in order of their
    /// decayed usage ÷ quota share (lowest first, ties by scenario order), each with its jobs in
    /// queue order.
    ///
    /// - `fcfs` starts jobs in queue order and stops at the first that does not fit.
    /// - `easy` and `fairshare` start jobs from the head while they fit; the first that does not
    ///   gets a reservation (see `reservation(for:)`); every later job starts if it fits now and
    ///   either is in another pool, or ends by its requested wall time no later than the shadow
    ///   time, or needs no more than the extra GPUs (which it then uses up). The shadow time is
    ///   not recomputed within a pass.
    mutating func schedulingPass() {
        var freeGPUs = 0
        for pool in buckets.indices { freeGPUs += buckets[pool].freeGPUs }
        guard freeGPUs > 0 else { return }
        let tenantCount = queues.count
        var cursor = [Int](repeating: 0, count: tenantCount)
        var order = Array(0..<tenantCount)
        if policy == .fairshare {
            let ratio = (0..<tenantCount).map { setup.tenants[$0].quotaShare > 0 ? decayedUsage[$0] / setup.tenants[$0].quotaShare : .infinity }
            order.sort { (-setup.tenants[$0].priority, ratio[$0], $0) < (-setup.tenants[$1].priority, ratio[$1], $1) }
        }
        var reservation: Reservation?
        var headBlocked = false
        var anyStarted = false
        while freeGPUs > 0, let (tenant, job) = nextInOrder(cursor: &cursor, order: order) {
            let gpus = Int(jobs[job].gpus)
            let candidates = setup.tenants[tenant].candidatePools
            if !headBlocked {
                if let pool = candidates.first(where: { fitsNow(pool: Int($0), gpus: gpus) }) {
                    start(job: job, pool: Int(pool))
                    freeGPUs -= Int(jobs[job].footprint)
                    anyStarted = true
                    startedThisPass[tenant] = true
                    continue
                }
                if policy == .fcfs { break }
                headBlocked = true
                reservation = self.reservation(for: job)
                continue
            }
            for pool32 in candidates {
                let pool = Int(pool32)
                guard fitsNow(pool: pool, gpus: gpus) else { continue }
                if var held = reservation, held.pool == pool {
                    let speed = setup.tenants[tenant].speedOnPool[pool]
                    let requestedMs = Int64((Double(jobs[job].requestedReferenceMs) / speed).rounded(.up))
                    let footprint = setup.layout.pools[pool].footprint(gpus: gpus)
                    if now + requestedMs <= held.shadowMs {
                        // Ends before the head needs the GPUs.
                    } else if footprint <= held.extraGPUs {
                        held.extraGPUs -= footprint
                        reservation = held
                    } else {
                        continue
                    }
                }
                start(job: job, pool: pool)
                freeGPUs -= Int(jobs[job].footprint)
                anyStarted = true
                startedThisPass[tenant] = true
                break
            }
        }
        if anyStarted {
            // A local reference to the job table: reading `self.jobs` inside the closure while
            // `self.queues` is being mutated would copy the whole table on every pass.
            let table = jobs
            for tenant in 0..<tenantCount where startedThisPass[tenant] {
                queues[tenant].removeAll { table[Int($0)].status != .queued }
                startedThisPass[tenant] = false
            }
        }
    }

    /// The next queued job in pass order, advancing that tenant's cursor.
    private func nextInOrder(cursor: inout [Int], order: [Int]) -> (tenant: Int, job: Int)? {
        if policy == .fairshare {
            // Tenants in fair-share order within each priority class.
            for tenant in order where cursor[tenant] < queues[tenant].count {
                let job = Int(queues[tenant][cursor[tenant]])
                cursor[tenant] += 1
                return (tenant, job)
            }
            return nil
        }
        var best: (tenant: Int, job: Int)?
        for tenant in 0..<queues.count where cursor[tenant] < queues[tenant].count {
            let job = Int(queues[tenant][cursor[tenant]])
            if let current = best {
                if queueKey(job) < queueKey(current.job) { best = (tenant, job) }
            } else {
                best = (tenant, job)
            }
        }
        if let best { cursor[best.tenant] += 1 }
        return best
    }

    private func queueKey(_ job: Int) -> (Int, Int, Int64, Int) {
        let record = jobs[job]
        return (-setup.tenants[Int(record.tenant)].priority, record.requeued ? 0 : 1, record.submitMs, job)
    }

    /// EASY's reservation for a blocked head job: for each pool it may use, walk the running
    /// jobs in order of requested end (ties by job number), adding the GPUs each frees, until
    /// the head's GPUs are free; that time is the pool's shadow time. The pool with the
    /// earliest shadow time holds the reservation (ties: placement order). The extra GPUs are
    /// those free at the shadow time (every job ending by then counted) minus the head's need.
    ///
    /// GPUs are counted, not placed: with multi-GPU nodes the head may still not fit at the
    /// shadow time when free GPUs are scattered over nodes. No reservation (nil) when no pool
    /// could hold the head even with all its running jobs ended; later jobs then backfill freely.
    func reservation(for job: Int) -> Reservation? {
        let gpus = Int(jobs[job].gpus)
        var best: Reservation?
        for pool32 in setup.tenants[Int(jobs[job].tenant)].candidatePools {
            let pool = Int(pool32)
            let need = setup.layout.pools[pool].footprint(gpus: gpus)
            var free = buckets[pool].freeGPUs
            var shadow: Int64?
            if free >= need { shadow = now }
            let entries = running[pool].entries
            var index = 0
            while shadow == nil && index < entries.count {
                free += Int(entries[index].footprint)
                if free >= need { shadow = entries[index].requestedEndMs }
                index += 1
            }
            guard let shadowMs = shadow else { continue }
            while index < entries.count && entries[index].requestedEndMs <= shadowMs {
                free += Int(entries[index].footprint)
                index += 1
            }
            if best == nil || shadowMs < best!.shadowMs {
                best = Reservation(pool: pool, shadowMs: shadowMs, extraGPUs: free - need)
            }
        }
        return best
    }
}
