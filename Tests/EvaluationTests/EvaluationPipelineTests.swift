import Evaluation
import FactoryModel
import Foundation
import Planning
import TestSupport
import Testing

/// The one pipeline every command runs: what it takes from the options, that its output does
/// not depend on the cores, and that the plan's rounds are simulated exactly as `simulate` runs.
struct EvaluationPipelineTests {
    static let fixtures = Repository.fixtures(of: "EvaluationTests")

    @Test("Without options the scenario's own seed and replications are used")
    func defaultsComeFromTheScenario() throws {
        let scenario = try Self.fixtures.scenario("small")
        let evaluation = try ScenarioEvaluation.run(scenario)
        #expect(evaluation.seed == 42)
        #expect(evaluation.results.count == 2)
        #expect(evaluation.finances.count == 2)
    }

    @Test("The seed and replication options override the scenario's")
    func optionsOverrideTheScenario() throws {
        let scenario = try Self.fixtures.scenario("small")
        let evaluation = try ScenarioEvaluation.run(scenario, options: EvaluationOptions(seed: 7, replications: 3))
        #expect(evaluation.seed == 7)
        #expect(evaluation.results.count == 3)
        // The first two replications are those of a two-replication run with the same seed,
        // and another seed gives other random streams.
        let same = try ScenarioEvaluation.simulate(scenario, options: EvaluationOptions(seed: 7, replications: 2))
        #expect(evaluation.results[0].monthly == same[0].monthly)
        #expect(evaluation.results[1].tenantTotals == same[1].tenantTotals)
        let other = try ScenarioEvaluation.simulate(scenario, options: EvaluationOptions(seed: 8, replications: 1))
        #expect(evaluation.results[0].tenantTotals != other[0].tenantTotals)
    }

    @Test("One core or two give byte-identical output files")
    func filesDoNotDependOnTheCores() throws {
        let scenario = try Self.fixtures.scenario("small")
        let one = OutputFiles.simulation(try ScenarioEvaluation.run(scenario, options: EvaluationOptions(replications: 3, maximumConcurrency: 1)))
        let two = OutputFiles.simulation(try ScenarioEvaluation.run(scenario, options: EvaluationOptions(replications: 3, maximumConcurrency: 2)))
        #expect(one.map(\.name) == ["monthly.csv", "vendors.csv", "tenants.csv", "interruptions.csv", "finance.csv", "funding.csv", "summary.json"])
        #expect(one == two)
    }

    @Test("jobs.csv is among the files exactly when jobs were recorded")
    func jobsFileFollowsTheOption() throws {
        let scenario = try Self.fixtures.scenario("small")
        let without = OutputFiles.simulation(try ScenarioEvaluation.run(scenario, options: EvaluationOptions(replications: 1)))
        let with = OutputFiles.simulation(try ScenarioEvaluation.run(scenario, options: EvaluationOptions(replications: 1, recordJobs: true)))
        #expect(!without.map(\.name).contains("jobs.csv"))
        #expect(with.last?.name == "jobs.csv")
        #expect(with.dropLast() == without[...])
    }

    @Test("The headline's means are the means of the replications' values")
    func headlineMeansAverageTheReplications() throws {
        let evaluation = try ScenarioEvaluation.run(try Self.fixtures.scenario("small"), options: EvaluationOptions(replications: 3))
        let capex = try #require(evaluation.headline.first { $0.name == "capex_total_eur" })
        #expect(capex.values == evaluation.finances.map { $0.funding.schedule.total.euros })
        let utilisation = try #require(evaluation.headline.first { $0.name == "mean_utilisation" })
        #expect(isClose(evaluation.headlineMeans["mean_utilisation"]!, utilisation.values.reduce(0, +) / 3))
    }

    @Test("A plan's simulation is the pipeline's simulation of the planned scenario")
    func planIsSimulatedThroughThePipeline() throws {
        let scenario = try Self.fixtures.scenario("hand-worked")
        let planned = try PlanEvaluation.run(scenario)
        #expect(planned.plan.scenario.buildOut.first?.nodes == ["ideal-gpu": 100])
        let again = try ScenarioEvaluation.run(planned.plan.scenario)
        #expect(planned.evaluation.results.map(\.monthly) == again.results.map(\.monthly))
        #expect(planned.evaluation.finances == again.finances)
        #expect(OutputFiles.plan(planned, scenarioPath: Self.fixtures.path("hand-worked.yaml"), folder: "/tmp/x").map(\.name)
                == ["buildout.csv", "forecast.csv", "rounds.csv", "plan.yaml", "monthly.csv", "vendors.csv", "tenants.csv", "interruptions.csv", "finance.csv", "funding.csv", "summary.json"])
    }
}
