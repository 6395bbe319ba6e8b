import FactoryModel
import SimulationKernel
import Testing
@testable import FacilitySimulation

/// Users who give up: the facility reduced to an M/M/c+M queue must agree with Erlang A.
@Suite("Jobs that give up waiting")
struct AbandonmentTests {
    static let servers = 16

    /// Sixteen one-GPU nodes, no failures, Poisson arrivals of one-GPU jobs of mean 1 h,
    /// exponential patience of mean `meanPatienceHours`: M/M/16+M.
    static func scenario(jobsPerHour: Double, meanPatienceHours: Double?, months: Int = 12) -> Scenario {
        var tenant = TestFacilities.poissonTenant(jobsPerHour: jobsPerHour, meanHours: 1)
        tenant.patience = meanPatienceHours.map { .exponential(mean: $0) }
        return TestFacilities.scenario(nodes: servers, tenants: [tenant], policy: .fcfs, months: months)
    }

    /// Share of arrivals that gave up, and mean time in the queue over all arrivals (from
    /// the time-integrated queue length: Little's law on the queue), hours.
    static func measured(_ result: ReplicationResult) -> (abandoned: Double, meanWaitHours: Double) {
        let submitted = Double(result.tenantTotals[0].jobsSubmitted)
        let queueJobHours = result.monthly.reduce(0) { $0 + $1.queueLengthMean * Double($1.month.dayCount) * 24 }
        return (Double(result.tenantTotals[0].jobsAbandoned) / submitted, queueJobHours / submitted)
    }

    @Test(
        "P(abandon) and the mean wait agree with Erlang A at ρ = 0.8, 1.0 and 1.2",
        arguments: [(12.8, 2.0), (16.0, 0.5), (19.2, 2.0)] as [(Double, Double)]
    )
    func erlangA(jobsPerHour: Double, meanPatienceHours: Double) throws {
        let simulator = try FacilitySimulator(scenario: Self.scenario(jobsPerHour: jobsPerHour, meanPatienceHours: meanPatienceHours))
        let results = simulator.run(seed: 5, replications: 6)
        let theory = ErlangA(arrivalRate: jobsPerHour, serviceRate: 1, servers: Self.servers, abandonmentRate: 1 / meanPatienceHours)
        let abandoned = ConfidenceInterval.mean95(of: results.map { Self.measured($0).abandoned })
        let wait = ConfidenceInterval.mean95(of: results.map { Self.measured($0).meanWaitHours })
        // Six replications of ≈ 110,000–170,000 jobs each; the 1.5 × half-width (or 3 %) guards
        // against a 1-in-20 miss without hiding a real bias.
        #expect(abs(abandoned.mean - theory.probabilityOfAbandonment) <= max(1.5 * abandoned.halfWidth, 0.03 * theory.probabilityOfAbandonment),
                "simulated \(abandoned.mean) ± \(abandoned.halfWidth), Erlang A \(theory.probabilityOfAbandonment)")
        #expect(abs(wait.mean - theory.meanWait) <= max(1.5 * wait.halfWidth, 0.03 * theory.meanWait),
                "simulated \(wait.mean) ± \(wait.halfWidth) h, Erlang A \(theory.meanWait) h")
        let busy = results.map { result in
            result.monthly.reduce(0) { $0 + $1.busyGPUHours } / result.monthly.reduce(0) { $0 + $1.availableGPUHours }
        }
        let utilisation = ConfidenceInterval.mean95(of: busy)
        #expect(abs(utilisation.mean - theory.utilisation) <= max(1.5 * utilisation.halfWidth, 0.01))
    }

    @Test("without patience no job gives up, and giving a tenant patience changes no job's size or arrival")
    func commonRandomNumbers() throws {
        let patient = try FacilitySimulator(scenario: Self.scenario(jobsPerHour: 19.2, meanPatienceHours: nil, months: 2)).runReplication(seed: 9, recordJobs: true)
        let impatient = try FacilitySimulator(scenario: Self.scenario(jobsPerHour: 19.2, meanPatienceHours: 0.5, months: 2)).runReplication(seed: 9, recordJobs: true)
        #expect(patient.tenantTotals[0].jobsAbandoned == 0)
        #expect(impatient.tenantTotals[0].jobsAbandoned > 0)
        let arrivals = { (runs: [JobRun]) in runs.filter { $0.status != .killedRequeued }.map { [$0.jobID, $0.submitMs, Int64($0.gpus)] } }
        #expect(arrivals(try #require(patient.jobRuns)) == arrivals(try #require(impatient.jobRuns)))
    }

    @Test("an abandoned job never started, left when its wait reached its patience, and its work is counted once")
    func bookkeeping() throws {
        var simulatorScenario = Self.scenario(jobsPerHour: 19.2, meanPatienceHours: 0.5, months: 2)
        simulatorScenario.tenants[0].patience = .fixed(value: 0.25)
        let simulator = try FacilitySimulator(scenario: simulatorScenario)
        let result = simulator.runCheckingInvariants(seed: 4, recordJobs: true)
        #expect(result.invariantViolations.isEmpty)
        let runs = try #require(result.jobRuns)
        let gaveUp = runs.filter { $0.status == .abandoned }
        #expect(gaveUp.count == result.tenantTotals[0].jobsAbandoned && !gaveUp.isEmpty)
        for run in gaveUp {
            #expect(run.startMs == -1 && run.pool.isEmpty)
            #expect(run.endMs - run.submitMs == 900_000)
        }
        // Nobody who started waited longer than the patience.
        for run in runs where run.startMs >= 0 { #expect(run.startMs - run.submitMs <= 900_000) }
        for month in result.tenantMonthly.map({ $0[0] }) {
            #expect(month.servedReferenceGPUHours <= month.submittedReferenceGPUHours * (1 + 1e-12))
            #expect(abs(month.servedReferenceGPUHours + month.unservedReferenceGPUHours - month.submittedReferenceGPUHours) <= 1e-9 * max(1, month.submittedReferenceGPUHours))
        }
        let totals = result.tenantTotals[0]
        #expect(totals.servedShare > 0 && totals.servedShare <= 1)
    }
}
