import ArgumentParser
import FacilitySimulation
import FactoryModel
import Finance
import Foundation
import Optimization
import Planning
import Reporting
import ScenarioFormat

/// `aifactory plan`: propose a build-out, prove it optimal for its model, and check it by simulation.
struct Plan: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Propose a build-out for a scenario's budget, site and demand, and check it by simulation.",
        discussion: """
        Solves the build-out model (integer nodes per catalog model and candidate month; see \
        docs/planning.md) by branch and bound, simulates the plan, and while a tenant's p95 wait \
        exceeds planning.p95_wait_hours_max (or utilisation exceeds the target) lowers the target \
        utilisation and solves again. Writes buildout.csv, forecast.csv, rounds.csv, plan.yaml \
        (the scenario with the chosen build_out, runnable by `aifactory simulate`) and the \
        simulator's monthly.csv, vendors.csv, tenants.csv, finance.csv, funding.csv and summary.json for the plan.
        """
    )

    @Argument(help: "The scenario file (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var scenario: String

    @Option(name: .long, help: "Output folder (default: Reports/<scenario name>/plan/).")
    var out: String?

    @Option(name: .long, help: "Also write the last round's build-out model to this MPS file.")
    var exportLp: String?

    @Option(name: .long, help: "Use at most this many cores for replications (default: all). The output does not depend on it.")
    var cores: Int?

    @OptionGroup var csv: CSVOptions

    @OptionGroup var briefing: BriefingOptions

    @Flag(name: .long, help: "Print nothing but problems.")
    var quiet = false

    func validate() throws {
        if let cores, cores < 1 { throw ValidationError("--cores must be at least 1") }
    }

    func run() throws {
        let model = try loadScenarioOrExit(scenario, quiet: quiet, nothing: "planned")
        let plan: BuildOutPlan
        do {
            plan = try BuildOutPlanner.plan(model, maximumConcurrency: cores) { round in
                guard !quiet else { return }
                let worst = round.worstPlannedTenant.map { round.tenantP95WaitHours[$0] } ?? 0
                print(String(format: "  round %d: target utilisation %.3f, %@ (gap %.2e, %d nodes, %d LP iterations, %.2f s); simulated utilisation %.3f, worst p95 wait %.1f h%@",
                             round.round, round.targetUtilisation, round.status.rawValue, round.gap, round.nodesExplored,
                             round.lpIterations, round.solveSeconds, round.simulatedUtilisation, worst, round.meetsTargets ? "" : " (targets missed)"))
            }
        } catch {
            printError("\(scenario): no plan: \(error)")
            if let exportLp, let program = error.unsolvedProgram {
                do {
                    try OutputFolder(path: URL(fileURLWithPath: exportLp).deletingLastPathComponent().path)
                        .write([(URL(fileURLWithPath: exportLp).lastPathComponent, MPSWriter.write(program))])
                    printError("wrote the model that could not be solved to \(exportLp)")
                } catch { printError("\(error)") }
            }
            throw ExitCode(1)
        }
        let folder = out ?? "Reports/\(model.name)/plan"
        let finances = plan.simulation.map { FinanceModel.evaluate(scenario: plan.scenario, result: $0) }
        let files = Self.outputFiles(plan, original: model, scenarioPath: scenario, folder: folder, finances: finances, dialect: csv.csvDialect)
        do {
            if let exportLp {
                try OutputFolder(path: URL(fileURLWithPath: exportLp).deletingLastPathComponent().path)
                    .write([(URL(fileURLWithPath: exportLp).lastPathComponent, MPSWriter.write(plan.model.program))])
            }
            try OutputFolder(path: folder).write(files)
            try briefing.writeIfAsked(OutputResults(plan: plan, original: model, finances: finances, dialect: csv.csvDialect),
                                      folder: folder, gridConnectionMW: model.site.gridConnectionMW)
        } catch {
            printError("\(error)")
            throw ExitCode(1)
        }
        let last = plan.rounds.last!
        if let reason = plan.stopReason { printError("warning: \(reason)") }
        if let limit = model.planning.p95WaitHoursMax {
            for (index, tenant) in model.tenants.enumerated() where !last.waitIsPlanned[index] && last.tenantP95WaitHours[index] > limit {
                printError(String(format: "warning: %@ waits %.1f h at the 95th percentile, beyond planning.p95_wait_hours_max (%.1f h), on its dedicated partition, which the plan does not size: enlarge the partition or allow overflow_to_shared.", tenant.name, last.tenantP95WaitHours[index], limit))
            }
        }
        guard !quiet else { return }
        let money = finances[0]
        print("\(model.name): plan (\(model.planning.objective.rawValue)) after \(plan.rounds.count) round\(plan.rounds.count == 1 ? "" : "s")\(last.meetsTargets ? "" : ", targets NOT met: see rounds.csv")")
        for phase in plan.scenario.buildOut {
            let nodes = phase.nodes.sorted { $0.key < $1.key }.map { "\($0.value) × \($0.key)" }.joined(separator: ", ")
            print("  \(phase.at): \(nodes)\(phase.isFixed ? " (fixed)" : "")")
        }
        print("  capex €\(Validate.millions(money.funding.schedule.total.euros)) of €\(Validate.millions(model.budget.capexEUR)): EU €\(Validate.millions(money.funding.eu.euros)), national €\(Validate.millions(money.funding.national.euros)), others €\(Validate.millions(money.funding.others.euros))")
        print(String(format: "  model: %d rows, %d columns (%d integer); simulated utilisation %.1f %%, cost per GPU-hour €%.2f",
                     plan.model.program.rowCount, plan.model.program.variableCount, plan.model.candidates.count,
                     100 * last.simulatedUtilisation, money.costPerGPUHourEUR))
        print("  wrote buildout.csv, forecast.csv, rounds.csv, plan.yaml and the plan's simulation to \(folder)/\(exportLp.map { "; model to \($0)" } ?? "")")
    }

    /// `target` relative to the folder `base` (both absolute), for `extends:` in plan.yaml.
    static func relativePath(from base: String, to target: String) -> String {
        let from = base.split(separator: "/")
        let to = target.split(separator: "/")
        var common = 0
        while common < from.count, common < to.count - 1, from[common] == to[common] { common += 1 }
        let ups = Array(repeating: "..", count: from.count - common)
        return (ups + to[common...].map(String.init)).joined(separator: "/")
    }

    /// The files `plan` writes, CSV in `dialect`, for a plan of `original` (loaded from
    /// `scenarioPath`) written to `folder`, which plan.yaml's `extends:` is relative to.
    static func outputFiles(
        _ plan: BuildOutPlan, original model: Scenario, scenarioPath: String, folder: String, finances: [FinanceResult],
        dialect: CSVDialect = .rfc4180
    ) -> [(name: String, text: String)] {
        let scenarioFile = URL(fileURLWithPath: scenarioPath).standardizedFileURL.path
        let folderPath = URL(fileURLWithPath: folder).standardizedFileURL.path
        return [
            ("buildout.csv", PlanReport.buildOutCSV(plan.scenario, dialect: dialect)),
            ("forecast.csv", PlanReport.forecastCSV(plan, dialect: dialect)),
            ("rounds.csv", PlanReport.roundsCSV(plan, dialect: dialect)),
            ("plan.yaml", PlanReport.planYAML(plan, original: model, extendsPath: relativePath(from: folderPath, to: scenarioFile))),
            ("monthly.csv", SimulationReport.monthlyCSV(plan.simulation[0], dialect: dialect)),
            ("vendors.csv", SimulationReport.vendorsCSV(plan.simulation[0], dialect: dialect)),
            ("tenants.csv", SimulationReport.tenantsCSV(plan.simulation[0], dialect: dialect)),
            ("finance.csv", FinanceReport.financeCSV(finances[0], dialect: dialect)),
            ("funding.csv", FinanceReport.fundingCSV(finances[0], dialect: dialect)),
            ("summary.json", SimulationSummary.json(scenario: plan.scenario, seed: model.seed, results: plan.simulation, finances: finances)),
        ]
    }
}
