import ArgumentParser
import Evaluation
import FactoryModel
import Foundation
import Optimization
import Planning

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
        simulator's monthly.csv, vendors.csv, tenants.csv, finance.csv, funding.csv and summary.json \
        for the plan, by default to Reports/<scenario name>/plan/.
        """
    )

    @Argument(help: "The scenario file (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var scenario: String

    @OptionGroup var output: OutputOptions

    @Option(name: .long, help: "Also write the last round's build-out model to this MPS file.")
    var exportLp: String?

    @OptionGroup var cores: CoresOptions
    @OptionGroup var csv: CSVOptions
    @OptionGroup var briefing: BriefingOptions
    @OptionGroup var quiet: QuietOption

    func run() throws {
        let model = try loadScenarioOrExit(scenario, quiet: quiet.quiet, nothing: "planned")
        let folder = output.folder(default: "Reports/\(model.name)/plan")
        try withFolderLock(folder) {
            let planned: PlanEvaluation
            do throws(PlanningError) { planned = try PlanEvaluation.run(model, options: EvaluationOptions(cores: cores)) { Self.printRound($0, quiet: quiet.quiet) } } catch {
                printError("\(scenario): no plan: \(error)")
                if let exportLp, let program = error.unsolvedProgram {
                    do {
                        try Self.writeModel(MPSWriter.write(program), to: exportLp)
                        printError("wrote the model that could not be solved to \(exportLp)")
                    } catch { printError("\(error)") }
                }
                throw ExitCode(1)
            }
            try exitOnFailure { try write(planned, to: folder) }
            Self.printWarnings(planned)
            if !quiet.quiet { Self.printSummary(planned, folder: folder, exportLp: exportLp) }
        }
    }

    /// Writes the plan's files (with report.html when asked, and the model when --export-lp
    /// names a file in the folder) into `folder` as one set, then a model exported elsewhere.
    /// The briefing shows the planned scenario's inputs, sourced from the scenario file.
    func write(_ planned: PlanEvaluation, to folder: String) throws {
        var files = OutputFiles.plan(planned, scenarioPath: scenario, folder: folder, dialect: csv.csvDialect)
        if let page = try briefing.fileIfAsked(planned.outputResults(dialect: csv.csvDialect), folder: folder,
                                               scenario: BriefingScenario(planned.evaluation.scenario, path: scenario)) {
            files.append(page)
        }
        let modelName = exportLp.flatMap { OutputFolder(path: folder).relativeName(of: $0) }
        if let modelName { files.append(OutputFile(name: modelName, text: OutputFiles.planModel(planned))) }
        try OutputFolder(path: folder).write(files, replacing: OutputFiles.planNames)
        if let exportLp, modelName == nil { try Self.writeModel(OutputFiles.planModel(planned), to: exportLp) }
    }

    /// Writes an MPS text to `path` atomically.
    static func writeModel(_ text: String, to path: String) throws {
        try OutputFolder.writeAtomically(text, to: URL(fileURLWithPath: path))
    }

    /// One line of progress per round.
    static func printRound(_ round: PlanRound, quiet: Bool) {
        guard !quiet else { return }
        let worst = round.worstPlannedTenant.map { round.tenantP95WaitHours[$0] } ?? 0
        print(String(format: "  round %d: target utilisation %.3f, %@ (gap %.2e, %d nodes, %d LP iterations, %.2f s); simulated utilisation %.3f, worst p95 wait %.1f h%@",
                     round.round, round.targetUtilisation, round.status.rawValue, round.gap, round.nodesExplored,
                     round.lpIterations, round.solveSeconds, round.simulatedUtilisation, worst, round.meetsTargets ? "" : " (targets missed)"))
    }

    /// Why the plan stopped early, and tenants whose waits the plan cannot size.
    static func printWarnings(_ planned: PlanEvaluation) {
        let model = planned.original, last = planned.plan.rounds.last!
        if let reason = planned.plan.stopReason { printError("warning: \(reason)") }
        guard let limit = model.planning.p95WaitHoursMax else { return }
        for (index, tenant) in model.tenants.enumerated() where !last.waitIsPlanned[index] && last.tenantP95WaitHours[index] > limit {
            printError(String(format: "warning: %@ waits %.1f h at the 95th percentile, beyond planning.p95_wait_hours_max (%.1f h), on its dedicated partition, which the plan does not size: enlarge the partition or allow overflow_to_shared.", tenant.name, last.tenantP95WaitHours[index], limit))
        }
    }

    /// The terminal summary: the phases bought, capex and who pays, the model's size.
    static func printSummary(_ planned: PlanEvaluation, folder: String, exportLp: String?) {
        let model = planned.original, plan = planned.plan, last = plan.rounds.last!, money = planned.evaluation.finances[0]
        print("\(model.name): plan (\(model.planning.objective.rawValue)) after \(plan.rounds.count) round\(plan.rounds.count == 1 ? "" : "s")\(last.meetsTargets ? "" : ", targets NOT met: see rounds.csv")")
        for phase in plan.scenario.buildOut {
            let nodes = phase.nodes.sorted { $0.key < $1.key }.map { "\($0.value) × \($0.key)" }.joined(separator: ", ")
            print("  \(phase.at): \(nodes)\(phase.isFixed ? " (fixed)" : "")")
        }
        print("  capex €\(Validate.millions(money.funding.schedule.total.euros)) of €\(Validate.millions(model.budget.capexEUR)): EU €\(Validate.millions(money.funding.eu.euros)), national €\(Validate.millions(money.funding.national.euros)), others €\(Validate.millions(money.funding.others.euros))")
        print(String(format: "  model: %d rows, %d columns (%d integer); simulated utilisation %.1f %%, cost per GPU-hour ",
                     plan.model.program.rowCount, plan.model.program.variableCount, plan.model.candidates.count,
                     100 * last.simulatedUtilisation) + Validate.perGPUHour(money.costPerGPUHourEUR))
        print("  wrote buildout.csv, forecast.csv, rounds.csv, plan.yaml and the plan's simulation to \(folder)/\(exportLp.map { "; model to \($0)" } ?? "")")
    }
}
