/// Every tenant's queue of waiting jobs, by tenant number (see ``JobQueue`` for the order).
struct TenantQueues: Sendable {
    /// The queues, one per tenant.
    private(set) var queues: [JobQueue]

    /// Empty queues for `tenants` tenants.
    init(tenants: Int) {
        queues = [JobQueue](repeating: JobQueue(), count: tenants)
    }

    /// The number of tenants.
    var count: Int { queues.count }

    /// Tenant `tenant`'s queue.
    @inline(__always)
    subscript(tenant: Int) -> JobQueue {
        _read { yield queues[tenant] }
        _modify { yield &queues[tenant] }
    }

    /// Puts a requeued job at the head of its tenant's queue, among the other requeued jobs
    /// in (submit time, job index) order.
    mutating func enqueueAtHead(_ job: JobIndex, in jobs: JobTable) {
        let tenant = Int(jobs[job].tenant)
        let key = (jobs[job].submitMs, job)
        queues[tenant].insert(job, skippingWhile: { other in
            jobs[other].requeued && (jobs[other].submitMs, other) < key
        }, isLive: { jobs[$0].status == .queued })
    }
}
