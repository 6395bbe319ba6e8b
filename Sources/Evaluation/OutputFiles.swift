import FacilitySimulation
import Foundation
import Optimization
import Planning
import Reporting

/// The files a run writes: the one list of them, which `simulate`, `plan`, `check` and its
/// baselines all use.
public enum OutputFiles {
    /// `simulate`'s files, CSV in `dialect`: monthly.csv, tenants.csv and interruptions.csv (means over the
    /// replications, with intervals), vendors.csv (the same in every replication), finance.csv
    /// and funding.csv (the money of the mean replication, `ReplicationMeans`) and summary.json
    /// (every replication); jobs.csv too when the first replication recorded its jobs.
    public static func simulation(_ evaluation: ScenarioEvaluation, dialect: CSVDialect = .rfc4180) -> [OutputFile] {
        var files = simulationFiles(evaluation, dialect: dialect)
        if let runs = evaluation.results.first?.jobRuns { files.append(OutputFile(name: "jobs.csv", text: SimulationReport.jobsCSV(runs, dialect: dialect))) }
        return files
    }

    /// Every name a `simulate` run's set may hold: a run replaces these and removes those it
    /// does not write this time (`jobs.csv` without `--jobs`, `report.html` without `--report`,
    /// since they would describe an earlier run).
    public static let simulationNames: Set<String> = [
        "monthly.csv", "vendors.csv", "tenants.csv", "interruptions.csv", "finance.csv", "funding.csv", "summary.json", "jobs.csv", "report.html",
    ]

    /// The files of `perReplication` in each replication's folder.
    public static let perReplicationNames = ["monthly.csv", "tenants.csv", "interruptions.csv", "finance.csv", "funding.csv"]

