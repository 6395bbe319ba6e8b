import FacilitySimulation
import FactoryModel
import Forecasting
import Foundation
import Optimization

/// One plan–simulate round: the plan solved at one target utilisation, and how its
/// simulation went.
public struct PlanRound: Sendable {
    /// 1 for the first round.
    public let round: Int
    /// The utilisation capacity was counted at in this round.
    public let targetUtilisation: Double
    /// How branch and bound ended.
    public let status: MILPStatus
    /// The MILP's objective: reference-GPU-hours served (`max-served`, less the capex
    /// tie-break) or net present cost in euros (`min-cost`).
    public let objective: Double
    /// The best bound branch and bound proved.
    public let bestBound: Double
    /// The relative gap between objective and bound.
    public let gap: Double
    /// Branch-and-bound nodes solved.
    public let nodesExplored: Int
    /// Interior-point iterations over all nodes.
    public let lpIterations: Int
    /// Wall-clock seconds of the solve (reported on the terminal only: it is not reproducible).
    public let solveSeconds: Double
    /// The build-out the round chose.
    public let phases: [BuildPhase]
    /// Forecast reference-GPU-hours the plan serves by the model's count.
    public let servedReferenceGPUHours: Double
    /// Simulated busy ÷ available GPU-hours over the horizon, mean over replications.
    public let simulatedUtilisation: Double
    /// Each tenant's simulated 95th-percentile wait, hours, mean over replications (scenario order).
    public let tenantP95WaitHours: [Double]
    /// Whether the simulation met the wait target and stayed within the target utilisation.
    public let meetsTargets: Bool
    /// Whether each tenant's wait counts towards the target (scenario order): false for a
    /// tenant confined to its own dedicated partition (no overflow), whose size the analyst
    /// fixed and no purchase can change.
    public let waitIsPlanned: [Bool]

    /// The tenant with the longest p95 wait among those whose wait is planned, if any.
    public var worstPlannedTenant: Int? {
        tenantP95WaitHours.indices.filter { waitIsPlanned[$0] }.max { tenantP95WaitHours[$0] < tenantP95WaitHours[$1] }
    }
}

/// A finished plan: the rounds, and the last round's scenario and simulation.
public struct BuildOutPlan: Sendable {
    /// The rounds in order; the last is the plan.
    public let rounds: [PlanRound]
    /// The scenario with the planned build-out.
    public let scenario: Scenario
    /// The last round's model (for export and for checking).
    public let model: BuildOutModel
    /// The last round's MILP solution.
    public let solution: MILPResult
    /// The forecasts the plan was sized against, scenario order.
    public let forecasts: [TenantDemandForecast]
    /// The last round's simulation, replications in order.
    public let simulation: [ReplicationResult]
    /// Why the rounds ended before the targets were met, when a further round could not be
    /// solved (nil otherwise; rounds.csv's `meets_targets` tells whether they were met).
    public let stopReason: String?
}

