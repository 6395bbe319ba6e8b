import FactoryModel
import Foundation
import TestSupport
import Testing
import Workloads
@testable import FacilitySimulation

/// Issue 21, items 7 and 11: numbers from traces and scenarios that reached a narrower integer
/// and trapped. Each conversion is now either guaranteed by the reader's ranges or checked
/// before it is made; these tests drive every one of them to the end of what the readers allow.
@Suite("Every number from a trace or scenario converts without a trap")
struct ConversionSafetyTests {
    /// A trace tenant of `jobs`, as the trace reader would give them.
    static func traceTenant(_ jobs: [TraceJob], gpusPerProcessor: Int = 1) -> Tenant {
        Tenant(name: "trace", quotaShare: 1, demand: Demand(pattern: .trace(path: "edge.swf", gpusPerProcessor: gpusPerProcessor)), jobMix: nil,
               trace: WorkloadTrace(jobs: jobs, sourcePath: "edge.swf"))
    }

    @Test("Trace jobs at the reader's limits (10¹⁰ s, 10⁸ processors, job number 10¹²) on the slowest pool the format allows simulate")
    func traceJobsAtTheReadersLimits() throws {
        // 10¹⁰ seconds is 10¹³ ms; at speed 0.01 × 0.01 a run lasts 10¹⁷ ms, still within 64 bits.
        let longest: Int64 = 10_000_000_000 * 1_000
        let jobs = [
            TraceJob(jobNumber: 1, submitMilliseconds: 0, runMilliseconds: longest, requestedMilliseconds: longest, processors: 1),
            TraceJob(jobNumber: 1_000_000_000_000, submitMilliseconds: 60_000, runMilliseconds: 1, requestedMilliseconds: longest, processors: 100_000_000),
        ]
        var tenant = Self.traceTenant(jobs)
        tenant.softwareEfficiency = [.nvidia: 0.01]
        var model = TestFacilities.model(gpusPerNode: 8)
        model.relativeThroughput = 0.01
        let scenario = TestFacilities.scenario(nodes: 2, model: model, tenants: [tenant], policy: .easy, months: 2)
        let result = try FacilitySimulator(scenario: scenario).runCheckingInvariants(seed: 1, recordJobs: true)
        #expect(result.invariantViolations == [])
        let runs = try #require(result.jobRuns)
        #expect(runs.map(\.jobID) == [1, 1_000_000_000_000])
        // The 800-million-GPU job cannot fit two 8-GPU nodes: rejected, with its real size kept.
        #expect(runs.last?.status == .rejected && runs.last?.gpus == 100_000_000)
    }

    @Test("A trace job whose GPUs exceed 32 bits is refused by the simulator with a message, not a trap")
    func oversizedTraceJobIsRefused() throws {
        let jobs = [TraceJob(jobNumber: 7, submitMilliseconds: 0, runMilliseconds: 1_000, requestedMilliseconds: 1_000, processors: 100_000_000)]
        let scenario = TestFacilities.scenario(nodes: 2, tenants: [Self.traceTenant(jobs, gpusPerProcessor: 1_024)], policy: .easy, months: 1)
        #expect(throws: SimulationSetupError.self) { try FacilitySimulator(scenario: scenario) }
        do {
            _ = try FacilitySimulator(scenario: scenario)
        } catch {
            #expect(error.description == "tenant \"trace\": trace job 7 asks for 100000000 processors at 1024 GPUs each, more than the 2147483647 GPUs a job can have")
        }
    }

    @Test("A failure rate of 1e-8 per GPU-year draws gaps beyond 64-bit milliseconds and schedules none of them")
    func rareFailuresNeverTrap() throws {
        let model = TestFacilities.model(gpusPerNode: 1, annualFailureRate: 1e-8, repairHours: 4)
        let tenant = TestFacilities.poissonTenant(jobsPerHour: 0.01, meanHours: 1)
        let scenario = TestFacilities.scenario(nodes: 100, model: model, tenants: [tenant], policy: .easy, months: 360)
        let result = try FacilitySimulator(scenario: scenario).runReplication(seed: 1)
        #expect(result.monthly.allSatisfy { $0.downGPUHours == 0 })
        #expect(result.monthly.count == 360)
    }

