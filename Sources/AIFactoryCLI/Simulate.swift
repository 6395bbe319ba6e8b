import ArgumentParser
import Evaluation
import FactoryModel
import Foundation

/// `aifactory simulate`: run the facility job by job and write the monthly reports.
struct Simulate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Simulate a scenario's facility job by job and write monthly.csv, vendors.csv, tenants.csv, finance.csv, funding.csv and summary.json.",
        discussion: """
        The CSV files describe the first replication (seed = the scenario's seed, or --seed); \
        summary.json gives each headline figure's mean and 95% confidence interval over all \
        replications, which run in parallel and give the same output whatever the core count. \
        Files are written whole or not at all, by default to Reports/<scenario name>/.
        """
    )

    @Argument(help: "The scenario file (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var scenario: String

    @OptionGroup var output: OutputOptions
    @OptionGroup var replication: ReplicationOptions

    @Flag(name: .long, help: "Also write jobs.csv, one row per run of each job of the first replication.")
    var jobs = false

    @OptionGroup var cores: CoresOptions
    @OptionGroup var csv: CSVOptions
    @OptionGroup var briefing: BriefingOptions
    @OptionGroup var quiet: QuietOption

    func run() throws {
        let model = try loadScenarioOrExit(scenario, quiet: quiet.quiet, nothing: "simulated")
        let folder = output.folder(default: "Reports/\(model.name)")
        try withFolderLock(folder) {
            let evaluation: ScenarioEvaluation
            do { evaluation = try ScenarioEvaluation.run(model, options: EvaluationOptions(replication, cores: cores, recordJobs: jobs)) } catch {
                printError("\(scenario): cannot simulate: \(error)")
                throw ExitCode(1)
            }
            var files = OutputFiles.simulation(evaluation, dialect: csv.csvDialect)
            try exitOnFailure {
                if let page = try briefing.fileIfAsked(evaluation.outputResults(dialect: csv.csvDialect), folder: folder, gridConnectionMW: model.site.gridConnectionMW) {
                    files.append(page)
                }
                try OutputFolder(path: folder).write(files, replacing: OutputFiles.simulationNames)
            }
            if !quiet.quiet { Self.printSummary(evaluation, wrote: files.map(\.name), to: folder) }
        }
    }

    /// The terminal summary: speed, utilisation, money and each tenant's p95 wait.
    static func printSummary(_ evaluation: ScenarioEvaluation, wrote names: [String], to folder: String) {
        let model = evaluation.scenario, count = evaluation.results.count, first = evaluation.results[0], money = evaluation.finances[0]
        let seconds = evaluation.simulationSeconds, events = evaluation.eventsProcessed
        print("\(model.name): \(count) replication\(count == 1 ? "" : "s"), \(events) events in \(String(format: "%.2f", seconds)) s (\(String(format: "%.0f", Double(events) / max(seconds, 1e-9))) events/s).")
        let available = first.monthly.reduce(0) { $0 + $1.availableGPUHours }, busy = first.monthly.reduce(0) { $0 + $1.busyGPUHours }
        print(String(format: "  mean utilisation %.1f %% (first replication)", available > 0 ? 100 * busy / available : 0))
        print("  capex €\(Validate.millions(money.funding.schedule.total.euros)): EU €\(Validate.millions(money.funding.eu.euros)), national €\(Validate.millions(money.funding.national.euros)), others €\(Validate.millions(money.funding.others.euros))")
        print("  cost per delivered GPU-hour \(Validate.perGPUHour(money.costPerGPUHourEUR)) (per reference GPU-hour \(Validate.perGPUHour(money.costPerReferenceGPUHourEUR))), NPV of cost €\(Validate.millions(money.npvCost.euros))")
        for tenant in first.tenantTotals {
            print(String(format: "  %@: %d jobs, wait p95 %.1f h", tenant.tenant, tenant.jobsSubmitted, tenant.waitP95Hours))
        }
        if first.traceJobsSkipped > 0 {
            print("  \(first.traceJobsSkipped) trace jobs not replayed (no usable size or duration, or submitted after the horizon)")
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
