import FactoryModel
import Foundation
import Testing
@testable import FacilitySimulation

@Suite("Determinism and bad input")
struct DeterminismAndInputTests {
    static let scenario = ConservationTests.busyFacility(policy: .fairshare)

    @Test("The same seed gives identical results, run after run")
    func sameSeedSameResult() throws {
        let simulator = try FacilitySimulator(scenario: Self.scenario)
        let first = simulator.runReplication(seed: 42, recordJobs: true)
        let second = simulator.runReplication(seed: 42, recordJobs: true)
        #expect(first.monthly == second.monthly)
        #expect(first.tenantMonthly == second.tenantMonthly)
        #expect(first.jobRuns == second.jobRuns)
        #expect(simulator.runReplication(seed: 43).monthly != first.monthly)
    }

    @Test("Replications give the same results on one core as on all of them")
    func coreCountDoesNotShow() throws {
        let simulator = try FacilitySimulator(scenario: Self.scenario)
        let serial = simulator.run(seed: 8, replications: 4, maximumConcurrency: 1)
        let parallel = simulator.run(seed: 8, replications: 4, maximumConcurrency: 4)
        #expect(serial.map(\.monthly) == parallel.map(\.monthly))
        #expect(serial.map(\.seed) == parallel.map(\.seed))
        #expect(Set(serial.map(\.seed)).count == 4)
    }

    @Test("Adding a tenant, even ahead of the others, does not change another tenant's arrivals")
    func streamsAreIndependent() throws {
        let alone = TestFacilities.scenario(nodes: 64, tenants: [TestFacilities.poissonTenant(name: "a", jobsPerHour: 3, meanHours: 1, quota: 0.5)], policy: .easy, months: 1)
        var joined = alone
        joined.tenants.insert(TestFacilities.poissonTenant(name: "b", jobsPerHour: 5, meanHours: 1, quota: 0.5), at: 0)
        let submitsAlone = try FacilitySimulator(scenario: alone).runReplication(seed: 1, recordJobs: true).jobRuns!.filter { $0.tenant == "a" }.map(\.submitMs)
        let submitsJoined = try FacilitySimulator(scenario: joined).runReplication(seed: 1, recordJobs: true).jobRuns!.filter { $0.tenant == "a" }.map(\.submitMs)
        #expect(submitsAlone == submitsJoined)
    }

    @Test("A trace tenant whose jobs were not loaded with the scenario is refused, by name")
    func unloadedTrace() {
        let path = TestFacilities.fixtures.appendingPathComponent("easy-vs-fcfs.swf").path
        let tenant = Tenant(name: "trace", quotaShare: 1, demand: Demand(pattern: .trace(path: path, gpusPerProcessor: 1)), jobMix: nil)
        let scenario = TestFacilities.scenario(nodes: 5, tenants: [tenant], policy: .easy, months: 1)
        do {
            _ = try FacilitySimulator(scenario: scenario)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("tenant \"trace\""))
            #expect(error.description.contains("was not read when the scenario loaded"), "\(error.description)")
        }
    }

    @Test("A tenant whose jobs can never fit any pool it may use is named")
    func jobsThatNeverFit() {
        let tenant = TestFacilities.poissonTenant(name: "giant", jobsPerHour: 1, meanHours: 1, gpus: .fixed(value: 64))
        let scenario = TestFacilities.scenario(nodes: 8, tenants: [tenant], policy: .easy, months: 1)
        do {
            _ = try FacilitySimulator(scenario: scenario)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("tenant \"giant\": its jobs can never run"), "\(error.description)")
        }
    }
    // Issue 21, item 1: a draw too large for milliseconds, or for a GPU count, used to trap.
    @Test("A job drawn longer than a million hours runs as a million-hour job instead of trapping")
    func hugeJobDurationIsCapped() throws {
        var tenant = TestFacilities.poissonTenant(name: "endless", jobsPerHour: 2, meanHours: 1)
        tenant.jobMix?.hoursPerJob = .fixed(value: 1e300)
        let scenario = TestFacilities.scenario(nodes: 8, tenants: [tenant], policy: .easy, months: 1)
        let result = try FacilitySimulator(scenario: scenario).runReplication(seed: 1, recordJobs: true)
        #expect(result.jobRuns?.isEmpty == false)
    }

    @Test("A job size too large to count is refused as a job that can never run")
    func hugeJobSizeIsRefused() {
        let tenant = TestFacilities.poissonTenant(name: "vast", jobsPerHour: 1, meanHours: 1, gpus: .fixed(value: 1e300))
        let scenario = TestFacilities.scenario(nodes: 8, tenants: [tenant], policy: .easy, months: 1)
        #expect(throws: (any Error).self) { _ = try FacilitySimulator(scenario: scenario) }
    }
}
