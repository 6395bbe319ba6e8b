import ArgumentParser
import Briefing
import Evaluation
import FactoryModel
import Reporting
import ScenarioFormat

/// The briefing flags shared by `simulate` and `plan`: whether to write report.html beside the
/// CSV files, and in which language.
struct BriefingOptions: ParsableArguments {
    @Flag(name: .long, help: "Also write report.html, the briefing (as `aifactory report` does).")
    var report = false

    @Option(name: .long, help: "With --report: the briefing's language, en or nl.")
    var lang: BriefingLanguage = .en

    /// report.html for `folder` when --report was given, drawn from the run's `results` and
    /// what only the `scenario` knows (both made only then), to be written with the run's other files.
    func fileIfAsked(_ results: @autoclosure () -> OutputResults, folder: String, scenario: @autoclosure () -> BriefingScenario) throws -> OutputFile? {
        guard report else { return nil }
        return try Report.briefingFile(results: results(), folder: folder, language: lang, scenario: scenario())
    }
}

/// What the briefing takes from the scenario, as no output file holds it: the grid connection
/// limit, the inputs behind the figures with their sources, and the tenants' display names.
struct BriefingScenario {
    /// Grid connection steps, MW; empty when not known.
    var gridConnectionMW: [MonthlyStep] = []
    /// The assumption rows; nil when the scenario is not known.
    var assumptions: [Assumption]?
    /// Display names by tenant code name.
    var tenantNames: [String: DisplayName] = [:]

    /// Nothing known: the page says what is missing.
    init() {}

    /// From `model`, the scenario as run, whose file `path` (and what it extends) is read again
    /// for the comments that source each input.
    init(_ model: Scenario, path: String) {
        gridConnectionMW = model.site.gridConnectionMW
        assumptions = AssumptionTable.rows(of: model, path: path)
        tenantNames = Dictionary(model.tenants.compactMap { tenant in tenant.displayName.map { (tenant.name, $0) } }) { first, _ in first }
    }

    /// The scenario at `path` when it loads without errors, else nil.
    static func load(path: String) -> BriefingScenario? {
        ScenarioLoader.load(path: path).scenario.map { BriefingScenario($0, path: path) }
    }
}

/// Loads a scenario for a command that runs it, printing its problems (warnings too unless
/// `quiet`); exits with status 1, saying nothing was `done` ("simulated", "planned"), when the
/// scenario is invalid. `overrides` are values set by command-line options.
func loadScenarioOrExit(_ path: String, overrides: [ScenarioOverride] = [], quiet: Bool, nothing done: String) throws -> Scenario {
    let loaded = ScenarioLoader.load(path: path, overrides: overrides)
    for diagnostic in loaded.diagnostics where diagnostic.severity == .error || !quiet { printError(diagnostic.description) }
    guard let scenario = loaded.scenario else {
        printError("\(path): invalid, nothing \(done); fix the problems above (aifactory validate shows them too).")
        throw ExitCode(1)
    }
    return scenario
}