    @Test("A failure gap within the horizon is still scheduled: the rare-gap guard changes nothing else")
    func commonFailuresStillHappen() throws {
        let model = TestFacilities.model(gpusPerNode: 8, annualFailureRate: 1, repairHours: 4)
        let scenario = TestFacilities.scenario(nodes: 10, model: model, tenants: [TestFacilities.poissonTenant(jobsPerHour: 0.1, meanHours: 1)], policy: .easy, months: 12)
        let result = try FacilitySimulator(scenario: scenario).runReplication(seed: 1)
        // 80 GPUs failing once a year each for a year, 4 hours down per failure of an 8-GPU node.
        let down = result.monthly.reduce(0) { $0 + $1.downGPUHours }
        #expect(down > 0.5 * 80 * 4 * 8 && down < 1.5 * 80 * 4 * 8, "\(down) GPU-hours down")
    }

    @Test("The node lists of multi-node runs are compacted: a million dead entries at most, offsets within 32 bits")
    func multiNodeListsStayBounded() throws {
        // 100 one-GPU nodes; jobs of all 100 GPUs for 36 seconds, 50 an hour: about 37,000
        // starts of 100 nodes each, 3.7 million entries, that the list used to keep to the end.
        let tenant = Tenant(name: "wide", quotaShare: 1, demand: Demand(pattern: .poisson(jobsPerHour: 50)),
                            jobMix: JobMix(gpusPerJob: .fixed(value: 100), hoursPerJob: .fixed(value: 0.01), walltimeFactor: 1))
        let scenario = TestFacilities.scenario(nodes: 100, tenants: [tenant], policy: .easy, months: 1)
        let run = FacilityRun(setup: try SimulationSetup(scenario: scenario), seed: 5, recordJobs: false)
        let result = run.run()
        #expect(run.invariantViolations() == [])
        let started = result.monthly[0].jobsStarted
        #expect(started > 30_000, "\(started) jobs started")
        #expect(run.jobs.allocationEntries <= (1 << 20) + 100, "\(run.jobs.allocationEntries) entries kept")
        #expect(run.jobs.liveAllocationEntries <= 100)
    }

    @Test("Compacting the node lists mid-run keeps every job on the nodes its list names, and changes no result")
    func compactionKeepsNodeLists() throws {
        // Jobs of 3 to 5 nodes on 12, several at once, with failures; compacting after every
        // 64 dead entries (instead of a million) and checking the invariants after each pass:
        // about 7,400 jobs at 40 % load, some 450 compactions.
        let model = TestFacilities.model(gpusPerNode: 1, annualFailureRate: 20, repairHours: 2)
        let tenant = Tenant(name: "mixed", quotaShare: 1, demand: Demand(pattern: .poisson(jobsPerHour: 10)),
                            jobMix: JobMix(gpusPerJob: .choice(values: [3, 4, 5], weights: [1, 1, 1]), hoursPerJob: .exponential(mean: 0.1), walltimeFactor: 1.5))
        let setup = try SimulationSetup(scenario: TestFacilities.scenario(nodes: 12, model: model, tenants: [tenant], policy: .easy, months: 1))
        let compacting = FacilityRun(setup: setup, seed: 9, recordJobs: true)
        compacting.jobs.compactionFloor = 64
        compacting.checksInvariants = true
        let compacted = compacting.run()
        #expect(compacted.invariantViolations == [])
        #expect(compacted.monthly.reduce(0) { $0 + $1.jobsStarted } * 4 > 50 * 64, "too few starts to compact often")
        #expect(compacted.monthly.reduce(0) { $0 + $1.jobsFailed } > 0)
        let plain = FacilityRun(setup: setup, seed: 9, recordJobs: true).run()
        #expect(compacted.monthly == plain.monthly)
        #expect(compacted.jobRuns == plain.jobRuns)
    }

