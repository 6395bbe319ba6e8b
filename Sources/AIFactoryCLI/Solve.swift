import ArgumentParser
import Foundation
import Optimization

/// `aifactory solve`: solve an LP in MPS format with the interior-point solver.
struct Solve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Solve a linear program written in MPS (fixed or free) and print its status and objective.",
        discussion: "The objective is printed at full precision (shortest text that reads back as the same number). Integer markers are read; this command solves the LP relaxation."
    )

    @Argument(help: "The MPS file.", completion: .file(extensions: ["mps"]))
    var file: String

    @Option(name: .long, help: "Write the variable values to this CSV file (variable,value).")
    var solution: String?

    func run() throws {
        let program: LinearProgram
        do { program = try MPSReader.read(path: file) } catch {
            printError("\(error)")
            throw ExitCode(1)
        }
        let result = InteriorPointSolver().solve(program)
        print("status: \(result.status.rawValue)")
        print("objective: \(result.objective)")
        print("iterations: \(result.iterations)")
        if let solution {
            var text = "variable,value\r\n"
            for (name, value) in zip(program.variableNames, result.primal) { text += "\(csvCell(name)),\(value)\r\n" }
            do { try OutputFolder(path: URL(fileURLWithPath: solution).deletingLastPathComponent().path).write([(URL(fileURLWithPath: solution).lastPathComponent, text)]) } catch {
                printError("\(error)")
                throw ExitCode(1)
            }
        }
        if result.status != .optimal { throw ExitCode(2) }
    }

    private func csvCell(_ text: String) -> String {
        text.unicodeScalars.contains { ",\"\r\n".unicodeScalars.contains($0) } ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}
