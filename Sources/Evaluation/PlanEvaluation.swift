import FacilitySimulation
import FactoryModel
import Finance
import Optimization
import Planning

/// A build-out planned, simulated round by round through the evaluation pipeline, and its
/// final simulation priced.
public struct PlanEvaluation: Sendable {
    /// The scenario as written (its build-out is what the plan replaces).
    public let original: Scenario
    /// The plan: rounds, the planned scenario, the last model and its solution, forecasts.
    public let plan: BuildOutPlan
    /// The planned scenario's last simulation, priced (as `ScenarioEvaluation` prices).
    public let evaluation: ScenarioEvaluation

    /// Plans `scenario`; `report` is called after each round (for progress on a terminal).
    /// - Throws: `PlanningError` when no plan can be made or simulated.
    public static func run(
        _ scenario: Scenario, options: EvaluationOptions = EvaluationOptions(), report: (PlanRound) -> Void = { _ in }
    ) throws(PlanningError) -> PlanEvaluation {
        let plan = try BuildOutPlanner.plan(scenario, simulate: { planned throws(PlanningError) in
            var size = RunSizeEstimate(scenario: planned)
            size.replications = options.replications(for: planned)
            if let refusal = size.refusal {
                throw PlanningError(message: "the planned build-out is too large to simulate: \(refusal). Expected a smaller budget, hall or demand")
            }
            do { return try ScenarioEvaluation.simulate(planned, options: options) } catch {
                throw PlanningError(message: "the planned build-out cannot be simulated: \(error)")
            }
        }, report: report)
        let finances = plan.simulation.map { FinanceModel.evaluate(scenario: plan.scenario, result: $0) }
        let evaluation = ScenarioEvaluation(
            scenario: plan.scenario, seed: options.seed(for: scenario), results: plan.simulation,
            finances: finances, simulationSeconds: 0)
        return PlanEvaluation(original: scenario, plan: plan, evaluation: evaluation)
    }
}
