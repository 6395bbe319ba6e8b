import FacilitySimulation
import FactoryModel
import Finance
import Foundation
import Reporting

/// One scenario evaluated: simulated replication by replication, each replication priced,
/// and the headline figures over all of them. The one pipeline behind `simulate`, `check`,
/// sweeps, sensitivity, the plan's simulation rounds and `bench`.
public struct ScenarioEvaluation: Sendable {
    /// The scenario evaluated.
    public let scenario: Scenario
    /// The seed of the first replication.
    public let seed: UInt64
    /// The replications, in order; each draws from its own random streams, derived from `seed`
    /// and its number, so that replication i is the same whatever the count or the cores.
    public let results: [ReplicationResult]
    /// The finance of each replication, in the same order.
    public let finances: [FinanceResult]
    /// Wall time of the simulation alone, seconds (not part of any output file).
    public let simulationSeconds: Double

    /// Simulates and prices `scenario`.
    /// - Throws: `EvaluationError` when the scenario cannot be simulated (an unreadable
    ///   trace, a tenant whose jobs fit no pool).
    public static func run(_ scenario: Scenario, options: EvaluationOptions = EvaluationOptions()) throws(EvaluationError) -> ScenarioEvaluation {
        let clock = ContinuousClock()
        let began = clock.now
        let results = try simulate(scenario, options: options)
        let elapsed = clock.now - began
        return ScenarioEvaluation(
            scenario: scenario, seed: options.seed(for: scenario), results: results,
            finances: results.map { FinanceModel.evaluate(scenario: scenario, result: $0) },
            simulationSeconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    }

    /// The replications of `scenario`, unpriced: the simulation step of the pipeline, which
    /// the planner calls in each round.
    /// - Throws: `EvaluationError` when the scenario cannot be simulated.
    public static func simulate(_ scenario: Scenario, options: EvaluationOptions = EvaluationOptions()) throws(EvaluationError) -> [ReplicationResult] {
        let simulator: FacilitySimulator
        do { simulator = try FacilitySimulator(scenario: scenario) } catch {
            throw EvaluationError(message: "\(error)")
        }
        return simulator.run(
            seed: options.seed(for: scenario), replications: options.replications(for: scenario),
            recordJobs: options.recordJobs, maximumConcurrency: options.maximumConcurrency)
    }

    /// The headline figures over the replications, each with its values, mean and 95 %
    /// interval, in `summary.json`'s order.
    public var headline: [HeadlineFigure] {
        SimulationSummary.headline(scenario: scenario, results: results, finances: finances)
    }

    /// Each headline figure's mean by name (NaN where undefined): what sweeps and
    /// sensitivity studies tabulate.
    public var headlineMeans: [String: Double] {
        Dictionary(uniqueKeysWithValues: headline.map { ($0.name, $0.mean) })
    }

    /// Events processed over all replications.
    public var eventsProcessed: Int { results.reduce(0) { $0 + $1.eventsProcessed } }
}
