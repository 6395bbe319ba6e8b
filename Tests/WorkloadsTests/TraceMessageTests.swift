import Foundation
import Testing
import Workloads

/// Issue 21, item 6: a trace field is quoted in the reader's errors; it must never print a
/// control character raw or run on for thousands of characters.
@Suite("Trace errors are one short printable line after their place")
struct TraceMessageTests {
    static func error(_ text: String) -> TraceReadError? {
        do {
            _ = try SWFReader.parse(text: text, path: "t.swf")
            return nil
        } catch {
            return error
        }
    }

    @Test("A field with control characters or one enormous character is escaped and clipped", arguments: [
        "1 0 -1 \u{1B}[31mred 2 -1 -1 2 100 -1 1 1 1 1 1 1 -1 -1\n",
        "1 0 -1 1\(String(repeating: "\u{301}", count: 5_000)) 2 -1 -1 2 100 -1 1 1 1 1 1 1 -1 -1\n",
        "1 0 -1 \u{7}\u{0}\u{202E} 2 -1 -1 2 100 -1 1 1 1 1 1 1 -1 -1\n",
    ])
    func hostileField(_ text: String) throws {
        let error = try #require(Self.error(text))
        let line = error.description
        #expect(line.hasPrefix("t.swf:1:8: field 4 (run time) is \""), "\(line.prefix(200))")
        #expect(line.unicodeScalars.count <= 620, "\(line.unicodeScalars.count) characters")
        #expect(!line.unicodeScalars.contains { [.control, .format].contains($0.properties.generalCategory) }, "\(line.prefix(200))")
    }

    @Test("An escape sequence is shown as an escape")
    func escapeIsShown() throws {
        let error = try #require(Self.error("1 0 -1 \u{1B}[31m 2 -1 -1 2 100 -1 1 1 1 1 1 1 -1 -1\n"))
        #expect(error.message == "field 4 (run time) is \"\\u{1b}[31m\", expected a number of seconds or -1")
    }
}
