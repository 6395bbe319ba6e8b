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
