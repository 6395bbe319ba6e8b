import FactoryModel
import Foundation
import Planning

/// The committed outputs that `aifactory check` compares against: one folder per scenario
/// name (`Reports/<name>/`, with `plan/` where the scenario's plan is checked too), read and
/// rewritten as a whole.
public struct BaselineStore: Sendable {
    /// The folder holding one subfolder per scenario name.
    public let root: URL

    /// The store at `path` (`Reports` by default in the CLI).
    public init(path: String) { root = URL(fileURLWithPath: path) }

    /// The baseline folder of `scenario`.
    public func folder(of scenario: Scenario) -> URL { root.appendingPathComponent(scenario.name) }

    /// Every output file of a baseline folder and its plan/ subfolder, by relative name
    /// (`monthly.csv`, `plan/buildout.csv`); README.md, report.html and hidden files are not
    /// outputs. Empty when the folder does not exist. Read under the folders' locks, so that
    /// the files are one run's (a run writing the folder now makes this fail in plain words).
    public func files(of scenario: Scenario) throws -> [String: String] {
        let folder = folder(of: scenario)
        let plan = folder.appendingPathComponent("plan")
        return try OutputFolder(path: folder.path).reading {
            try OutputFolder(path: plan.path).reading {
                var files: [String: String] = [:]
                for (sub, directory) in [("", folder), ("plan", plan)] {
                    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { continue }
                    for name in names.sorted() where !name.hasPrefix(".") && name != "README.md" && name != "report.html" {
                        let url = directory.appendingPathComponent(name)
                        guard !OutputFolder.isFolder(url.path) else { continue }
                        files[sub.isEmpty ? name : "\(sub)/\(name)"] = try Self.text(of: url)
                    }
                }
                return files
            }
        }
    }

    /// Runs `body` holding the locks of the baseline folder of `scenario` and of its plan/
    /// subfolder when there is one: `check --update` reads, reruns and rewrites under them,
    /// so that no other run writes the baseline meanwhile.
    /// - Throws: `OutputError` when another process is writing either folder, else what
    ///   `body` throws.
    public func locked<T>(_ scenario: Scenario, _ body: () throws -> T) throws -> T {
        let folder = folder(of: scenario)
        return try OutputFolder(path: folder.path).locked {
            let plan = folder.appendingPathComponent("plan").path
            guard OutputFolder.isFolder(plan) else { return try body() }
            return try OutputFolder(path: plan).locked(.exclusive, body)
        }
    }

    /// The text of one baseline file.
    /// - Throws: `OutputError` in plain words when it cannot be read or is not UTF-8 text.
    static func text(of url: URL) throws -> String {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw OutputError(message: "cannot read the baseline file \(url.path): \(OutputFolder.reason(error))")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw OutputError(message: "the baseline file \(url.path) is not UTF-8 text; restore it from version control, or rewrite the baseline with `aifactory check --update`")
        }
        return text
    }

    /// The outputs the baseline of `scenario` (loaded from `scenarioPath`) holds, made again
    /// now: `simulate`'s files, and `plan`'s (with plan.mps when the baseline has it) when
    /// the baseline has a plan/ folder.
    /// - Throws: `EvaluationError` or `PlanningError` when the scenario cannot be run.
    public func rerun(_ scenario: Scenario, scenarioPath: String, baseline: [String: String], maximumConcurrency: Int?) throws -> [String: String] {
        let options = EvaluationOptions(maximumConcurrency: maximumConcurrency)
        var files: [String: String] = [:]
        for file in OutputFiles.simulation(try ScenarioEvaluation.run(scenario, options: options)) { files[file.name] = file.text }
        guard baseline.keys.contains(where: { $0.hasPrefix("plan/") }) else { return files }
        let planned = try PlanEvaluation.run(scenario, options: options)
        let planFolder = folder(of: scenario).appendingPathComponent("plan").path
        for file in OutputFiles.plan(planned, scenarioPath: scenarioPath, folder: planFolder) { files["plan/" + file.name] = file.text }
        if baseline["plan/plan.mps"] != nil { files["plan/plan.mps"] = OutputFiles.planModel(planned) }
        return files
    }

    /// Replaces the baseline of `scenario` with `new` as one set: every file of `new` written
    /// and every file of `old` that `new` no longer has removed, or nothing changed.
    /// - Throws: `OutputError` when a file cannot be written.
    public func rewrite(_ scenario: Scenario, old: [String: String], new: [String: String]) throws(OutputError) {
        try OutputFolder(path: folder(of: scenario).path).write(new.keys.sorted().map { OutputFile(name: $0, text: new[$0]!) }, replacing: Set(old.keys))
    }

    /// Writes `files` to a fresh temporary folder for the analyst to inspect; its path.
    /// - Throws: `OutputError` when a file cannot be written.
    public static func keep(_ files: [String: String], name: String) throws(OutputError) -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("aifactory-check-\(name)-\(ProcessInfo.processInfo.processIdentifier)")
        try OutputFolder(path: folder.path).write(files.keys.sorted().map { OutputFile(name: $0, text: files[$0]!) })
        return folder.path
    }
}
