import FactoryModel
import Foundation
import Testing
import TestSupport
@testable import ScenarioFormat

/// Issue 21, item 6: of 20,000 mutants, 300 messages echoed a value of over 3,000 characters
/// and 63 printed lines without a `FILE:LINE:` in front (a value with a line break in it, a
/// libyaml error, errors from `extends`, traces and portfolios). Every message must be one
/// printable line that starts with its place and stays short, whatever the file holds.
@Suite("Every message is one short printable line that starts with its place")
struct MessageBoundTests {
    /// The longest a printed diagnostic may be: its place, its field path and its message,
    /// each bounded (`Excerpt.placeLimit`, keys and labels of `Excerpt.valueLimit` characters,
    /// `Excerpt.messageLimit`).
    static let longestLine = Excerpt.placeLimit + 24 + 400 + Excerpt.messageLimit

    /// A value of 3,000 characters, as the mutants held.
    static let long = String(repeating: "x", count: 3_000)

    /// Control characters as a YAML double-quoted value writes them: an escape sequence that
    /// would colour a terminal, a bell, a line break, a carriage return, a NUL and a
    /// right-to-left override.
    static let hostile = #""a\e[31mred\u0007b\nc\rd\u0000e\u202Ef""#

    /// What is wrong with `line`, a printed diagnostic of a file at `path`; nil when nothing.
    static func problem(_ line: String, path: String) -> String? {
        if line.unicodeScalars.contains(where: { Excerpt.escape($0) != nil }) { return "holds a raw control character" }
        if line.unicodeScalars.count > longestLine { return "is \(line.unicodeScalars.count) characters long" }
        if line.contains(String(repeating: "x", count: Excerpt.wordLimit + 1)) { return "echoes more than \(Excerpt.wordLimit) characters of a value" }
        guard line.hasPrefix(Excerpt.place(path) + ":") else { return "does not start with its file" }
        let place = line.dropFirst(Excerpt.place(path).count + 1).prefix { $0 != " " }
        let numbers = place.split(separator: ":", omittingEmptySubsequences: false)
        guard numbers.count == 3, numbers[2].isEmpty, numbers[0].allSatisfy(\.isNumber), numbers[1].allSatisfy(\.isNumber),
              Int(numbers[0]) ?? 0 >= 1, Int(numbers[1]) ?? 0 >= 1 else { return "does not start with FILE:LINE:COLUMN:" }
        return nil
    }

    /// The `key: value` lines of `valid-minimal.yaml`, by index: (indent and list marker, key, value).
    static let fields: [(index: Int, lead: String, key: String, value: String)] = {
        let lines = (try? String(contentsOfFile: fixtures.path("valid-minimal.yaml"), encoding: .utf8))?.components(separatedBy: "\n") ?? []
        return lines.enumerated().compactMap { index, line in
            guard let match = line.firstMatch(of: /^(\s*(?:- )?)([a-z_]+): (.+)$/) else { return nil }
            return (index, String(match.1), String(match.2), String(match.3))
        }
    }()

    /// `valid-minimal.yaml` with line `index` replaced by `line`.
    static func mutant(replacing index: Int, with line: String) throws -> String {
        var lines = try String(contentsOfFile: fixtures.path("valid-minimal.yaml"), encoding: .utf8).components(separatedBy: "\n")
        lines[index] = line
        return lines.joined(separator: "\n")
    }

