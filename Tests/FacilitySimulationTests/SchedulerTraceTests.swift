import FactoryModel
import Testing
@testable import FacilitySimulation

/// A dozen traced jobs on 5 one-GPU nodes, where FCFS and EASY backfilling differ. Every start
/// and end below was worked out by hand from the rules (see the fixture's comments and
/// the notes on each case).
@Suite("A hand-worked trace under FCFS and EASY")
struct SchedulerTraceTests {
    /// (job, start s, end s).
    typealias Expected = [(Int64, Int, Int)]

    // FCFS: job 3 (4 GPUs) blocks the queue until job 1 ends at 100; job 4 (2 GPUs) then
    // blocks until job 3 ends at 200; job 8 blocks 9–11 until 300; after 8 ends at 310,
    // 9, 10 and 11 start and 12 (2 GPUs) waits for 10 to end at 315.
    static let fcfs: Expected = [
        (1, 0, 100), (2, 0, 50), (3, 100, 200), (4, 200, 230), (5, 200, 400), (6, 200, 210),
        (7, 250, 300), (8, 300, 310), (9, 310, 410), (10, 310, 315), (11, 310, 320), (12, 315, 320),
    ]

    // EASY: at 20 job 3's shadow time is 100 with 1 extra GPU, so job 5 (1 GPU, ends at 220)
    // starts on the extra GPU; at 50 job 4 ends by 80 ≤ 100 and backfills; at 80 job 6's
    // requested end 100 ≤ 100 lets it backfill. At 260 job 8's shadow is 310 with 1 extra:
    // job 9 takes the extra GPU at 270, jobs 10 and 11 end by 310 and backfill.
    static let easy: Expected = [
        (1, 0, 100), (2, 0, 50), (3, 100, 200), (4, 50, 80), (5, 20, 220), (6, 80, 90),
        (7, 250, 300), (8, 300, 310), (9, 270, 370), (10, 280, 285), (11, 290, 300), (12, 310, 315),
    ]

    static func runs(policy: SchedulingPolicy) throws -> [JobRun] {
        let scenario = TestFacilities.scenario(nodes: 5, tenants: [try TestFacilities.traceTenant(file: "easy-vs-fcfs.swf")], policy: policy, months: 1)
        let result = try FacilitySimulator(scenario: scenario).runReplication(seed: 1, recordJobs: true)
        return try #require(result.jobRuns)
    }

    @Test("Each job starts and ends where the hand-worked schedule says", arguments: [
        (SchedulingPolicy.fcfs, fcfs), (SchedulingPolicy.easy, easy),
    ])
    func scheduleMatchesHandWork(_ policy: SchedulingPolicy, _ expected: Expected) throws {
        let runs = try Self.runs(policy: policy)
        #expect(runs.count == 12)
        for (job, start, end) in expected {
            let run = try #require(runs.first { $0.jobID == job })
            #expect(run.startMs == Int64(start) * 1000, "job \(job) start")
            #expect(run.endMs == Int64(end) * 1000, "job \(job) end")
            #expect(run.status == .completed)
        }
    }

    @Test("Replayed jobs keep the trace's job numbers and sizes")
    func traceIdentity() throws {
        let runs = try Self.runs(policy: .easy)
        #expect(runs.map(\.jobID) == Array(1...12))
        #expect(runs.map(\.gpus) == [2, 2, 4, 2, 1, 1, 3, 4, 1, 1, 1, 2])
    }
}

@Suite("EASY on multi-GPU nodes")
struct ScatteredGPUTests {
    @Test("Shadow times come from placement: free GPUs scattered over nodes do not count as room for the head")
    func scatteredFreeGPUsDoNotBlockBackfilling() throws {
        let scenario = TestFacilities.scenario(nodes: 2, model: TestFacilities.model(gpusPerNode: 8),
                                               tenants: [try TestFacilities.traceTenant(file: "scattered-free-gpus.swf")], policy: .easy, months: 1)
        let runs = try #require(try FacilitySimulator(scenario: scenario).runReplication(seed: 1, recordJobs: true).jobRuns)
        let start = { (job: Int64) in runs.first { $0.jobID == job }?.startMs }
        #expect(start(3) == 36_000_000, "the 4-GPU job waits for a node to empty")
        #expect(start(4) == 20_000, "the 1-GPU job backfills at once")
    }
}

@Suite("Fair share")
struct FairShareTests {
    /// One GPU. Tenant A queues ten 1-hour jobs at 0; tenant B, with the same priority and
    /// quota, submits one job at 0.5 h. EASY serves in submit order, so B starts after all of
    /// A's jobs, at 10 h. Fair share puts B first as soon as A has used the GPU: at 1 h.
    static func startOfLightTenant(policy: SchedulingPolicy) throws -> Int64? {
        let heavy = try TestFacilities.traceTenant(file: "fairshare-heavy.swf", name: "heavy", quotaShare: 0.5)
        let light = try TestFacilities.traceTenant(file: "fairshare-light.swf", name: "light", quotaShare: 0.5)
        let scenario = TestFacilities.scenario(nodes: 1, tenants: [heavy, light], policy: policy, months: 1)
        let runs = try #require(try FacilitySimulator(scenario: scenario).runReplication(seed: 1, recordJobs: true).jobRuns)
        return runs.first { $0.tenant == "light" }?.startMs
    }

    @Test("Within a priority class, fair share serves the tenant furthest below its quota first")
    func lightTenantGoesFirst() throws {
        #expect(try Self.startOfLightTenant(policy: .easy) == 36_000_000)
        #expect(try Self.startOfLightTenant(policy: .fairshare) == 3_600_000)
    }
}
