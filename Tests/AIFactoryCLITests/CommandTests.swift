import ArgumentParser
import Foundation
import Testing
@testable import AIFactoryCLI

@Suite("The aifactory command line")
struct CommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("ScenarioFormatTests/Fixtures")

    @Test("validate succeeds on a valid scenario")
    func validateSucceeds() throws {
        let command = try Validate.parse(["--quiet", Self.fixtures.appendingPathComponent("valid-minimal.yaml").path])
        try command.run()
    }

    @Test("validate exits with status 1 when any file is invalid, after checking all of them")
    func validateFails() throws {
        let command = try Validate.parse([
            Self.fixtures.appendingPathComponent("valid-minimal.yaml").path,
            Self.fixtures.appendingPathComponent("typo-key.yaml").path,
        ])
        #expect(throws: ExitCode(1)) { try command.run() }
    }

    @Test("validate without files is a usage error")
    func validateNeedsFiles() {
        #expect(throws: (any Error).self) { _ = try Validate.parse([]) }
    }

    @Test("catalog refuses an unknown format")
    func catalogFormat() throws {
        #expect(throws: (any Error).self) { _ = try CatalogCommand.parse(["--format", "xml"]) }
        _ = try CatalogCommand.parse(["--format", "json"])
    }

    @Test("The summary of a valid scenario counts GPUs, capex and tenants")
    func summary() throws {
        let path = Self.fixtures.appendingPathComponent("valid-minimal.yaml").path
        let scenario = try #require(ScenarioFormatBridge.load(path))
        #expect(Validate.summary(of: scenario) == "100 GPUs in 1 phase, capex €3.1M of €10.0M budget, peak IT load 0.10 MW, 2 tenants.")
    }
}

@Suite("aifactory solve")
struct SolveCommandTests {
    static let netlib = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("OptimizationTests/Fixtures/netlib")

    @Test("solve reads an MPS file, solves it and writes the variable values")
    func solvesAfiro() throws {
        let output = NSTemporaryDirectory() + "afiro-\(UUID().uuidString).csv"
        defer { try? FileManager.default.removeItem(atPath: output) }
        let command = try Solve.parse([Self.netlib.appendingPathComponent("afiro.mps").path, "--solution", output])
        try command.run()
        let lines = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\r\n")
        #expect(lines.first == "variable,value")
        #expect(lines.count == 33)
    }

    @Test("solve refuses a malformed MPS file with exit status 1")
    func refusesBadFile() throws {
        let path = NSTemporaryDirectory() + "bad-\(UUID().uuidString).mps"
        try "NAME bad\nROWS\n N obj\nCOLUMNS\n x r9 1\nENDATA\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let command = try Solve.parse([path])
        #expect(throws: ExitCode(1)) { try command.run() }
    }
}