    /// Writes `text` as a scenario in a fresh folder and returns every printed diagnostic.
    static func diagnostics(of text: String, extra: [String: String] = [:]) throws -> (path: String, lines: [String]) {
        let folder = temporaryURL("messages")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, content) in extra { try content.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let file = folder.appendingPathComponent("mutant.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let result = ScenarioLoader.load(path: file.path, defaultCatalog: Catalog())
        return (file.path, result.diagnostics.map(\.description))
    }

    @Test("The mutated fields are the fixture's own")
    func fieldsAreFound() {
        #expect(Self.fields.count > 40, "\(Self.fields.count) fields")
    }

    @Test("Long and control-character values in every field give bounded, located, printable messages",
          arguments: ["long text", "long number", "control characters", "long key", "control-character key"])
    func everyFieldIsBounded(_ mutation: String) throws {
        var checked = 0
        for field in Self.fields {
            let line: String
            switch mutation {
            case "long text": line = "\(field.lead)\(field.key): \"\(Self.long)\""
            case "long number": line = "\(field.lead)\(field.key): \(String(repeating: "9", count: 3_000))x"
            case "control characters": line = "\(field.lead)\(field.key): \(Self.hostile)"
            case "long key": line = "\(field.lead)\(field.key)\(Self.long): \(field.value)"
            default: line = "\(field.lead)\"\(field.key)\\e]0;title\\u0007\": \(field.value)"
            }
            let (path, printed) = try Self.diagnostics(of: try Self.mutant(replacing: field.index, with: line))
            for message in printed {
                if let problem = Self.problem(message, path: path) {
                    Issue.record("line \(field.index + 1) (\(field.key)): the message \(problem): \(message.prefix(300))")
                }
            }
            checked += printed.count
        }
        // Most mutants are invalid (a free-text `description` may be long, for one).
        #expect(checked >= Self.fields.count / 2, "\(checked) messages")
    }

    @Test("Whole-file mutants: raw control characters, broken quotes, tabs, a huge key, bad UTF-8 places",
          arguments: [
            ("name: mini\u{1B}[2Jmal\n", "mutant.yaml:1:11:"),
            ("name: \"unterminated\n  across lines\nseed: 1\n", "mutant.yaml:"),
            ("name: 'broken\n\u{7}quote'\n", "mutant.yaml:2:1:"),
            ("name:\n\t- tab indented\n", "mutant.yaml:2:1:"),
            ("? \(String(repeating: "k", count: 5_000))\n: v\nname: x\n", "mutant.yaml:1:3:"),
            ("name: x\n\(String(repeating: "k", count: 1_000)): 1\n\(String(repeating: "k", count: 1_000)): 2\n", "mutant.yaml:2:1: the key `kkk"),
            // libyaml reads a key without `? ` up to 1,024 characters.
            ("name: x\n\(String(repeating: "k", count: 5_000)): 1\n", "mutant.yaml:2:5001: this is not valid YAML"),
            ("name: *undefined\n", "mutant.yaml:1:7:"),
          ])
    func wholeFileMutants(_ text: String, _ firstPlace: String) throws {
        let (path, printed) = try Self.diagnostics(of: text)
        #expect(!printed.isEmpty)
        for message in printed {
            if let problem = Self.problem(message, path: path) { Issue.record("the message \(problem): \(message.prefix(300))") }
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path + "/"
        #expect(printed.contains { $0.replacingOccurrences(of: folder, with: "").hasPrefix(firstPlace) }, "\(printed)")
    }

    @Test("A file that is not UTF-8 is refused at the line of its first bad byte")
    func notUTF8IsLocated() throws {
        let folder = temporaryURL("messages-utf8")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("latin1.yaml")
        try Data("name: x\ndescription: Z".utf8 + [0xFC] + Data("rich\n".utf8)).write(to: file)
        let printed = ScenarioLoader.load(path: file.path, defaultCatalog: Catalog()).diagnostics.map(\.shortDescription)
        #expect(printed == ["latin1.yaml:2:15: the file is not UTF-8 text from here on; save it as UTF-8"])
    }

    @Test("Trace files with long and control-character fields give bounded, located messages",
          arguments: [
            "1 0 -1 \u{1B}[31m\(String(repeating: "x", count: 3_000)) 2 -1 -1 2 100 -1 1 1 1 1 1 1 -1 -1",
            "1 0 -1 1\u{301}\(String(repeating: "\u{301}", count: 3_000)) 2 -1 -1 2 100 -1 1 1 1 1 1 1 -1 -1",
            "1 0 -1 100 2 -1 -1 2 100 -1 1 1 1 1 1 1 -1 -1 \(String(repeating: "7 ", count: 2_000))",
          ])
    func traceMessagesAreBounded(_ jobLine: String) throws {
        var lines = try String(contentsOfFile: fixtures.path("broken-trace.yaml"), encoding: .utf8).components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.contains("garbage-line.swf") })
        lines[index] = lines[index].replacingOccurrences(of: "garbage-line.swf", with: "trace.swf")
        let (path, printed) = try Self.diagnostics(of: lines.joined(separator: "\n"), extra: ["trace.swf": "; a trace\n" + jobLine + "\n"])
        let trace = try #require(printed.first { $0.contains("the trace file cannot be read") })
        #expect(trace.contains("trace.swf:2"), "\(trace)")
        for message in printed {
            if let problem = Self.problem(message, path: path) { Issue.record("the message \(problem): \(message.prefix(300))") }
        }
    }