    /// `simulationNames` and the per-replication files an earlier `--per-replication` run left
    /// in `folder` (every `replications/NNN/`), so that a run replaces or removes them all and
    /// no file of an earlier run survives beside the new set.
    public static func simulationNames(in folder: String) -> Set<String> {
        let replications = URL(fileURLWithPath: folder).appendingPathComponent("replications").path
        let numbered = (try? FileManager.default.contentsOfDirectory(atPath: replications)) ?? []
        let earlier = numbered.filter { $0.count >= 3 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
            .flatMap { number in perReplicationNames.map { "replications/\(number)/\($0)" } }
        return simulationNames.union(earlier)
    }

    /// Every name a `plan` run's set may hold (in the plan folder), as `simulationNames` for
    /// `simulate`. A `plan.mps` written by `--export-lp` into the folder belongs to the set of
    /// the run that wrote it; a run without `--export-lp` leaves an earlier one in place.
    public static let planNames: Set<String> = [
        "buildout.csv", "forecast.csv", "rounds.csv", "plan.yaml",
        "monthly.csv", "vendors.csv", "tenants.csv", "interruptions.csv", "finance.csv", "funding.csv", "summary.json", "report.html",
    ]

    /// `plan`'s files, CSV in `dialect`, for a plan of the scenario at `scenarioPath`, written
    /// to `folder` (plan.yaml's `extends:` is relative to it): buildout.csv, forecast.csv,
    /// rounds.csv, plan.yaml and the planned scenario's simulation files.
    public static func plan(_ planned: PlanEvaluation, scenarioPath: String, folder: String, dialect: CSVDialect = .rfc4180) -> [OutputFile] {
        let plan = planned.plan
        let scenarioFile = URL(fileURLWithPath: scenarioPath).standardizedFileURL.path
        let folderPath = URL(fileURLWithPath: folder).standardizedFileURL.path
        return [
            OutputFile(name: "buildout.csv", text: PlanReport.buildOutCSV(plan.scenario, dialect: dialect)),
            OutputFile(name: "forecast.csv", text: PlanReport.forecastCSV(plan, dialect: dialect)),
            OutputFile(name: "rounds.csv", text: PlanReport.roundsCSV(plan, dialect: dialect)),
            OutputFile(name: "plan.yaml", text: PlanReport.planYAML(plan, original: planned.original, extendsPath: relativePath(from: folderPath, to: scenarioFile))),
        ] + simulationFiles(planned.evaluation, dialect: dialect)
    }

    /// The plan's last build-out model, as MPS (for `--export-lp` and the HiGHS cross-check).
    public static func planModel(_ planned: PlanEvaluation) -> String { MPSWriter.write(planned.plan.model.program) }

    /// `files` with every `.csv` text rewritten from RFC 4180 into `dialect` (the numbers stay
    /// the same), for tables made elsewhere (`catalog`, `solve`); run outputs are written in
    /// their dialect directly.
    /// - Throws: `OutputError` when a text cannot be rewritten.
    public static func inDialect(_ files: [OutputFile], _ dialect: CSVDialect) throws(OutputError) -> [OutputFile] {
        var converted: [OutputFile] = []
        for file in files {
            guard file.name.hasSuffix(".csv") else { converted.append(file); continue }
            do { converted.append(OutputFile(name: file.name, text: try dialect.convert(file.text))) } catch {
                throw OutputError(message: "cannot write \(file.name) as \(dialect.rawValue): \(error)")
            }
        }
        return converted
    }

    /// `target` relative to the folder `base` (both absolute), for `extends:` in plan.yaml.
    public static func relativePath(from base: String, to target: String) -> String {
        let from = base.split(separator: "/")
        let to = target.split(separator: "/")
        var common = 0
        while common < from.count, common < to.count - 1, from[common] == to[common] { common += 1 }
        let ups = Array(repeating: "..", count: from.count - common)
        return (ups + to[common...].map(String.init)).joined(separator: "/")
    }

    private static func simulationFiles(_ evaluation: ScenarioEvaluation, dialect: CSVDialect) -> [OutputFile] {
        let means = ReplicationMeans(scenario: evaluation.scenario, results: evaluation.results)
        return [
            OutputFile(name: "monthly.csv", text: SimulationReport.monthlyCSV(means, dialect: dialect)),
            OutputFile(name: "vendors.csv", text: SimulationReport.vendorsCSV(evaluation.results[0], dialect: dialect)),
            OutputFile(name: "tenants.csv", text: SimulationReport.tenantsCSV(means, dialect: dialect)),
            OutputFile(name: "interruptions.csv", text: SimulationReport.interruptionsCSV(means, dialect: dialect)),
            OutputFile(name: "finance.csv", text: FinanceReport.financeCSV(means.finance, dialect: dialect)),
            OutputFile(name: "funding.csv", text: FinanceReport.fundingCSV(means.finance, dialect: dialect)),
            OutputFile(name: "summary.json", text: SimulationSummary.json(
                scenario: evaluation.scenario, seed: evaluation.seed, results: evaluation.results, finances: evaluation.finances)),
        ]
    }

    /// `--per-replication`'s files: each replication's monthly.csv, tenants.csv, interruptions.csv, finance.csv
    /// and funding.csv in `replications/NNN/` (NNN from 001, in replication order).
    public static func perReplication(_ evaluation: ScenarioEvaluation, dialect: CSVDialect = .rfc4180) -> [OutputFile] {
        zip(evaluation.results, evaluation.finances).enumerated().flatMap { index, run in
            let folder = "replications/" + String(repeating: "0", count: max(0, 3 - String(index + 1).count)) + String(index + 1) + "/"
            let texts = [
                SimulationReport.monthlyCSV(run.0, dialect: dialect), SimulationReport.tenantsCSV(run.0, dialect: dialect),
                SimulationReport.interruptionsCSV(run.0, dialect: dialect),
                FinanceReport.financeCSV(run.1, dialect: dialect), FinanceReport.fundingCSV(run.1, dialect: dialect),
            ]
            return zip(perReplicationNames, texts).map { OutputFile(name: folder + $0, text: $1) }
        }
    }
}

extension ScenarioEvaluation {
    /// The typed results the briefing draws, as this evaluation's files in `dialect` hold them.
    public func outputResults(dialect: CSVDialect = .rfc4180) -> OutputResults {
        OutputResults(scenario: scenario, seed: seed, results: results, finances: finances, dialect: dialect)
    }
}

extension PlanEvaluation {
    /// The typed results the briefing draws, as this plan's files in `dialect` hold them.
    public func outputResults(dialect: CSVDialect = .rfc4180) -> OutputResults {
        OutputResults(plan: plan, original: original, finances: evaluation.finances, dialect: dialect)
    }
}
