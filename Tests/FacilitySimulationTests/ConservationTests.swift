import FactoryModel
import Testing
@testable import FacilitySimulation

@Suite("Conservation laws and bookkeeping")
struct ConservationTests {
    /// Eight-GPU nodes that fail often, jobs of mixed sizes (multi-node too), checkpoints,
    /// a grid that cannot feed every node and a monthly PUE that moves it: every path through
    /// the state machine is exercised.
    static func busyFacility(policy: SchedulingPolicy) -> Scenario {
        let model = TestFacilities.model(gpusPerNode: 8, annualFailureRate: 2.0, repairHours: 12)
        let tenants = [
            TestFacilities.poissonTenant(name: "small", jobsPerHour: 4, meanHours: 3, gpus: .choice(values: [1, 2, 4, 8], weights: [4, 3, 2, 1]), quota: 0.5, checkpointHours: 1),
            TestFacilities.poissonTenant(name: "large", jobsPerHour: 0.3, meanHours: 6, gpus: .choice(values: [16, 32], weights: [1, 1]), quota: 0.5),
        ]
        var scenario = TestFacilities.scenario(nodes: 12, model: model, tenants: tenants, policy: policy, months: 2, gridMW: 0.055, pue: 1.1)
        scenario.site.cooling.monthlyPUE = [1.3, 1.0, 1.2, 1.1, 1.1, 1.1, 1.1, 1.1, 1.1, 1.1, 1.1, 1.1]
        return scenario
    }

    @Test("Bookkeeping stays consistent after every scheduling pass", arguments: SchedulingPolicy.allCases)
    func invariantsHold(_ policy: SchedulingPolicy) throws {
        let result = try FacilitySimulator(scenario: Self.busyFacility(policy: policy)).runCheckingInvariants(seed: 5)
        #expect(result.invariantViolations.isEmpty, "\(result.invariantViolations.prefix(3))")
        #expect(result.monthly.reduce(0) { $0 + $1.jobsFailed } > 0, "the scenario must exercise failures")
        #expect(result.monthly.contains { $0.strandedGPUs > 0 }, "the scenario must strand GPUs")
    }

    @Test("Every GPU-hour is busy, idle or down; every job is completed, waiting, running or rejected")
    func gpuHoursAndJobsAreConserved() throws {
        let result = try FacilitySimulator(scenario: Self.busyFacility(policy: .easy)).runReplication(seed: 9, recordJobs: true)
        for month in result.monthly {
            #expect(abs(month.busyGPUHours + month.idleGPUHours + month.downGPUHours - month.availableGPUHours) < 1e-6 * max(1, month.availableGPUHours))
            #expect(month.busyGPUHours <= month.availableGPUHours + 1e-6)
        }
        let delivered = result.tenantTotals.reduce(0) { $0 + $1.deliveredGPUHours }
        let busy = result.monthly.reduce(0) { $0 + $1.busyGPUHours }
        #expect(abs(delivered - busy) < 1e-6 * busy)
        let runs = try #require(result.jobRuns)
        let finalRuns = runs.filter { $0.status != .killedRequeued }
        let submitted = result.monthly.reduce(0) { $0 + $1.jobsSubmitted }
        #expect(finalRuns.count == submitted)
        let completed = finalRuns.filter { $0.status == .completed }.count
        #expect(completed == result.monthly.reduce(0) { $0 + $1.jobsCompleted })
        #expect(runs.filter { $0.status == .killedRequeued }.count == result.monthly.reduce(0) { $0 + $1.jobsFailed })
    }

