import ArgumentParser
import Evaluation
import FactoryModel
import Foundation
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

    @Flag(name: .long, help: "Treat an `extends` base or trace file outside the scenario's folder as an error, not a warning.")
    var strict = false

    @OptionGroup var cores: CoresOptions

    func validate() throws {
        _ = try columnTolerances()
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
        var changed = 0, failed = false
        for path in try scenarios.isEmpty ? Self.shippedScenarios() : scenarios {
            do { changed += try check(path) } catch {
                printError("\(path): \(error)")
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
        if changed > 0 {
            print("\(changed) change\(changed == 1 ? "" : "s") in all; if they are meant, run `aifactory check --update` and commit the new baseline.")
            throw ExitCode(1)
        }
    }

    /// Checks (or with --update rewrites) one scenario's baseline; the number of changes.
    func check(_ path: String) throws -> Int {
        let loaded = ScenarioLoader.load(path: path, strict: strict)
        for diagnostic in loaded.errors { printError(diagnostic.description) }
        guard let model = loaded.scenario else { throw CheckError.invalid }
        let store = BaselineStore(path: baseline)
        // --update holds the baseline's locks from reading it to rewriting it.
        return update ? try store.locked(model) { try check(model, path: path, in: store) } : try check(model, path: path, in: store)
    }

    /// Reruns `model` and compares (or rewrites) its baseline in `store`; the number of changes.
    private func check(_ model: Scenario, path: String, in store: BaselineStore) throws -> Int {
        let old = try store.files(of: model)
        let new = try store.rerun(model, scenarioPath: path, baseline: old, maximumConcurrency: cores.cores)
        if update {
            try store.rewrite(model, old: old, new: new)
            print("\(model.name): baseline \(store.folder(of: model).path)/ rewritten (\(new.count) files)")
            return 0
        }
        let differences = OutputComparison.compare(baseline: old, new: new, tolerances: try columnTolerances(),
                                                   standard: ComparisonTolerance(relative: relativeTolerance, absolute: absoluteTolerance))
        guard !differences.isEmpty else {
            print("\(model.name): \(new.count) files match the baseline")
            return 0
        }
        let kept = try BaselineStore.keep(new, name: model.name)
        print("\(model.name): \(differences.count) change\(differences.count == 1 ? "" : "s") beyond tolerance (new outputs in \(kept)):")
        print(Self.table(differences))
        return differences.count
    }

    /// A scenario that could not be checked (its problems are printed above).
    enum CheckError: Error, CustomStringConvertible {
        case invalid
        var description: String { "invalid, not checked" }
    }

    /// The scenarios of `Scenarios/`, sorted.
    static func shippedScenarios() throws -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "Scenarios")) ?? []
        let files = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { "Scenarios/\($0)" }
        guard !files.isEmpty else { throw ValidationError("no scenario files given and none in Scenarios/ (run from the repository folder)") }
        return files
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
