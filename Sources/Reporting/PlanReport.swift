import Foundation
import FactoryModel
import Forecasting
import Planning

/// The files `aifactory plan` writes besides the simulator's: `buildout.csv`, `forecast.csv`,
/// `rounds.csv` and `plan.yaml`.
public enum PlanReport {
    /// The columns of `buildout.csv`, one row per purchase (`BuildOutRow`).
    public static let buildOutTable = CSVColumns<BuildOutRow>([
        .month("month", \.month),
        .text("model", \.model),
        CSVColumn("vendor", unit: "text", write: { $0.vendor.rawValue }, read: { row, cell in
            guard let vendor = Vendor(rawValue: cell.text) else {
                throw cell.error("column `vendor`: `\(cell.text)` is not a vendor (\(Vendor.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            row.vendor = vendor
        }),
        .count("nodes", unit: "nodes", \.nodes),
        .count("gpus", unit: "GPUs", \.gpus),
        .euros("capex_eur", \.capex),
        .number("it_kw", unit: "kW", decimals: 3, \.itKW),
        .count("cumulative_gpus", unit: "GPUs", \.cumulativeGPUs),
        .yesNo("fixed", \.isFixed),
    ])

    /// The columns of `buildout.csv`.
    public static var buildOutColumns: [String] { buildOutTable.names }

    /// One row per purchase (month, then model id), with the capex the nodes bring: compute,
    /// networking and storage, cooling and fit-out, each rounded to the cent before adding,
    /// so the column adds up exactly; the grid connection is not a purchase and is not here.
    public static func buildOutCSV(_ scenario: Scenario, dialect: CSVDialect = .rfc4180) -> String {
        buildOutTable.text(BuildOutRow.rows(scenario), dialect: dialect)
    }

    /// The capex of `nodes` nodes of `model` bought in `month`, by the categories of
    /// `Scenario.capex`, each rounded to the cent.
    public static func purchaseCapex(model: NodeModel, nodes: Int, month: Month, site: Site) -> Money {
        let compute = Double(nodes) * model.nodePriceEUR(boughtIn: month)
        let kilowatts = Double(nodes) * model.nodePowerPeakKW
        return Money(euros: compute) + Money(euros: compute * site.networkingStorageShareOfCompute)
            + Money(euros: kilowatts * site.cooling.capexEURPerKW) + Money(euros: kilowatts * site.fitOutCapexEURPerKW)
    }

    /// The columns of `forecast.csv`, one row per month (`ForecastRow`).
    public static let forecastTable = CSVColumns<ForecastRow>([
        .month("month", \.month),
        .number("demand_forecast", unit: "reference-GPU-hours", decimals: 3, \.demand),
        .number("demand_lo80", unit: "reference-GPU-hours", decimals: 3, \.demandLow80),
        .number("demand_hi80", unit: "reference-GPU-hours", decimals: 3, \.demandHigh80),
        .number("demand_lo95", unit: "reference-GPU-hours", decimals: 3, \.demandLow95),
        .number("demand_hi95", unit: "reference-GPU-hours", decimals: 3, \.demandHigh95),
        .number("capacity_gpu_hours", unit: "reference-GPU-hours", decimals: 3, \.capacityReferenceGPUHours),
        .number("utilisation_forecast", unit: "share 0…1", decimals: 6, \.utilisation),
        .number("utilisation_lo95", unit: "share 0…1", decimals: 6, \.utilisationLow95),
        .number("utilisation_hi95", unit: "share 0…1", decimals: 6, \.utilisationHigh95),
    ])

    /// The columns of `forecast.csv`.
    public static var forecastColumns: [String] { forecastTable.names }

    /// One row per month: the tenants' forecasts added up, the planned capacity and the
    /// utilisation that demand would bring (`ForecastRow.rows`).
    public static func forecastCSV(_ plan: BuildOutPlan, dialect: CSVDialect = .rfc4180) -> String {
        forecastTable.text(ForecastRow.rows(plan), dialect: dialect)
    }

    /// The columns of `rounds.csv`, one row per plan–simulate round (`RoundRow`; solve times are
    /// printed, not written: they vary).
    public static let roundsTable = CSVColumns<RoundRow>([
        .count("round", unit: "round", \.round),
        .number("target_utilisation", unit: "share 0…1", decimals: 6, \.targetUtilisation),
        .text("status", \.status),
        .derived("objective", unit: "objective", decimals: 3) { NumberText.fixed($0.objective, decimals: 3) },
        .derived("best_bound", unit: "objective", decimals: 3) { NumberText.fixed($0.bestBound, decimals: 3) },
        .derived("gap", unit: "relative", decimals: 9) { NumberText.fixed($0.gap, decimals: 9) },
        .count("nodes_explored", unit: "branch-and-bound nodes", \.nodesExplored),
        .count("lp_iterations", unit: "iterations", \.lpIterations),
        .count("gpus", unit: "GPUs", \.gpus),
        .euros("capex_eur", \.capex),
        .number("served_reference_gpu_hours", unit: "reference-GPU-hours", decimals: 3, \.servedReferenceGPUHours),
        .number("simulated_utilisation", unit: "share 0…1", decimals: 6, \.simulatedUtilisation),
        .text("worst_tenant", \.worstTenant),
        .optionalNumber("worst_p95_wait_hours", unit: "hours", decimals: 3, \.worstP95WaitHours),
        .yesNo("meets_targets", \.meetsTargets),
    ])

    /// The columns of `rounds.csv`.
    public static var roundsColumns: [String] { roundsTable.names }

    /// One row per plan–simulate round.
    public static func roundsCSV(_ plan: BuildOutPlan, dialect: CSVDialect = .rfc4180) -> String {
        roundsTable.text(RoundRow.rows(plan), dialect: dialect)
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
}