    @Test("An override's long value is clipped in the place it is reported at")
    func overrideValueIsClipped() throws {
        let result = ScenarioLoader.load(path: fixtures.path("valid-minimal.yaml"),
                                         overrides: [ScenarioOverride(path: "site.cooling.pue", value: Self.long + "\u{1B}")],
                                         defaultCatalog: Catalog())
        let message = try #require(result.errors.first?.description)
        #expect(message.unicodeScalars.count <= Self.longestLine, "\(message.count)")
        #expect(!message.unicodeScalars.contains("\u{1B}"))
        #expect(message.contains(": site.cooling.pue: expected a number of at least 1"))
    }

    @Test("A portfolio's values and paths are checked at their place, and echoed short",
          arguments: [
            ("values: \"0:1e9:0.\(String(repeating: "0", count: 3_000))1\"", "portfolio.yaml:5:13: axes[0].values: expected a range START:END:STEP"),
            ("values: \"0:1e9:0.001\"", "portfolio.yaml:5:13: axes[0].values: the range \"0:1e9:0.001\" gives 1,000,000,000,001 values"),
            ("values: \"0:inf:1\"", "portfolio.yaml:5:13: axes[0].values: expected a range START:END:STEP"),
            ("values: \"80,,120\"", "portfolio.yaml:5:13: axes[0].values: expected a comma list of values without empty ones"),
            ("values: \"80,120,80\"", "portfolio.yaml:5:13: axes[0].values: the value \"80\" appears twice"),
            ("values: [1, 2]\n  - path: seed\n    values: [3]", "portfolio.yaml:6:11: axes[1].path: the path \"seed\" is already an axis"),
          ])
    func portfolioProblemsAreLocated(_ valuesLine: String, _ expected: String) throws {
        let folder = temporaryURL("messages-portfolio")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("portfolio.yaml")
        try "scenario: s.yaml\naxes:\n  - path: seed\n\n    \(valuesLine)\n".write(to: file, atomically: true, encoding: .utf8)
        let loaded = PortfolioFile.load(path: file.path)
        #expect(loaded.portfolio == nil)
        let printed = loaded.diagnostics.map(\.shortDescription)
        #expect(printed.count == 1 && printed[0].hasPrefix(expected), "\(printed)")
        for message in loaded.diagnostics.map(\.description) {
            if let problem = Self.problem(message, path: file.path) { Issue.record("the message \(problem): \(message.prefix(300))") }
        }
    }

    @Test("A portfolio path that is not a field path is refused at its place")
    func portfolioPathIsChecked() throws {
        let folder = temporaryURL("messages-portfolio-path")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("portfolio.yaml")
        try "scenario: s.yaml\naxes:\n  - path: tenants[].name\n    values: [a]\n".write(to: file, atomically: true, encoding: .utf8)
        let printed = PortfolioFile.load(path: file.path).diagnostics.map(\.shortDescription)
        #expect(printed == ["portfolio.yaml:3:11: axes[0].path: \"tenants[].name\" is not a field path; expected keys separated by dots, a list item as key[name] or key[index]"])
    }

    @Test("The message backstop escapes, clips long words and long messages, and keeps short ones as they are")
    func backstop() {
        #expect(Excerpt.bounded(message: "expected a number, found \"abc\"") == "expected a number, found \"abc\"")
        #expect(Excerpt.bounded(message: "bell\u{7} and\nbreak") == "bell\\u{7} and\\nbreak")
        let clipped = Excerpt.bounded(message: "the name \"\(Self.long)\" is used twice")
        #expect(clipped == "the name \"" + String(repeating: "x", count: Excerpt.wordLimit - 1) + "…\" is used twice")
        let words = Array(repeating: "word", count: 1_000).joined(separator: " ") + " expected the end"
        let bounded = Excerpt.bounded(message: words)
        #expect(bounded.unicodeScalars.count == Excerpt.messageLimit)
        #expect(bounded.contains(" … ") && bounded.hasSuffix("expected the end"))
    }
}