    @Test("GPUs by vendor add up to the facility's installed and powered GPUs every month, stranded ones included")
    func vendorSplitAddsUp() throws {
        // Two vendors on a grid that cannot feed every node: 12 NVIDIA and 6 AMD eight-GPU nodes.
        let nvidia = TestFacilities.model(gpusPerNode: 8, annualFailureRate: 2.0, repairHours: 12)
        let amd = TestFacilities.model(gpusPerNode: 8, id: "amd-node", vendor: .amd)
        let tenant = TestFacilities.poissonTenant(jobsPerHour: 4, meanHours: 3, gpus: .choice(values: [1, 8, 16], weights: [3, 2, 1]))
        let scenario = TestFacilities.scenario(nodes: 12, model: nvidia, tenants: [tenant], policy: .easy, months: 2, gridMW: 0.055,
                                               pue: 1.1, extraModels: [amd], extraBuild: ["amd-node": 6])
        let result = try FacilitySimulator(scenario: scenario).runReplication(seed: 3)
        for month in result.monthly {
            #expect(month.vendorGPUs.map(\.vendor) == [.nvidia, .amd])
            #expect(month.vendorGPUs.reduce(0) { $0 + $1.installed } == month.installedGPUs)
            #expect(month.vendorGPUs.reduce(0) { $0 + $1.powered } == month.poweredGPUs)
            #expect(month.vendorGPUs.map(\.installed) == [96, 48])
            #expect(zip(month.vendorGPUs.map(\.powered), [96, 48]).allSatisfy { $0 <= $1 })
        }
        #expect(result.monthly.contains { $0.strandedGPUs > 0 }, "the grid must strand some GPUs")
    }

    @Test("Work lost to a failure is at most one checkpoint interval per killed run")
    func checkpointBoundsLoss() throws {
        let model = TestFacilities.model(gpusPerNode: 1, annualFailureRate: 50, repairHours: 1)
        let tenant = TestFacilities.poissonTenant(jobsPerHour: 2, meanHours: 5, checkpointHours: 0.5)
        let result = try FacilitySimulator(scenario: TestFacilities.scenario(nodes: 16, model: model, tenants: [tenant], policy: .easy, months: 2)).runReplication(seed: 2)
        let failed = result.monthly.reduce(0) { $0 + $1.jobsFailed }
        let lost = result.monthly.reduce(0) { $0 + $1.lostGPUHours }
        #expect(failed > 20)
        #expect(lost > 0 && lost <= Double(failed) * 0.5 + 1e-9)
    }

    @Test("The grid feeds only the nodes whose peak draw fits: grid ÷ PUE, node by node")
    func strandedGPUs() throws {
        // 10 one-GPU nodes of 1 kW peak, PUE 1.25, a 6 kW connection: 4.8 kW of IT, so 4 nodes.
        let scenario = TestFacilities.scenario(nodes: 10, tenants: [TestFacilities.poissonTenant(jobsPerHour: 20, meanHours: 1)], policy: .fcfs, months: 1, gridMW: 0.006, pue: 1.25)
        let month = try FacilitySimulator(scenario: scenario).runReplication(seed: 1).monthly[0]
        #expect(month.poweredGPUs == 4)
        #expect(month.strandedGPUs == 6)
        #expect(month.peakFacilityMW <= 0.006 + 1e-12)
        #expect(abs(month.availableGPUHours - 4 * 31 * 24) < 1e-6)
    }

    @Test("No other tenant's job ever runs on a dedicated node")
    func dedicatedIsolation() throws {
        let government = TestFacilities.poissonTenant(name: "government", jobsPerHour: 1, meanHours: 2, quota: 0.2, dedicated: DedicatedPartition(nodes: ["ideal": 3]))
        let others = TestFacilities.poissonTenant(name: "others", jobsPerHour: 6, meanHours: 1, quota: 0.8)
        let result = try FacilitySimulator(scenario: TestFacilities.scenario(nodes: 8, tenants: [government, others], policy: .easy, months: 2)).runReplication(seed: 4, recordJobs: true)
        let runs = try #require(result.jobRuns)
        #expect(runs.contains { $0.pool == "ideal@government" })
        #expect(!runs.contains { $0.tenant == "others" && $0.pool.contains("@") })
        #expect(!runs.contains { $0.tenant == "government" && $0.pool == "ideal" }, "no overflow unless allowed")
    }
}
