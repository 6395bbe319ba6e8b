import ArgumentParser
import FacilitySimulation
import FactoryModel
import Finance
import Foundation
import Reporting
import ScenarioFormat

/// `aifactory simulate`: run the facility job by job and write the monthly reports.
struct Simulate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Simulate a scenario's facility job by job and write monthly.csv, vendors.csv, tenants.csv, finance.csv, funding.csv and summary.json.",
        discussion: """
        The CSV files describe the first replication (seed = the scenario's seed, or --seed); \
        summary.json gives each headline figure's mean and 95% confidence interval over all \
        replications, which run in parallel and give the same output whatever the core count. \
        Files are written whole or not at all.
        """
    )

    @Argument(help: "The scenario file (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var scenario: String

    @Option(name: .long, help: "Output folder (default: Reports/<scenario name>/).")
    var out: String?

    @Option(name: .long, help: "Seed of the first replication (default: the scenario's seed).")
    var seed: UInt64?

    @Option(name: .long, help: "Number of replications (default: the scenario's scheduler.replications).")
    var replications: Int?

    @Flag(name: .long, help: "Also write jobs.csv, one row per run of each job of the first replication.")
    var jobs = false

    @Option(name: .long, help: "Use at most this many cores for replications (default: all). The output does not depend on it.")
    var cores: Int?

    @OptionGroup var csv: CSVOptions

    @OptionGroup var briefing: BriefingOptions

    @Flag(name: .long, help: "Print nothing but problems.")
    var quiet = false

    func validate() throws {
        if let replications, replications < 1 { throw ValidationError("--replications must be at least 1") }
        if let cores, cores < 1 { throw ValidationError("--cores must be at least 1") }
    }

    func run() throws {
        let model = try loadScenarioOrExit(scenario, quiet: quiet, nothing: "simulated")
        let simulator: FacilitySimulator
        do { simulator = try FacilitySimulator(scenario: model) } catch {
            printError("\(scenario): cannot simulate: \(error)")
            throw ExitCode(1)
        }
        let runSeed = seed ?? model.seed
        let count = replications ?? model.scheduler.replications
        let clock = ContinuousClock()
        let began = clock.now
        let results = simulator.run(seed: runSeed, replications: count, recordJobs: jobs, maximumConcurrency: cores)
        let elapsed = clock.now - began
        let finances = results.map { FinanceModel.evaluate(scenario: model, result: $0) }
        var files = Self.outputFiles(model, seed: runSeed, results: results, finances: finances, dialect: csv.csvDialect)
        if jobs, let runs = results[0].jobRuns { files.append(("jobs.csv", SimulationReport.jobsCSV(runs, dialect: csv.csvDialect))) }
        let folder = out ?? "Reports/\(model.name)"
        do {
            try OutputFolder(path: folder).write(files)
            try briefing.writeIfAsked(OutputResults(scenario: model, seed: runSeed, results: results, finances: finances, dialect: csv.csvDialect),
                                      folder: folder, gridConnectionMW: model.site.gridConnectionMW)
            // A jobs.csv from an earlier run with --jobs would no longer match the other files.
            if !jobs { try OutputFolder(path: folder).remove("jobs.csv") }
        } catch {
            printError("\(error)")
            throw ExitCode(1)
        }
        guard !quiet else { return }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let events = results.reduce(0) { $0 + $1.eventsProcessed }
        let first = results[0]
        let available = first.monthly.reduce(0) { $0 + $1.availableGPUHours }
        let busy = first.monthly.reduce(0) { $0 + $1.busyGPUHours }
        print("\(model.name): \(count) replication\(count == 1 ? "" : "s"), \(events) events in \(String(format: "%.2f", seconds)) s (\(String(format: "%.0f", Double(events) / max(seconds, 1e-9))) events/s).")
        print(String(format: "  mean utilisation %.1f %% (first replication)", available > 0 ? 100 * busy / available : 0))
        let money = finances[0]
        print("  capex €\(Validate.millions(money.funding.schedule.total.euros)): EU €\(Validate.millions(money.funding.eu.euros)), national €\(Validate.millions(money.funding.national.euros)), others €\(Validate.millions(money.funding.others.euros))")
        print(String(format: "  cost per delivered GPU-hour €%.2f (per reference GPU-hour €%.2f), NPV of cost €%@", money.costPerGPUHourEUR, money.costPerReferenceGPUHourEUR, Validate.millions(money.npvCost.euros)))
        for tenant in first.tenantTotals {
            print(String(format: "  %@: %d jobs, wait p95 %.1f h", tenant.tenant, tenant.jobsSubmitted, tenant.waitP95Hours))
        }
        if first.traceJobsSkipped > 0 {
            print("  \(first.traceJobsSkipped) trace jobs not replayed (no usable size or duration, or submitted after the horizon)")
        }
        print("  wrote \(files.map(\.name).joined(separator: ", ")) to \(folder)/")
    }

    /// The files `simulate` writes, CSV in `dialect`, from replications in order and their finances.
    static func outputFiles(
        _ model: Scenario, seed: UInt64, results: [ReplicationResult], finances: [FinanceResult], dialect: CSVDialect = .rfc4180
    ) -> [(name: String, text: String)] {
        [
            ("monthly.csv", SimulationReport.monthlyCSV(results[0], dialect: dialect)),
            ("vendors.csv", SimulationReport.vendorsCSV(results[0], dialect: dialect)),
            ("tenants.csv", SimulationReport.tenantsCSV(results[0], dialect: dialect)),
            ("finance.csv", FinanceReport.financeCSV(finances[0], dialect: dialect)),
            ("funding.csv", FinanceReport.fundingCSV(finances[0], dialect: dialect)),
            ("summary.json", SimulationSummary.json(scenario: model, seed: seed, results: results, finances: finances)),
        ]
    }
}