    @Test("Generated jobs at the scenario format's extremes convert safely: a million hours at speed 10⁻⁴, 10⁸ GPUs, wall time ×100")
    func generatedJobsAtTheFormatsLimits() throws {
        var model = TestFacilities.model(gpusPerNode: 8)
        model.relativeThroughput = 0.01
        let tenant = Tenant(name: "huge", quotaShare: 1, softwareEfficiency: [.nvidia: 0.01],
                            demand: Demand(pattern: .poisson(jobsPerHour: 0.05)),
                            jobMix: JobMix(gpusPerJob: .choice(values: [1, 102_400_000], weights: [1, 1]),
                                           hoursPerJob: .lognormal(median: 1_000_000, sigma: 5), walltimeFactor: 100))
        let scenario = TestFacilities.scenario(nodes: 2, model: model, tenants: [tenant], policy: .fairshare, months: 3)
        let result = try FacilitySimulator(scenario: scenario).runCheckingInvariants(seed: 3, recordJobs: true)
        #expect(result.invariantViolations == [])
        #expect(try #require(result.jobRuns).contains { $0.gpus == 102_400_000 && $0.status == .rejected })
    }
}

/// The mean of a GPU count rounded up, which sized the arrival rate: a uniform maximum of 10¹⁶
/// or more never ended (k + 1 = k in floating point), and a lognormal sigma of 3 took seconds.
@Suite("The mean of a rounded-up count takes at most 100,000 terms")
struct RoundedCountTailTests {
    /// The sum term by term, as it was before the closed-form tails, up to `limit` terms.
    static func termByTerm(_ distribution: Distribution, limit: Double) -> Double {
        var sum = 1.0
        var k = 1.0
        switch distribution {
        case .uniform(let low, let high):
            while k < high {
                sum += min(1, (high - max(k, low)) / (high - low))
                k += 1
            }
        case .lognormal(let median, let sigma):
            while k <= limit {
                let survival = 0.5 * erfc((log(k) - log(median)) / (sigma * 2.0.squareRoot()))
                sum += survival
                if survival < 1e-12 && k > median { break }
                k += 1
            }
        default: break
        }
        return sum
    }

    @Test("A uniform beyond 100,000 GPUs gets its arithmetic series in closed form, equal to the sum term by term",
          arguments: [(1.0, 3_000_000.0), (0.5, 2_500_000.5), (1_200_000.0, 1_800_000.25), (10.0, 100_001.0), (99_999.5, 100_000.5)])
    func uniformTail(_ bounds: (Double, Double)) {
        let distribution = Distribution.uniform(min: bounds.0, max: bounds.1)
        #expect(isClose(distribution.meanOfRoundedUpCount, Self.termByTerm(distribution, limit: .infinity), relative: 1e-9))
    }

    @Test("A lognormal's tail beyond 100,000 terms is its survival integral, equal to a longer sum term by term")
    func lognormalTail() {
        // The sum term by term stops at about e^(7.1 σ) ≈ 1.5 million terms, where a term falls
        // below 1e-12, and so leaves out a tail of about 4e-7 that the integral keeps.
        let distribution = Distribution.lognormal(median: 1, sigma: 2)
        #expect(isClose(distribution.meanOfRoundedUpCount, Self.termByTerm(distribution, limit: 1e8), relative: 1e-6))
    }

    @Test("The largest parameters the format allows take a bounded number of terms")
    func largestParametersAreQuick() {
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            #expect(Distribution.uniform(min: 1, max: 102_400_000).meanOfRoundedUpCount > 5e7)
            #expect(Distribution.lognormal(median: 102_400_000, sigma: 5).meanOfRoundedUpCount > 1e8)
            #expect(Distribution.lognormal(median: 64, sigma: 3).meanOfRoundedUpCount > 5_000)
        }
        #expect(elapsed < .seconds(5), "\(elapsed)")
    }
}
