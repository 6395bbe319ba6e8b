import FactoryModel
import Forecasting
import Optimization

/// The build-out planning problem of one scenario as a mixed-integer linear program.
///
/// Variables: integer nodes per `PlanCandidate` (first), then the reference-GPU-hours served
/// to each tenant on each vendor's shared pools (and on its own dedicated partition) in each
/// month. Constraints (row name prefixes in brackets, see docs/planning.md):
/// - demand [`demand_`]: served ≤ forecast (and, for `min-cost`, ≥ service level × forecast);
/// - shared capacity [`capacity_`]: Σ served ÷ software efficiency ≤ target utilisation ×
///   (installed reference rate × hours − dedicated partitions), per vendor and month;
/// - dedicated partitions [`dedicated_`]: their nodes installed by the tenant's first month of demand;
/// - grid [`grid_`]: peak IT kW × PUE ≤ the connection, in every month (one row per stretch
///   of months in which the installed base cannot change);
/// - hall [`hall`]: peak IT kW ≤ the hall's maximum;
/// - budget [`budget`]: capex of the purchases + the grid connection ≤ the envelope;
/// - national share [`national_`]: capex − EU − co-funders ≤ the national cap (two rows, since
///   the EU pays the smaller of its share and its cap);
/// - vendor autonomy [`vendor_`]: each vendor's GPUs (or compute capex) ≤ the cap × the total;
/// - quota coverage [`quota_`]: each tenant's quota of the usable shared capacity covers
///   `quota_coverage` of its forecast, in every month from the first purchase on.
public struct BuildOutModel: Sendable {
    /// The program, ready for `BranchAndBoundSolver` or `MPSWriter`.
    public let program: LinearProgram
    /// The purchases; variable j < `candidates.count` is the node count of `candidates[j]`.
    public let candidates: [PlanCandidate]
    /// The utilisation capacity was counted at.
    public let targetUtilisation: Double
    /// Capex that does not depend on the purchases (the grid connection), euros.
    public let fixedCapexEUR: Double
    /// Columns of the served-demand variables, for reading the served total.
    public let servedColumns: [Int]

    /// Builds the model of `scenario` against `forecasts` (one per tenant, scenario order).
    /// - Throws: `PlanningError` when the scenario leaves nothing to plan with.
    public init(scenario: Scenario, forecasts: [TenantDemandForecast], targetUtilisation: Double) throws(PlanningError) {
        var builder = try BuildOutModelBuilder(scenario: scenario, forecasts: forecasts, targetUtilisation: targetUtilisation)
        builder.addServedDemand()
        builder.addCapacityRows()
        builder.addDedicatedRows()
        builder.addGridAndHallRows()
        builder.addBudgetRows()
        builder.addVendorRows()
        builder.addQuotaRows()
        builder.setObjective()
        program = builder.program(name: scenario.name)
        candidates = builder.candidates
        self.targetUtilisation = targetUtilisation
        fixedCapexEUR = builder.gridCapexEUR
        servedColumns = builder.servedColumns
    }

    /// The phases a solution describes, in month order: the fixed phases as the analyst wrote
    /// them, then one phase per month holding the planner's added nodes.
    public func phases(primal: [Double], fixedPhases: [BuildPhase]) -> [BuildPhase] {
        var added: [Month: [String: Int]] = [:]
        for (index, candidate) in candidates.enumerated() {
            // The solver's point lies within the candidate's bounds (at most a billion nodes);
            // a point outside them is no purchase rather than a trap.
            let nodes = primal[index].rounded()
            guard nodes.isFinite, abs(nodes) <= Double(PlanCandidate.nodeLimit) else { continue }
            let extra = Int(nodes) - candidate.fixedNodes
            if extra > 0 { added[candidate.month, default: [:]][candidate.model.id, default: 0] += extra }
        }
        let planned = added.map { BuildPhase(at: $0.key, nodes: $0.value) }
        return (fixedPhases + planned).enumerated()
            .sorted { ($0.element.at, $0.element.isFixed ? 0 : 1, $0.offset) < ($1.element.at, $1.element.isFixed ? 0 : 1, $1.offset) }
            .map(\.element)
    }

    /// Forecast reference-GPU-hours the solution serves over the horizon.
    public func servedReferenceGPUHours(primal: [Double]) -> Double {
        servedColumns.reduce(0) { $0 + primal[$1] }
    }
}
