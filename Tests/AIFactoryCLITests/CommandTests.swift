import ArgumentParser
import Foundation
import Optimization
import TestSupport
import Testing
@testable import AIFactoryCLI

/// The command tests' own scenarios and MPS file (see Fixtures/PROVENANCE.md).
let fixtures = Repository.fixtures(of: "AIFactoryCLITests")

@Suite("The aifactory command line")
struct CommandTests {
    @Test("validate exits with status 0 on a valid scenario")
    func validateSucceeds() throws {
        let command = try Validate.parse(["--quiet", fixtures.path("valid-minimal.yaml")])
        #expect(throws: Never.self) { try command.run() }
    }

    @Test("validate exits with status 1 when any file is invalid, after checking all of them")
    func validateFails() throws {
        let command = try Validate.parse([fixtures.path("valid-minimal.yaml"), fixtures.path("typo-key.yaml")])
        #expect(throws: ExitCode(1)) { try command.run() }
    }

    @Test("validate without files is a usage error")
    func validateNeedsFiles() {
        #expect(throws: (any Error).self) { _ = try Validate.parse([]) }
    }

    @Test("catalog refuses an unknown format")
    func catalogRefusesUnknownFormat() {
        #expect(throws: (any Error).self) { _ = try CatalogCommand.parse(["--format", "xml"]) }
    }

    @Test("catalog takes each of its formats by name", arguments: CatalogCommand.Format.allCases)
    func catalogFormat(_ format: CatalogCommand.Format) throws {
        #expect(try CatalogCommand.parse(["--format", format.rawValue]).format == format)
    }

    @Test("The summary of a valid scenario counts GPUs, capex and tenants")
    func summary() throws {
        let scenario = try loadScenario(fixtures.path("valid-minimal.yaml"))
        #expect(Validate.summary(of: scenario) == "100 GPUs in 1 phase, capex €3.1M of €10.0M budget, peak IT load 0.10 MW, 2 tenants.")
    }
}

@Suite("aifactory solve")
struct SolveCommandTests {
    @Test("solve reads an MPS file, solves it and writes the variable values, which cost Netlib's optimum")
    func solvesAfiro() throws {
        let output = temporaryURL("afiro").appendingPathExtension("csv").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let command = try Solve.parse([fixtures.path("afiro.mps"), "--solution", output])
        try command.run()
        let lines = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\r\n")
        #expect(lines.first == "variable,value")
        #expect(lines.count == 33)
        // The written values, priced by AFIRO's objective, give its published optimum to the
        // relative 1e-6 of the netlib tests.
        let program = try MPSReader.read(path: fixtures.path("afiro.mps"))
        let values = try csvRows(contentsOf: URL(fileURLWithPath: output))
        #expect(values.map { $0["variable"] ?? "" } == program.variableNames)
        let cost = try zip(program.objective, values).reduce(program.objectiveConstant) { total, pair in
            total + pair.0 * (try #require(Double(pair.1["value"] ?? "")))
        }
        #expect(isClose(cost, -464.75314286, relative: 1e-6))
    }

    @Test("solve exits with status 2 when branch and bound had to drop a subtree, and prints its answer's check")
    func notProvenExitsTwo() throws {
        let command = try Solve.parse([fixtures.path("false_optimal_fz224.mps")])
        #expect(throws: ExitCode(2)) { try command.run() }
        let program = try MPSReader.read(path: fixtures.path("false_optimal_fz224.mps"))
        let result = BranchAndBoundSolver().solve(program)
        #expect(result.status == .notProven && result.skippedNodes > 0)
        #expect(result.check?.passes == true)
    }

    @Test("solve refuses a malformed MPS file with exit status 1")
    func refusesBadFile() throws {
        let path = temporaryURL("bad").appendingPathExtension("mps").path
        try "NAME bad\nROWS\n N obj\nCOLUMNS\n x r9 1\nENDATA\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let command = try Solve.parse([path])
        #expect(throws: ExitCode(1)) { try command.run() }
    }
}
