import FactoryModel
import SimulationKernel
import Testing
@testable import FacilitySimulation

/// The facility reduced to an M/M/c queue must agree with queueing theory.
@Suite("The simulator against queueing theory")
struct QueueingTheoryTests {
    static let servers = 16
    static let serviceRate = 1.0            // per hour: mean job 1 h
    static let arrivalRate = 0.8 * 16.0     // per hour: ρ = 0.8

    static func mmcScenario(months: Int = 24) -> Scenario {
        TestFacilities.scenario(
            nodes: servers, tenants: [TestFacilities.poissonTenant(jobsPerHour: arrivalRate, meanHours: 1 / serviceRate)],
            policy: .fcfs, months: months)
    }

    @Test("M/M/16 at ρ = 0.8 under FCFS: the mean wait agrees with Erlang C, utilisation with λ/(cμ)")
    func erlangC() throws {
        let simulator = try FacilitySimulator(scenario: Self.mmcScenario())
        let results = simulator.run(seed: 11, replications: 6)
        let waits = results.map { $0.tenantTotals[0].waitMeanHours }
        let interval = ConfidenceInterval.mean95(of: waits)
        let theory = ErlangC.meanWait(arrivalRate: Self.arrivalRate, serviceRate: Self.serviceRate, servers: Self.servers)
        // The 95 % interval of six independent replications (≈ 210,000 jobs each) must hold the
        // closed form; the tolerance guards against a 1-in-20 miss without hiding a real bias.
        #expect(abs(interval.mean - theory) <= max(interval.halfWidth * 1.5, 0.03 * theory),
                "simulated \(interval.mean) ± \(interval.halfWidth) h, Erlang C \(theory) h")
        for result in results {
            let available = result.monthly.reduce(0) { $0 + $1.availableGPUHours }
            let busy = result.monthly.reduce(0) { $0 + $1.busyGPUHours }
            #expect(abs(busy / available - 0.8) < 0.01)
        }
    }

    @Test("Little's law holds on the simulated queue: mean queue length = arrival rate × mean wait")
    func littlesLaw() throws {
        let result = try FacilitySimulator(scenario: Self.mmcScenario(months: 12)).runReplication(seed: 3, recordJobs: true)
        let runs = try #require(result.jobRuns)
        let horizonHours = result.monthly.reduce(0) { $0 + Double($1.month.dayCount) * 24 }
        let queueLength = result.monthly.reduce(0) { $0 + $1.queueLengthMean * Double($1.month.dayCount) * 24 } / horizonHours
        // Every job's time in the queue, cut at the horizon end: the sample-path identity
        // L = λW holds exactly when W counts waiting time inside the horizon.
        let endMs = Int64(horizonHours * 3_600_000)
        let waitedHours = runs.reduce(0.0) { sum, run in
            let left = run.startMs >= 0 ? run.startMs : endMs
            return sum + Double(left - run.submitMs) / 3_600_000
        }
        let arrivals = Double(runs.count)
        let lambda = arrivals / horizonHours
        let meanWait = waitedHours / arrivals
        #expect(abs(queueLength - lambda * meanWait) <= 1e-6 * max(1, queueLength), "L \(queueLength), λW \(lambda * meanWait)")
        #expect(abs(lambda - Self.arrivalRate) / Self.arrivalRate < 0.02)
    }
}
