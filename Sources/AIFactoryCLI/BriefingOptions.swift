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

    /// report.html for `folder` when --report was given, drawn from the run's `results` (made
    /// only then), to be written with the run's other files; the grid limit (MW per month)
    /// comes from the scenario, as no output file holds it.
    func fileIfAsked(_ results: @autoclosure () -> OutputResults, folder: String, gridConnectionMW: [MonthlyStep]) throws -> OutputFile? {
        guard report else { return nil }
        return try Report.briefingFile(results: results(), folder: folder, language: lang, gridConnectionMW: gridConnectionMW)
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
