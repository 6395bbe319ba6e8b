import ArgumentParser
import Evaluation
import FactoryModel
import Foundation
import Reporting

/// `aifactory simulate`: run the facility job by job and write the monthly reports.
struct Simulate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Simulate a scenario's facility job by job and write monthly.csv, vendors.csv, tenants.csv, finance.csv, funding.csv and summary.json.",
        discussion: """
        monthly.csv and tenants.csv give each figure's mean over the replications, with 95% \
        confidence interval columns for the figures that vary; finance.csv and funding.csv give \
        the money of that mean; summary.json gives each headline figure's mean and interval. \
        The terminal prints the same means. --per-replication also writes each replication's \
        own files into replications/NNN/. Replications run in parallel and give the same output \
        whatever the core count (the first uses the scenario's seed, or --seed). Files are \
        written whole or not at all, by default to Reports/<scenario name>/.
        """
    )

    @Argument(help: "The scenario file (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var scenario: String

    @OptionGroup var output: OutputOptions
    @OptionGroup var replication: ReplicationOptions

    @Flag(name: .long, help: "Also write jobs.csv, one row per run of each job of the first replication.")
    var jobs = false

    @Flag(name: .long, help: "Also write each replication's monthly.csv, tenants.csv, finance.csv and funding.csv into replications/NNN/.")
    var perReplication = false

    @OptionGroup var cores: CoresOptions
    @OptionGroup var csv: CSVOptions
    @OptionGroup var briefing: BriefingOptions
    @OptionGroup var quiet: QuietOption

    func run() throws {
        let model = try loadScenarioOrExit(scenario, overrides: replication.overrides, quiet: quiet.quiet, nothing: "simulated")
        let folder = output.folder(default: "Reports/\(model.name)")
        try withFolderLock(folder) {
            let evaluation: ScenarioEvaluation
            do { evaluation = try ScenarioEvaluation.run(model, options: EvaluationOptions(replication, cores: cores, recordJobs: jobs)) } catch {
                printError("\(scenario): cannot simulate: \(error)")
                throw ExitCode(1)
            }
            var files = OutputFiles.simulation(evaluation, dialect: csv.csvDialect)
            if perReplication { files += OutputFiles.perReplication(evaluation, dialect: csv.csvDialect) }
            try exitOnFailure {
                if let page = try briefing.fileIfAsked(evaluation.outputResults(dialect: csv.csvDialect), folder: folder, scenario: BriefingScenario(model, path: scenario)) {
                    files.append(page)
                }
                try OutputFolder(path: folder).write(files, replacing: OutputFiles.simulationNames(in: folder))
            }
            if !quiet.quiet { Self.printSummary(evaluation, wrote: files.map(\.name), to: folder) }
        }
    }

    /// The terminal summary: speed, then the headline figures as summary.json and the
    /// briefing give them (the mean over the replications, with its 95 % interval), with the
    /// briefing's rounding: utilisation on its three bases, stranded GPUs and what they cost,
    /// money, and each tenant's work served, abandoned and p95 wait.
    static func printSummary(_ evaluation: ScenarioEvaluation, wrote names: [String], to folder: String) {
        let model = evaluation.scenario, count = evaluation.results.count, money = evaluation.finances[0]
        let seconds = evaluation.simulationSeconds, events = evaluation.eventsProcessed
        print("\(model.name): \(count) replication\(count == 1 ? "" : "s"), \(events) events in \(String(format: "%.2f", seconds)) s (\(String(format: "%.0f", Double(events) / max(seconds, 1e-9))) events/s); figures are means over the replications, as in summary.json.")
        let figures = Dictionary(uniqueKeysWithValues: evaluation.headline.map { ($0.name, $0) })
        func percent(_ name: String) -> String { TerminalFigures.percent(figures[name]) }
        print("  utilisation of installed GPUs \(percent("mean_utilisation")); of powered GPUs \(percent("utilisation_powered")); of GPUs up \(percent("utilisation_up"))")
        print("  stranded by the grid limit: \(TerminalFigures.number(figures["stranded_gpu_months"], decimals: 0)) GPU-months, \(TerminalFigures.millions(figures["stranded_depreciation_eur"])) of depreciation")
        print("  capex €\(Validate.millions(money.funding.schedule.total.euros)): EU €\(Validate.millions(money.funding.eu.euros)), national €\(Validate.millions(money.funding.national.euros)), others €\(Validate.millions(money.funding.others.euros))")
        print("  cost per delivered GPU-hour \(TerminalFigures.perGPUHour(figures["cost_per_gpu_hour_eur"])); per installed GPU-hour \(TerminalFigures.perGPUHour(figures["cost_per_installed_gpu_hour_eur"])); per reference GPU-hour \(TerminalFigures.perGPUHour(figures["cost_per_reference_gpu_hour_eur"])); NPV of cost \(TerminalFigures.millions(figures["npv_cost_eur"]))")
        let causes = SimulationSummary.interruptionTotals(evaluation.results).filter { $0.interruptions > 0 }.map {
            "\($0.cause.reportName) \(String(format: "%.0f", $0.interruptions)) (\(String(format: "%.0f", $0.downGPUHours)) GPU-h down, \(String(format: "%.0f", $0.lostGPUHours)) lost)"
        }
        print("  interruptions: " + (causes.isEmpty ? "none" : causes.joined(separator: "; ")))
        for tenant in model.tenants {
            let name = tenant.name
            print("  \(name): \(TerminalFigures.number(figures["\(name).jobs_submitted"], decimals: 0)) jobs, served \(percent("\(name).served_share")) of the work submitted, \(TerminalFigures.number(figures["\(name).jobs_abandoned"], decimals: 0)) jobs gave up, wait p95 \(TerminalFigures.number(figures["\(name).wait_p95_hours"], decimals: 1, unit: " h"))")
        }
        let skipped = evaluation.results[0].traceJobsSkipped
        if skipped > 0 {
            print("  \(skipped) trace jobs not replayed (no usable size or duration, or submitted after the horizon)")
        }
        print("  wrote \(names.joined(separator: ", ")) to \(folder)/")
    }
}

/// Runs `body` holding the lock of the output folder `folder` (exclusive for a command's
/// files, shared for a sweep's points); prints why and exits with status 1 when another
/// process is writing it or it cannot be made.
func withFolderLock(_ folder: String, _ access: OutputLock.Access = .exclusive, _ body: () throws -> Void) throws {
    do { try OutputFolder(path: folder).locked(access, body) } catch let error as OutputError {
        printError(error.message)
        throw ExitCode(1)
    }
}

/// Runs `body`; prints its error and exits with status 1 when it throws.
func exitOnFailure(_ body: () throws -> Void) throws {
    do { try body() } catch {
        printError("\(error)")
        throw ExitCode(1)
    }
}
