import ArgumentParser
import FactoryModel
import Foundation
import ScenarioFormat

/// `aifactory validate FILE...`: load and check scenario files, reporting every problem.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check scenario files and report every problem with its file, line and column.",
        discussion: """
        Problems are printed as FILE:LINE:COLUMN: field.path: message, all of a file's problems \
        in one run. Warnings do not make a scenario invalid. Exit status: 0 when every file is \
        valid, 1 when any is not.
        """
    )

    @Argument(help: "Scenario files (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var files: [String]

    @Flag(name: .long, help: "Print only problems, not the summary of each valid scenario.")
    var quiet = false

    @Flag(name: .long, help: "Treat an `extends` base or trace file outside the scenario's folder as an error, not a warning.")
    var strict = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("Name at least one scenario file, e.g. aifactory validate Scenarios/*.yaml") }
    }

    func run() throws {
        var invalidCount = 0
        for file in files {
            let result = ScenarioLoader.load(path: file, strict: strict)
            for diagnostic in result.diagnostics { printError(diagnostic.description) }
            if let scenario = result.scenario {
                if !quiet { print("\(file): valid. \(Self.summary(of: scenario))") }
            } else {
                invalidCount += 1
                let count = result.errors.count
                printError("\(file): invalid, \(count) problem\(count == 1 ? "" : "s").")
            }
        }
        if invalidCount > 0 { throw ExitCode(1) }
    }

    /// One line on what a valid scenario builds and spends.
    static func summary(of scenario: Scenario) -> String {
        var gpus = 0
        for phase in scenario.buildOut {
            for (id, count) in phase.nodes { gpus += count * (scenario.catalog.model(id: id)?.gpusPerNode ?? 0) }
        }
        let capex = scenario.capex.totalEUR
        let itMW = scenario.installedPeakITKW() / 1000
        return "\(gpus) GPUs in \(scenario.buildOut.count) phase\(scenario.buildOut.count == 1 ? "" : "s"), "
            + "capex €\(Self.millions(capex)) of €\(Self.millions(scenario.budget.capexEUR)) budget, "
            + String(format: "peak IT load %.2f MW", itMW) + ", \(scenario.tenants.count) tenants."
    }

    static func millions(_ euros: Double) -> String { String(format: "%.1fM", euros / 1_000_000) }

    /// A price per GPU-hour, `€1.23`; "none delivered" when no GPU-hour was delivered (the
    /// ratio is then 0/0 or x/0), never `€nan`.
    static func perGPUHour(_ euros: Double) -> String {
        euros.isFinite ? String(format: "€%.2f", euros) : "— (no GPU-hours delivered)"
    }
}

/// Writes a line to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
