import FactoryModel
import Foundation
import Testing
@testable import ScenarioFormat

/// Issue 21, item 10: `extends` could name any readable file, and its whole content came back
/// in the error message (and so in CI's logs).
@Suite("Files a scenario names are read safely and never printed whole")
struct FileSafetyTests {
    @Test("A base that is a system file is quoted by a short excerpt only, never whole")
    func systemFileIsNotPrinted() throws {
        let messages = fixtures.load("extends-system-file.yaml").diagnostics.map(\.description)
        let error = try #require(messages.first { $0.hasPrefix("/etc/passwd:1:1:") })
        #expect(error.count < 200, "\(error)")
        #expect(!error.contains("nologin"), "\(error)")
    }

    @Test("A base that is a private key is quoted by at most one short excerpt of its first line")
    func privateKeyIsNotPrinted() {
        let messages = fixtures.load("extends-key.yaml").errors.map(\.shortDescription)
        #expect(messages == [
            "fake-private-key.txt:1:1: a scenario must be a map of fields (name:, horizon:, budget:, …), found \"-----BEGIN OPENSSH PRIVATE KEY-----\"",
        ])
    }

    @Test("A base that is a device is refused without being read")
    func deviceBaseIsRefused() {
        let messages = fixtures.load("extends-device.yaml").errors.map(\.shortDescription)
        #expect(messages == [
            "extends-device.yaml:2:10: extends: the base scenario \"/dev/zero\" is not a regular file (a folder, a device or a pipe); expected a scenario file",
        ])
    }

    @Test("A trace that is a device is refused without being read")
    func deviceTraceIsRefused() {
        let messages = fixtures.load("trace-device.yaml").errors.map(\.shortDescription)
        #expect(messages == [
            "trace-device.yaml:60:13: tenants[startups].demand.file: the trace file \"/dev/zero\" is not a regular file (a folder, a device or a pipe); expected a Standard Workload Format file",
        ])
    }

    @Test("A base outside the scenario's folder is a warning, and an error under strict")
    func baseOutsideFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("aifactory-fence-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let variant = folder.appendingPathComponent("variant.yaml")
        try "extends: \(fixtures.path("valid-minimal.yaml"))\nname: outside\n".write(to: variant, atomically: true, encoding: .utf8)

        let lenient = ScenarioLoader.load(path: variant.path, defaultCatalog: Catalog())
        #expect(lenient.scenario != nil)
        #expect(lenient.warnings.contains { $0.message.contains("lies outside the scenario's folder") }, "\(lenient.diagnostics)")

        let strict = ScenarioLoader.load(path: variant.path, defaultCatalog: Catalog(), strict: true)
        #expect(strict.scenario == nil)
        #expect(strict.errors.contains { $0.message.contains("lies outside the scenario's folder") && $0.message.hasSuffix("(an error under --strict)") }, "\(strict.diagnostics)")
    }

    @Test("Excerpts keep one line, escape what cannot be shown, and mark what was cut",
          arguments: [
            ("june", "\"june\""),
            ("two\nlines", "\"two…\""),
            ("tab\there \"quoted\"", "\"tab\\there \\\"quoted\\\"\""),
            ("bell\u{7}", "\"bell\\u{7}\""),
            ("Zürich", "\"Zürich\""),
            (String(repeating: "x", count: 70), "\"" + String(repeating: "x", count: 60) + "…\""),
          ])
    func excerpt(_ text: String, _ expected: String) {
        #expect(Excerpt.quoted(text) == expected)
    }
}
