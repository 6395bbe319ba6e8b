import Foundation
import Testing
import Optimization

/// Issue 21, item 6: an MPS name can be any length and hold control characters, and the reader
/// quotes names in its errors. Every error must stay one short printable line after its place.
@Suite("MPS errors are one short printable line after their place")
struct MPSMessageTests {
    static let longName = String(repeating: "R", count: 5_000)

    /// MPS texts whose errors quote a hostile name or token.
    static let cases: [(name: String, text: String, place: String)] = [
        ("long unknown row", "NAME t\nROWS\n N obj\nCOLUMNS\n    x obj 1 \(longName) 2\nENDATA\n", "t.mps:5: "),
        ("escape sequence in a row type", "NAME t\nROWS\n \u{1B}[31m r1\nENDATA\n", "t.mps:3: "),
        ("bell and NUL in a number", "NAME t\nROWS\n N obj\nCOLUMNS\n    x obj 1\u{7}\u{0}\nENDATA\n", "t.mps:5: "),
        ("long section name", "\(longName)\u{1B}\n", "t.mps:1: "),
        ("many objective-sense words", "OBJSENSE " + Array(repeating: "up", count: 3_000).joined(separator: " ") + "\n", "t.mps:1: "),
    ]

    @Test("A hostile name or token is escaped and clipped", arguments: cases.indices)
    func hostileTokens(_ index: Int) {
        let testCase = Self.cases[index]
        do {
            _ = try MPSReader.parse(testCase.text, path: "t.mps")
            Issue.record("\(testCase.name): parsed")
        } catch {
            let line = error.description
            #expect(line.hasPrefix(testCase.place), "\(testCase.name): \(line.prefix(200))")
            #expect(line.unicodeScalars.count <= 620, "\(testCase.name): \(line.unicodeScalars.count) characters")
            #expect(!line.unicodeScalars.contains { $0.properties.generalCategory == .control }, "\(testCase.name): \(line.prefix(200))")
            #expect(!line.contains(String(repeating: "R", count: 161)), "\(testCase.name)")
        }
    }

    @Test("An ordinary error reads as before")
    func ordinaryError() {
        do {
            _ = try MPSReader.parse("NAME t\nROWS\n N obj\nCOLUMNS\n    x obj 1 R09 2\nENDATA\n", path: "t.mps")
            Issue.record("parsed")
        } catch {
            #expect(error.description == "t.mps:5: unknown row \"R09\" in COLUMNS; it is not declared in ROWS")
        }
    }

    @Test("A path with a line break is printed escaped")
    func pathIsEscaped() {
        let error = MPSError(path: "a\nb.mps", line: 2, message: "x")
        #expect(error.description == "a\\nb.mps:2: x")
    }
}
