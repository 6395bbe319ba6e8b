import Foundation
import FactoryModel
import Forecasting
import Planning

/// The files `aifactory plan` writes besides the simulator's: `buildout.csv`, `forecast.csv`,
/// `rounds.csv` and `plan.yaml`.
public enum PlanReport {
    /// The columns of `buildout.csv`.
    public static let buildOutColumns = ["month", "model", "vendor", "nodes", "gpus", "capex_eur", "it_kw", "cumulative_gpus", "fixed"]

    /// One row per purchase (month, then model id), with the capex the nodes bring: compute,
    /// networking and storage, cooling and fit-out, each rounded to the cent before adding,
    /// so the column adds up exactly; the grid connection is not a purchase and is not here.
    public static func buildOutCSV(_ scenario: Scenario) -> String {
        var writer = CSVWriter()
        writer.appendRow(buildOutColumns)
        var cumulative = 0
        for phase in scenario.buildOut {
            for (id, count) in phase.nodes.sorted(by: { $0.key < $1.key }) where count > 0 {
                guard let model = scenario.catalog.model(id: id) else { continue }
                let gpus = count * model.gpusPerNode
                cumulative += gpus
                writer.appendRow([
                    phase.at.description, id, model.vendor.rawValue, String(count), String(gpus),
                    purchaseCapex(model: model, nodes: count, month: phase.at, site: scenario.site).description,
                    NumberText.fixed(Double(count) * model.nodePowerPeakKW, decimals: 3), String(cumulative),
                    phase.isFixed ? "yes" : "no",
                ])
            }
        }
        return writer.text
    }

    /// The capex of `nodes` nodes of `model` bought in `month`, by the categories of
    /// `Scenario.capex`, each rounded to the cent.
    public static func purchaseCapex(model: NodeModel, nodes: Int, month: Month, site: Site) -> Money {
        let compute = Double(nodes) * model.nodePriceEUR(boughtIn: month)
        let kilowatts = Double(nodes) * model.nodePowerPeakKW
        return Money(euros: compute) + Money(euros: compute * site.networkingStorageShareOfCompute)
            + Money(euros: kilowatts * site.cooling.capexEURPerKW) + Money(euros: kilowatts * site.fitOutCapexEURPerKW)
    }

    /// The columns of `forecast.csv`.
    public static let forecastColumns = [
        "month", "demand_forecast", "demand_lo80", "demand_hi80", "demand_lo95", "demand_hi95",
        "capacity_gpu_hours", "utilisation_forecast", "utilisation_lo95", "utilisation_hi95",
    ]

    /// One row per month: the tenants' forecasts added up (reference-GPU-hours), the planned
    /// capacity (reference-GPU-hours in service, before the target utilisation), and the
    /// utilisation that demand would bring, min(1, demand ÷ capacity), with its 95 % band.
    ///
    /// Bands of independent tenants combine as for normal errors: the half-widths above and
    /// below the forecast add in quadrature.
    public static func forecastCSV(_ plan: BuildOutPlan) -> String {
        let calendar = PlanningCalendar(horizon: plan.scenario.horizon)
        var writer = CSVWriter()
        writer.appendRow(forecastColumns)
        for (index, month) in calendar.months.enumerated() {
            let central = plan.forecasts.reduce(0) { $0 + $1.central[index] }
            func band(_ side: KeyPath<TenantDemandForecast, [Double]>, below: Bool) -> Double {
                let squares = plan.forecasts.reduce(0.0) { total, forecast in
                    let width = forecast[keyPath: side][index] - forecast.central[index]
                    return total + width * width
                }
                return max(0, central + (below ? -1 : 1) * squares.squareRoot())
            }
            let lo80 = band(\.lower80, below: true), hi80 = band(\.upper80, below: false)
            let lo95 = band(\.lower95, below: true), hi95 = band(\.upper95, below: false)
            var capacity = 0.0
            for candidate in plan.model.candidates where candidate.month <= month {
                let nodes = plan.scenario.buildOut.filter { $0.at == candidate.month }.reduce(0) { $0 + ($1.nodes[candidate.model.id] ?? 0) }
                capacity += Double(nodes) * candidate.referenceRatePerHour * calendar.hours[index]
            }
            func utilisation(_ demand: Double) -> String {
                NumberText.fixed(capacity > 0 ? min(1, demand / capacity) : 0, decimals: 6)
            }
            writer.appendRow([
                month.description, hours(central), hours(lo80), hours(hi80), hours(lo95), hours(hi95),
                hours(capacity), utilisation(central), utilisation(lo95), utilisation(hi95),
            ])
        }
        return writer.text
    }

    /// The columns of `rounds.csv`.
    public static let roundsColumns = [
        "round", "target_utilisation", "status", "objective", "best_bound", "gap", "nodes_explored", "lp_iterations",
        "gpus", "capex_eur", "served_reference_gpu_hours", "simulated_utilisation", "worst_tenant", "worst_p95_wait_hours", "meets_targets",
    ]

    /// One row per plan–simulate round (solve times are printed, not written: they vary).
    public static func roundsCSV(_ plan: BuildOutPlan) -> String {
        var writer = CSVWriter()
        writer.appendRow(roundsColumns)
        let scenario = plan.scenario
        for round in plan.rounds {
            var planned = scenario
            planned.buildOut = round.phases
            let gpus = round.phases.reduce(0) { total, phase in
                total + phase.nodes.reduce(0) { $0 + $1.value * (scenario.catalog.model(id: $1.key)?.gpusPerNode ?? 0) }
            }
            let worst = round.worstPlannedTenant
            writer.appendRow([
                String(round.round), NumberText.fixed(round.targetUtilisation, decimals: 6), round.status.rawValue,
                NumberText.fixed(round.objective, decimals: 3), NumberText.fixed(round.bestBound, decimals: 3),
                NumberText.fixed(round.gap, decimals: 9), String(round.nodesExplored), String(round.lpIterations),
                String(gpus), CapexSchedule(scenario: planned).total.description,
                hours(round.servedReferenceGPUHours), NumberText.fixed(round.simulatedUtilisation, decimals: 6),
                worst.map { scenario.tenants[$0].name } ?? "", worst.map { hours(round.tenantP95WaitHours[$0]) } ?? "",
                round.meetsTargets ? "yes" : "no",
            ])
        }
        return writer.text
    }

    /// `plan.yaml`: a scenario that extends the planned one (`extendsPath`, relative to the
    /// folder `plan.yaml` is written to) and replaces its `build_out` with the plan, so that
    /// `aifactory simulate plan.yaml` runs the plan.
    public static func planYAML(_ plan: BuildOutPlan, original: Scenario, extendsPath: String) -> String {
        var lines = [
            "# Written by `aifactory plan`: the build-out it chose for \(original.name), objective",
            "# \(original.planning.objective.rawValue), after \(plan.rounds.count) plan-simulate round\(plan.rounds.count == 1 ? "" : "s").",
            "# Everything else comes from the scenario this file extends. Run it with `aifactory simulate`.",
            "format_version: 1",
            "extends: \(quotedYAML(extendsPath))",
            "name: \(quotedYAML(original.name + "-plan"))",
            "build_out:",
        ]
        for phase in plan.scenario.buildOut {
            let nodes = phase.nodes.sorted { $0.key < $1.key }.filter { $0.value > 0 }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
            lines.append("  - at: \(phase.at)")
            lines.append("    nodes: {\(nodes)}")
            if phase.isFixed { lines.append("    fixed: true") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func quotedYAML(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private static func hours(_ value: Double) -> String { NumberText.fixed(value, decimals: 3) }
}
