import ArgumentParser
import Briefing
import Evaluation
import FactoryModel
import Foundation
import Reporting
import ScenarioFormat

extension BriefingLanguage: ExpressibleByArgument {}

/// `aifactory report DIR`: the ministry briefing, one self-contained HTML page, from an output
/// folder of `aifactory simulate` or `aifactory plan`.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a self-contained HTML briefing (report.html) from a simulate or plan output folder.",
        discussion: """
        Reads monthly.csv, tenants.csv, finance.csv, funding.csv and summary.json (and, from a plan \
        folder, buildout.csv, forecast.csv and rounds.csv; and tornado.csv from `aifactory \
        sensitivity`, drawn as tornado charts) and writes one HTML file with inline \
        charts and styles, no scripts and nothing fetched, that prints on A4. The same folder \
        always gives the same bytes. The grid connection is not in the output files: it is read \
        from --scenario, or from the folder's plan.yaml when that loads, as are the inputs behind \
        the figures with their sources (the scenario's comments) and the tenants' display names. \
        Exit status 1 when a \
        file is missing or malformed (the message names the file and line); no report is written then.
        """
    )

    @Argument(help: "The output folder of aifactory simulate or aifactory plan.", completion: .directory)
    var folder: String

    @Option(name: .long, help: "Language of the briefing: en (English) or nl (Dutch).")
    var lang: BriefingLanguage = .en

    @Option(name: .long, help: "Where to write the HTML (default: DIR/report.html).")
    var out: String?

    @Option(name: .long, help: "The scenario the folder came from, for its grid connection limit, its inputs with their sources and its tenants' names.", completion: .file(extensions: ["yaml", "yml"]))
    var scenario: String?

    @OptionGroup var quietOption: QuietOption

    var quiet: Bool { quietOption.quiet }

    func run() throws {
        var given: BriefingScenario? = nil
        if let scenario {
            let loaded = ScenarioLoader.load(path: scenario)
            guard let model = loaded.scenario else {
                for diagnostic in loaded.errors { printError(diagnostic.description) }
                printError("\(scenario): invalid, no report written; fix the problems above.")
                throw ExitCode(1)
            }
            given = BriefingScenario(model, path: scenario)
        }
        do {
            let written = try Self.writeBriefing(folder: folder, language: lang, out: out, scenario: given)
            if !quiet { print("wrote \(written)") }
        } catch {
            printError("\(error)")
            throw ExitCode(1)
        }
    }

    /// Reads the output folder `folder`, writes its briefing atomically and returns the path written.
    ///
    /// - Parameters:
    ///   - folder: the output folder holding `monthly.csv`, `tenants.csv`, `finance.csv`,
    ///     `funding.csv`, `summary.json` (and a plan's `buildout.csv`, `forecast.csv`, `rounds.csv`).
    ///   - language: the briefing's language.
    ///   - out: the HTML file to write; default `folder/report.html`.
    ///   - scenario: what the briefing takes from the scenario (grid limit, assumptions, display
    ///     names); nil to read it from the folder's `plan.yaml` when that loads, else the
    ///     briefing says what is unknown.
    /// - Throws: `OutputError` naming the file (and line) of a missing or malformed input, or the
    ///   file that could not be written. Nothing is written then.
    @discardableResult
    static func writeBriefing(folder: String, language: BriefingLanguage, out: String? = nil, scenario: BriefingScenario? = nil) throws -> String {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw OutputError(message: "\(folder): no such folder; give the output folder of aifactory simulate or aifactory plan")
        }
        let targetPath = out ?? inFolder(folder, "report.html")
        let target = URL(fileURLWithPath: targetPath)
        let targetFolder = target.deletingLastPathComponent().standardizedFileURL.path
        // Under the target folder's lock, and reading the source folder under its own (the same
        // one by default), so that the page and the files beside it are one run's.
        return try OutputFolder(path: targetFolder).locked {
            let results = try OutputFolder(path: folder).reading { () throws -> OutputResults in
                let texts = try readTexts(OutputResults.requiredFiles + OutputResults.optionalFiles, in: folder)
                do { return try OutputResults(files: texts) } catch let error as OutputFileError { throw OutputError(error, folder: folder) }
            }
            let known = scenario ?? planScenario(folder: URL(fileURLWithPath: folder))
            let page = page(results, folder: folder, targetFolder: targetFolder, language: language, scenario: known)
            try OutputFolder(path: targetFolder).write([OutputFile(name: target.lastPathComponent, text: page)])
            return targetPath
        }
    }

    /// report.html of a run's `results` (`simulate --report`, `plan --report`), for the folder
    /// its files go to, with the folder's `tornado.csv` of an earlier `aifactory sensitivity`
    /// when there is one. The caller holds the folder's lock and writes the page with the
    /// run's other files.
    /// - Throws: `OutputError` for a malformed `tornado.csv`.
    static func briefingFile(results: OutputResults, folder: String, language: BriefingLanguage, scenario: BriefingScenario) throws -> OutputFile {
        var results = results
        if let tornado = try readTexts(["tornado.csv"], in: folder)["tornado.csv"] {
            do { results.sensitivity = try TornadoRow.rows(in: tornado) } catch let error as OutputFileError { throw OutputError(error, folder: folder) }
        }
        let standardized = URL(fileURLWithPath: folder).standardizedFileURL.path
        return OutputFile(name: "report.html", text: page(results, folder: folder, targetFolder: standardized, language: language, scenario: scenario))
    }

    /// The page for `results`, to be written in `targetFolder`, linking the CSV files of
    /// `folder` relative to it.
    private static func page(_ results: OutputResults, folder: String, targetFolder: String, language: BriefingLanguage, scenario: BriefingScenario) -> String {
        // The CSV links are relative to the page, so they work wherever the pair is copied.
        let link = String(OutputFiles.relativePath(from: targetFolder, to: URL(fileURLWithPath: folder).standardizedFileURL.path + "/-").dropLast())
        return BriefingReport.html(results, gridConnectionMW: scenario.gridConnectionMW, assumptions: scenario.assumptions,
                                   tenantNames: scenario.tenantNames, language: language, dataFolderLink: link)
    }

    /// The UTF-8 texts of those of `names` that are in `folder`, by name.
    private static func readTexts(_ names: [String], in folder: String) throws -> [String: String] {
        var texts: [String: String] = [:]
        for name in names {
            let path = inFolder(folder, name)
            guard FileManager.default.fileExists(atPath: path) else { continue }
            guard let data = FileManager.default.contents(atPath: path) else { throw OutputError(message: "\(path): cannot be read") }
            guard let text = String(data: data, encoding: .utf8) else { throw OutputError(message: "\(path): not UTF-8 text") }
            texts[name] = text
        }
        return texts
    }

    /// The path of `name` in `folder`.
    private static func inFolder(_ folder: String, _ name: String) -> String { folder.hasSuffix("/") ? folder + name : folder + "/" + name }

    /// What the briefing takes from the folder's `plan.yaml` (which extends the scenario), or
    /// nothing when there is no such file or it does not load (e.g. the folder was copied away
    /// from the scenario it extends).
    static func planScenario(folder: URL) -> BriefingScenario {
        let plan = folder.appendingPathComponent("plan.yaml").path
        guard FileManager.default.fileExists(atPath: plan) else { return BriefingScenario() }
        return BriefingScenario.load(path: plan) ?? BriefingScenario()
    }
}

extension OutputError {
    /// A malformed file of the output folder `folder`: its path, line and what is wrong.
    init(_ error: OutputFileError, folder: String) {
        let path = folder.hasSuffix("/") ? folder + error.file : folder + "/" + error.file
        self.init(message: path + (error.line.map { ":\($0)" } ?? "") + ": " + error.message)
    }
}
