import ArgumentParser
import Evaluation
import Foundation
import Reporting
import ScenarioFormat
import Studies

/// `aifactory sensitivity`: one-at-a-time sensitivity of headline figures to inputs.
struct Sensitivity: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Move each input down and up by a percentage, one at a time, and write tornado.csv.",
        discussion: """
        Default inputs (when the scenario writes them): \(SensitivityStudy.defaultInputs.joined(separator: ", ")). \
        Default figures: cost_per_gpu_hour_eur, mean_utilisation, each tenant's wait_p95_hours, \
        national_funding_eur. Rows are grouped by figure, inputs ordered by swing (largest first); \
        `aifactory report` draws them as a tornado chart.
        """
    )

    @Argument(help: "The scenario file.", completion: .file(extensions: ["yaml", "yml"]))
    var scenario: String

    @Option(name: .long, help: "A field path to vary (repeatable; default: the documented list).")
    var input: [String] = []

    @Option(name: .long, help: "A headline figure to report (repeatable), as sweep.csv names them without _mean.")
    var figure: [String] = []

    @Option(name: .long, help: "How far each input moves down and up, in percent.")
    var percent = 10.0

    @Option(name: .long, help: "Replications per run (default: the scenario's).")
    var replications: Int?

    @OptionGroup var output: OutputOptions

    @OptionGroup var coreOptions: CoresOptions

    @OptionGroup var csv: CSVOptions

    @OptionGroup var quietOption: QuietOption

    var quiet: Bool { quietOption.quiet }

    func validate() throws {
        if let replications, replications < 1 { throw ValidationError("--replications must be at least 1") }
    }

    func run() throws {
        let study: SensitivityStudy
        do {
            study = try SensitivityStudy(scenarioPath: scenario, inputs: input, percent: percent, figures: figure, replications: replications)
        } catch {
            printError("\(scenario): \(error)")
            throw ExitCode(1)
        }
        if !quiet {
            for skipped in study.skipped { printError("note: \(skipped.path) not varied: \(skipped.reason)") }
        }
        let name = ScenarioLoader.load(path: scenario).scenario?.name ?? "sensitivity"
        let folder = output.out ?? "Reports/\(name)"
        try withFolderLock(folder) {
            let text = study.run(cores: coreOptions.cores ?? ProcessInfo.processInfo.activeProcessorCount, dialect: csv.csvDialect)
            try exitOnFailure { try OutputFolder(path: folder).write([OutputFile(name: "tornado.csv", text: text)]) }
        }
        if !quiet {
            print("\(name): \(study.inputs.count) inputs ± \(NumberText.shortest(percent)) %, \(1 + 2 * study.inputs.count) runs; wrote \(folder)/tornado.csv")
        }
    }
}
