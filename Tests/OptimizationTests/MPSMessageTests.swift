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

    @Test("A quoted name shows at most 60 characters, as scenario messages do")
    func quotedNameIsClipped() {
        do {
            _ = try MPSReader.parse("NAME t\nROWS\n N obj\nCOLUMNS\n    x obj 1 \(Self.longName) 2\nENDATA\n", path: "t.mps")
            Issue.record("parsed")
        } catch {
            #expect(error.description == "t.mps:5: unknown row \"\(String(repeating: "R", count: 60))…\" in COLUMNS; it is not declared in ROWS")
        }
    }

    @Test("A file that is not UTF-8 is refused in plain words at its first such line, a missing file and a folder likewise")
    func unreadableFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mps-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let latin1 = folder.appendingPathComponent("latin1.mps")
        // "* café" with é as the single Latin-1 byte 0xE9, on line 2.
        var bytes = Array("NAME t\n* caf".utf8) + [0xE9] + Array("\nROWS\n N obj\nENDATA\n".utf8)
        try Data(bytes).write(to: latin1)
        #expect(throws: MPSError(path: latin1.path, line: 2, message: "the file is not UTF-8 text (this line holds other bytes, e.g. Latin-1 or UTF-16); save it as UTF-8 or plain ASCII")) {
            _ = try MPSReader.read(path: latin1.path)
        }
        bytes = [0xFF, 0xFE] + Array("N\0A\0".utf8)
        let utf16 = folder.appendingPathComponent("utf16.mps")
        try Data(bytes).write(to: utf16)
        #expect(throws: MPSError(path: utf16.path, line: 1, message: "the file is not UTF-8 text (this line holds other bytes, e.g. Latin-1 or UTF-16); save it as UTF-8 or plain ASCII")) {
            _ = try MPSReader.read(path: utf16.path)
        }
        #expect(throws: MPSError(path: folder.path + "/none.mps", line: 0, message: "no such file; expected an MPS file")) {
            _ = try MPSReader.read(path: folder.path + "/none.mps")
        }
        #expect(throws: MPSError(path: folder.path, line: 0, message: "is a folder; expected an MPS file")) {
            _ = try MPSReader.read(path: folder.path)
        }
    }
}