/// Proposes a build-out: solves the build-out MILP, simulates the plan, and while waits or
/// utilisation miss their targets lowers the target utilisation by `tighten_factor` and solves again,
/// up to `max_rounds`, stopping early when a round buys the same as the one before (the budget,
/// grid or hall binds, so a lower target cannot add capacity).
///
/// The wait target applies to the tenants the build-out serves: a tenant confined to a dedicated
/// partition without overflow waits on a partition the analyst sized, and is reported, not planned for.
public enum BuildOutPlanner {
    /// Plans `scenario`. `simulate` runs a planned scenario's replications (the evaluation
    /// pipeline's simulation step, so that a plan is checked exactly as `simulate` would run
    /// it); `report` is called after each round (for progress on a terminal).
    /// - Throws: `PlanningError` when the model is infeasible or cannot be solved, or the plan cannot be simulated.
    public static func plan(
        _ scenario: Scenario, simulate: (Scenario) throws(PlanningError) -> [ReplicationResult],
        report: (PlanRound) -> Void = { _ in }
    ) throws(PlanningError) -> BuildOutPlan {
        let settings = scenario.planning
        let calendar = PlanningCalendar(horizon: scenario.horizon)
        var forecasts: [TenantDemandForecast] = []
        for tenant in scenario.tenants {
            do { forecasts.append(try TenantDemandForecast(tenant: tenant, horizon: scenario.horizon, calendar: calendar)) } catch {
                throw PlanningError(message: error.message)
            }
        }
        let fixedPhases = scenario.buildOut.filter(\.isFixed)
        var target = settings.targetUtilisation
        var rounds: [PlanRound] = []
        var stopReason: String?
        var last: (scenario: Scenario, model: BuildOutModel, solution: MILPResult, simulation: [ReplicationResult])?
        for round in 1...settings.maxRounds {
            let model = try BuildOutModel(scenario: scenario, forecasts: forecasts, targetUtilisation: target)
            let solver = BranchAndBoundSolver(relativeGap: settings.mipGap, nodeLimit: settings.nodeLimit)
            let clock = ContinuousClock.now
            let solution = solver.solve(model.program)
            let elapsed = ContinuousClock.now - clock
            // A node-limit or not-proven answer with a checked point is still a plan: the best
            // found, flagged by its status (and gap) in rounds.csv, like any unfinished search.
            let unfinished = solution.status == .nodeLimit || solution.status == .notProven
            guard solution.status == .optimal || (unfinished && !solution.primal.isEmpty) else {
                let reason = failureMessage(solution.status, scenario: scenario, forecasts: forecasts, target: target)
                if last != nil {
                    // Keep the last plan that solved: a lower target asks for more than the site allows.
                    stopReason = String(format: "round %d could not lower the target utilisation to %.3f: ", round, target) + reason
                    break
                }
                throw PlanningError(
                    message: "round \(round) (target utilisation \(String(format: "%.3f", target))): " + reason,
                    unsolvedProgram: model.program)
            }
            var plannedScenario = scenario
            plannedScenario.buildOut = model.phases(primal: solution.primal, fixedPhases: fixedPhases)
            let results = try simulate(plannedScenario)
            let utilisation = results.map(meanUtilisation).reduce(0, +) / Double(results.count)
            let waits = scenario.tenants.indices.map { index in
                results.reduce(0) { $0 + $1.tenantTotals[index].waitP95Hours } / Double(results.count)
            }
            let planned = scenario.tenants.map { $0.dedicated.map(\.overflowToShared) ?? true }
            // A job that gave up was not served within any wait: a tenant whose jobs give up
            // more than 5 % of the time misses the wait target whatever the started jobs waited,
            // so users leaving cannot make a congested plan look served.
            let abandonedShares = scenario.tenants.indices.map { index in
                results.reduce(0.0) { sum, result in
                    let totals = result.tenantTotals[index]
                    return sum + (totals.jobsSubmitted > 0 ? Double(totals.jobsAbandoned) / Double(totals.jobsSubmitted) : 0)
                } / Double(results.count)
            }
            let waitsMet = settings.p95WaitHoursMax.map { limit in
                waits.indices.allSatisfy { !planned[$0] || (waits[$0] <= limit && abandonedShares[$0] <= Self.abandonedShareMax) }
            } ?? true
            let meets = waitsMet && utilisation <= settings.targetUtilisation + 1e-9
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            let record = PlanRound(
                round: round, targetUtilisation: target, status: solution.status, objective: solution.objective,
                bestBound: solution.bestBound, gap: solution.gap, nodesExplored: solution.nodesExplored,
                lpIterations: solution.lpIterations, solveSeconds: seconds, phases: plannedScenario.buildOut,
                servedReferenceGPUHours: model.servedReferenceGPUHours(primal: solution.primal),
                simulatedUtilisation: utilisation, tenantP95WaitHours: waits, meetsTargets: meets,
                waitIsPlanned: planned
            )
            rounds.append(record)
            report(record)
            last = (plannedScenario, model, solution, results)
            if meets { break }
            if let previous = rounds.dropLast().last, previous.phases == record.phases {
                // A lower target bought nothing more (the budget, grid or hall binds): another round cannot help.
                break
            }
            target *= settings.tightenFactor
        }
        return BuildOutPlan(
            rounds: rounds, scenario: last!.scenario, model: last!.model, solution: last!.solution,
            forecasts: forecasts, simulation: last!.simulation, stopReason: stopReason
        )
    }

    /// Busy ÷ available GPU-hours of one replication over the horizon (0 when nothing is available).
    /// The largest share of a tenant's jobs that may give up waiting in a plan that meets
    /// its wait target: beyond it, the p95 wait of all submitted jobs is unbounded.
    static let abandonedShareMax = 0.05

    static func meanUtilisation(_ result: ReplicationResult) -> Double {
        let available = result.monthly.reduce(0) { $0 + $1.availableGPUHours }
        return available > 0 ? result.monthly.reduce(0) { $0 + $1.busyGPUHours } / available : 0
    }

    /// Why no plan came out, naming the constraint group whose removal makes the LP relaxation
    /// feasible when there is one.
    static func failureMessage(_ status: MILPStatus, scenario: Scenario, forecasts: [TenantDemandForecast], target: Double) -> String {
        guard status == .infeasible || status == .numericalTrouble || status == .notProven else {
            return "the build-out model could not be solved (\(status.rawValue)); export it with --export-lp and try another solver"
        }
        // An interior-point method can stall rather than prove infeasibility: a stalled model
        // that solves once a constraint group is relaxed is, in practice, infeasible for it.
        let opening = status == .infeasible
            ? "no build-out meets every constraint"
            : "the build-out model could not be solved (\(status == .notProven ? "a subtree could not be solved" : "numerical trouble"), most likely because no build-out meets every constraint)"
        let relaxations: [(String, (inout Scenario) -> Void)] = [
            ("planning.quota_coverage", { $0.planning.quotaCoverage = 0 }),
            ("planning.max_vendor_share", { $0.planning.maxVendorShare = nil }),
            ("budget.national_cap_eur", { $0.budget.nationalCapEUR = nil }),
            ("planning.service_level", { $0.planning.serviceLevel = 0 }),
            ("the fixed build_out phases", { $0.buildOut = $0.buildOut.map { var phase = $0; phase.isFixed = false; return phase } }),
            ("the dedicated partitions", { for index in $0.tenants.indices { $0.tenants[index].dedicated = nil } }),
        ]
        for (name, relax) in relaxations {
            var relaxed = scenario
            relax(&relaxed)
            guard relaxed != scenario, let model = try? BuildOutModel(scenario: relaxed, forecasts: forecasts, targetUtilisation: target) else { continue }
            if InteriorPointSolver().solve(model.program).status == .optimal {
                return "\(opening); it becomes possible once \(name) is relaxed, so that is the constraint to revisit (or raise the budget, the grid connection or the hall)"
            }
        }
        guard status == .infeasible else {
            return "\(opening); relaxing quotas, vendor caps, the national cap, fixed phases or dedicated partitions does not help; export it with --export-lp and try another solver"
        }
        return "no build-out meets every constraint, even with quotas, vendor caps, the national cap, fixed phases and dedicated partitions relaxed; the budget, the grid connection or the hall is too small for any purchase the model allows"
    }
}
