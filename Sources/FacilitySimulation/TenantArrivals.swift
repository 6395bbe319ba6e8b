import SimulationKernel

/// Where each tenant's arrival process stands, by tenant number: its random streams, its
/// place in its trace, and the number its next generated job gets.
struct TenantArrivals: Sendable {
    /// Per tenant: the stream of gaps between arrivals.
    var gapStreams: [RandomStream]
    /// Per tenant: the stream of job sizes and durations.
    var shapeStreams: [RandomStream]
    /// Per tenant: the stream of patience draws, its own so that giving a tenant patience
    /// changes no job's size, duration or arrival time (common random numbers).
    var patienceStreams: [RandomStream]
    /// Per tenant (trace demand): the next trace job to arrive.
    var traceCursor: [Int]
    /// Per tenant: the job number its next generated job gets (job numbers count per tenant, from 1).
    var nextGeneratedJobID: [Int64]

    /// Streams for `tenants` under `seed`, keyed by tenant name, so adding a tenant changes no
    /// other tenant's draws.
    init(tenants: [TenantPlan], seed: UInt64) {
        gapStreams = tenants.map { RandomStream(seed: seed, stream: StreamKey.of("arrivals:\($0.name)")) }
        shapeStreams = tenants.map { RandomStream(seed: seed, stream: StreamKey.of("jobs:\($0.name)")) }
        patienceStreams = tenants.map { RandomStream(seed: seed, stream: StreamKey.of("patience:\($0.name)")) }
        traceCursor = [Int](repeating: 0, count: tenants.count)
        nextGeneratedJobID = [Int64](repeating: 1, count: tenants.count)
    }
}
