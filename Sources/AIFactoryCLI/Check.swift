import ArgumentParser
import FacilitySimulation
import FactoryModel
import Finance
import Foundation
import Optimization
import Planning
import Reporting
import ScenarioFormat

/// `aifactory check`: rerun scenarios and compare every output with the committed baseline.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rerun scenarios and compare every output file with the baseline in Reports/.",
        discussion: """
        Each scenario (all of Scenarios/*.yaml by default) is simulated again, and planned again \
        when its baseline has a plan/ folder, into a temporary folder; every file is compared \
        with BASELINE/<scenario name>/: CSV cell by cell (rows matched by their key columns), \
        JSON field by field, other files line by line. Numbers may move by the tolerance \
        (default: 1e-6 relative or 0.001 absolute, whichever is larger; --tolerance overrides a \
        column). Prints what changed and exits 1 on any change beyond tolerance, 0 otherwise. \
        --update rewrites the baseline instead.
        """
    )

    @Argument(help: "Scenario files (default: every .yaml file in Scenarios/).", completion: .file(extensions: ["yaml", "yml"]))
    var scenarios: [String] = []

    @Option(name: .long, help: "The folder holding the baselines, one subfolder per scenario name.")
    var baseline = "Reports"

    @Option(name: .long, help: "Default relative tolerance of numbers.")
    var relativeTolerance = ComparisonTolerance.standard.relative

    @Option(name: .long, help: "Default absolute tolerance of numbers.")
    var absoluteTolerance = ComparisonTolerance.standard.absolute

    @Option(name: .long, help: "A column's own tolerance, COLUMN=RELATIVE[,ABSOLUTE] (repeatable), e.g. wait_p95_hours=0.05,0.5.")
    var tolerance: [String] = []

    @Flag(name: .long, help: "Rewrite the baseline with the new outputs instead of comparing.")
    var update = false

    @Option(name: .long, help: "Use at most this many cores for replications (default: all). The output does not depend on it.")
    var cores: Int?

    func validate() throws {
        _ = try columnTolerances()
        if let cores, cores < 1 { throw ValidationError("--cores must be at least 1") }
        guard relativeTolerance >= 0, absoluteTolerance >= 0 else { throw ValidationError("tolerances must be ≥ 0") }
    }

    /// `--tolerance` values by column.
    func columnTolerances() throws -> [String: ComparisonTolerance] {
        var result: [String: ComparisonTolerance] = [:]
        for text in tolerance {
            let parts = text.split(separator: "=", maxSplits: 1)
            let numbers = parts.count == 2 ? parts[1].split(separator: ",").map { Double($0) } : []
            guard parts.count == 2, !numbers.isEmpty, numbers.count <= 2, numbers.allSatisfy({ $0 != nil && $0! >= 0 }) else {
                throw ValidationError("--tolerance \(text): expected COLUMN=RELATIVE or COLUMN=RELATIVE,ABSOLUTE with numbers ≥ 0")
            }
            result[String(parts[0])] = ComparisonTolerance(relative: numbers[0]!, absolute: numbers.count == 2 ? numbers[1]! : absoluteTolerance)
        }
        return result
    }

    func run() throws {
        let paths = try scenarios.isEmpty ? Self.shippedScenarios() : scenarios
        let standard = ComparisonTolerance(relative: relativeTolerance, absolute: absoluteTolerance)
        let columns = try columnTolerances()
        var changed = 0
        var failed = false
        for path in paths {
            let loaded = ScenarioLoader.load(path: path)
            for diagnostic in loaded.diagnostics where diagnostic.severity == .error { printError(diagnostic.description) }
            guard let model = loaded.scenario else {
                printError("\(path): invalid, not checked")
                failed = true
                continue
            }
            let folder = URL(fileURLWithPath: baseline).appendingPathComponent(model.name)
            let old = try Self.readFolder(folder)
            let new: [String: String]
            do { new = try rerun(model, path: path, baselineFolder: folder, oldFiles: old) } catch {
                printError("\(path): \(error)")
                failed = true
                continue
            }
            if update {
                try rewrite(folder, old: old, new: new)
                print("\(model.name): baseline \(folder.path)/ rewritten (\(new.count) files)")
                continue
            }
            let differences = OutputComparison.compare(baseline: old, new: new, tolerances: columns, standard: standard)
            if differences.isEmpty {
                print("\(model.name): \(new.count) files match the baseline")
            } else {
                changed += differences.count
                let kept = try keep(new, name: model.name)
                print("\(model.name): \(differences.count) change\(differences.count == 1 ? "" : "s") beyond tolerance (new outputs in \(kept)):")
                print(Self.table(differences))
            }
        }
        if failed { throw ExitCode(1) }
        if changed > 0 {
            print("\(changed) change\(changed == 1 ? "" : "s") in all; if they are meant, run `aifactory check --update` and commit the new baseline.")
            throw ExitCode(1)
        }
    }

    /// The scenarios of `Scenarios/`, sorted.
    static func shippedScenarios() throws -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "Scenarios")) ?? []
        let files = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { "Scenarios/\($0)" }
        guard !files.isEmpty else { throw ValidationError("no scenario files given and none in Scenarios/ (run from the repository folder)") }
        return files
    }

    /// Every output file of a baseline folder (and its plan/ subfolder) by relative name.
    static func readFolder(_ folder: URL) throws -> [String: String] {
        var files: [String: String] = [:]
        for sub in ["", "plan"] {
            let directory = sub.isEmpty ? folder : folder.appendingPathComponent(sub)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { continue }
            for name in names.sorted() where !name.hasPrefix(".") && name != "README.md" && name != "report.html" {
                let url = directory.appendingPathComponent(name)
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
                files[sub.isEmpty ? name : "\(sub)/\(name)"] = try String(contentsOf: url, encoding: .utf8)
            }
        }
        return files
    }

    /// The outputs `simulate` (and, when the baseline has a plan, `plan --export-lp`) write now.
    func rerun(_ model: Scenario, path: String, baselineFolder: URL, oldFiles: [String: String]) throws -> [String: String] {
        let simulator = try FacilitySimulator(scenario: model)
        let results = simulator.run(seed: model.seed, replications: model.scheduler.replications, maximumConcurrency: cores)
        let finances = results.map { FinanceModel.evaluate(scenario: model, result: $0) }
        var files: [String: String] = [:]
        for file in Simulate.outputFiles(model, seed: model.seed, results: results, finances: finances) { files[file.name] = file.text }
        if oldFiles.keys.contains(where: { $0.hasPrefix("plan/") }) {
            let plan = try BuildOutPlanner.plan(model, maximumConcurrency: cores)
            let planFinances = plan.simulation.map { FinanceModel.evaluate(scenario: plan.scenario, result: $0) }
            let folder = baselineFolder.appendingPathComponent("plan").path
            for file in Plan.outputFiles(plan, original: model, scenarioPath: path, folder: folder, finances: planFinances) {
                files["plan/" + file.name] = file.text
            }
            if oldFiles["plan/plan.mps"] != nil { files["plan/plan.mps"] = MPSWriter.write(plan.model.program) }
        }
        return files
    }

    /// Writes the new outputs to a fresh temporary folder for the analyst to inspect; its path.
    func keep(_ files: [String: String], name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("aifactory-check-\(name)-\(ProcessInfo.processInfo.processIdentifier)")
        for sub in Set(files.keys.map { $0.contains("/") ? String($0.split(separator: "/")[0]) : "" }) {
            let group = files.filter { sub.isEmpty ? !$0.key.contains("/") : $0.key.hasPrefix(sub + "/") }
                .map { (name: String($0.key.split(separator: "/").last!), text: $0.value) }
            try OutputFolder(path: sub.isEmpty ? folder.path : folder.appendingPathComponent(sub).path).write(group.sorted { $0.name < $1.name })
        }
        return folder.path
    }

    /// Replaces the baseline with `new`: every file written atomically, stale outputs removed.
    func rewrite(_ folder: URL, old: [String: String], new: [String: String]) throws {
        for sub in ["", "plan"] {
            let group = new.filter { sub.isEmpty ? !$0.key.contains("/") : $0.key.hasPrefix(sub + "/") }
                .map { (name: String($0.key.split(separator: "/").last!), text: $0.value) }
            guard !group.isEmpty else { continue }
            try OutputFolder(path: sub.isEmpty ? folder.path : folder.appendingPathComponent(sub).path).write(group.sorted { $0.name < $1.name })
        }
        for stale in old.keys where new[stale] == nil {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(stale))
        }
    }

    /// The differences as an aligned table: file, row, column, baseline, new, relative change.
    static func table(_ differences: [OutputDifference], limit: Int = 60) -> String {
        let rows = [["file", "row", "column", "baseline", "new", "change"]] + differences.prefix(limit).map { d in
            [d.file, d.rowKey, d.column, clip(d.baseline), clip(d.new), d.relativeChange.map { $0.isFinite ? String(format: "%+.3g %%", 100 * $0) : "from 0" } ?? ""]
        }
        let widths = (0..<6).map { column in rows.map { $0[column].count }.max() ?? 0 }
        var lines = rows.map { row in
            "  " + row.enumerated().map { $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0) }.joined(separator: "  ")
        }
        if differences.count > limit { lines.append("  … and \(differences.count - limit) more") }
        return lines.joined(separator: "\n")
    }

    private static func clip(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        return flat.count > 40 ? String(flat.prefix(39)) + "…" : flat
    }
}
