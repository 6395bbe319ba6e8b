import Foundation
import TestSupport
import Testing
import Workloads

/// The error a read throws, or nil when it succeeds.
private func readError(_ read: () throws(TraceReadError) -> WorkloadTrace) -> TraceReadError? {
    do {
        _ = try read()
        return nil
    } catch {
        return error
    }
}

@Suite("Refusing broken traces with the place and a plain message")
struct BrokenTraceTests {
    struct BrokenFixture: Sendable, CustomTestStringConvertible {
        let file: String
        let expectedPrefix: String
        var testDescription: String { file }
    }

    @Test("a broken fixture gives its file, line, column and message", arguments: [
        BrokenFixture(file: "broken-non-numeric.swf",
                      expectedPrefix: "4:21: field 4 (run time) is \"abc\", expected a number of seconds or -1"),
        BrokenFixture(file: "broken-too-few-fields.swf",
                      expectedPrefix: "3: expected 18 fields, found 7"),
        BrokenFixture(file: "broken-duplicate-job.swf",
                      expectedPrefix: "5:5: job number 2 appears twice, on lines 4 and 5"),
        BrokenFixture(file: "broken-negative-submit.swf",
                      expectedPrefix: "3:8: field 2 (submit time) is \"-30\", but a submit time cannot be negative"),
    ])
    func brokenFixture(_ fixture: BrokenFixture) throws {
        let path = fixtures.path(fixture.file)
        let error = try #require(readError { () throws(TraceReadError) in try SWFReader.read(path: path) })
        #expect(error.description.hasPrefix("\(path):\(fixture.expectedPrefix)"), "\(error)")
        #expect(error.path == path)
    }

    struct BrokenLine: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        let expected: String
        var testDescription: String { name }
    }

    @Test("a broken job line is refused with the field named", arguments: [
        BrokenLine(name: "missing submit time", text: jobLine([2: "-1"]),
                   expected: "x.swf:1:3: field 2 (submit time) is -1 (missing), but every job needs a submit time"),
        BrokenLine(name: "negative run time", text: jobLine([4: "-5"]),
                   expected: "x.swf:1:7: field 4 (run time) is \"-5\", expected a number of seconds ≥ 0, or -1 for missing"),
        BrokenLine(name: "fractional processors", text: jobLine([8: "2.5"]),
                   expected: "x.swf:1:19: field 8 (requested processors) is \"2.5\", expected a whole number of processors or -1"),
        BrokenLine(name: "negative processors", text: jobLine([5: "-4"]),
                   expected: "x.swf:1:11: field 5 (allocated processors) is \"-4\", expected a whole number ≥ 0, or -1 for missing"),
        BrokenLine(name: "missing job number", text: jobLine([1: "-1"]),
                   expected: "x.swf:1:1: field 1 (job number) is -1 (missing), but every job needs its own number"),
        BrokenLine(name: "absurdly long time", text: jobLine([9: "1e30"]),
                   expected: "x.swf:1:21: field 9 (requested time) is \"1e30\", which is too large: expected at most 10,000,000,000 seconds (317 years), or -1 for missing"),
        BrokenLine(name: "non-numeric unused field", text: jobLine([18: "n/a"]),
                   expected: "x.swf:1:45: field 18 (think time) is \"n/a\", expected a number of seconds or -1"),
        BrokenLine(name: "a non-ASCII character is quoted as written", text: "; café\n" + jobLine([1: "é"]),
                   expected: "x.swf:2:1: field 1 (job number) is \"é\", expected a whole number"),
        BrokenLine(name: "too many fields", text: jobLine([:]) + " 7",
                   expected: "x.swf:1: expected 18 fields, found 19 (a job line holds 18 numbers separated by spaces; comment lines start with ';')"),
        BrokenLine(name: "prose where a job should be", text: "; header\nthis is not a trace",
                   expected: "x.swf:2: expected 18 fields, found 5 (a job line holds 18 numbers separated by spaces; comment lines start with ';')"),
    ])
    func brokenLine(_ line: BrokenLine) throws {
        let error = try #require(readError { () throws(TraceReadError) in try SWFReader.parse(text: line.text, path: "x.swf") })
        #expect(error.description == line.expected)
    }

    @Test("a missing file is named, with no line")
    func missingFile() throws {
        let error = try #require(readError { () throws(TraceReadError) in try SWFReader.read(path: "no/such/trace.swf") })
        #expect(error == TraceReadError(path: "no/such/trace.swf", message: "the trace file does not exist"))
        #expect(error.description == "no/such/trace.swf: the trace file does not exist")
    }

    @Test("a folder is not a trace")
    func folder() throws {
        let path = fixtures.folder.path
        let error = try #require(readError { () throws(TraceReadError) in try SWFReader.read(path: path) })
        #expect(error.message == "this is a folder, not a trace file")
    }

    @Test("a .gz trace is refused with the advice to gunzip it, even when it does not exist")
    func gzipByName() throws {
        let error = try #require(readError { () throws(TraceReadError) in try SWFReader.read(path: "traces/KTH.swf.gz") })
        #expect(error.description == "traces/KTH.swf.gz: compressed traces are not read directly; decompress with gunzip first")
    }

    @Test("gzip bytes under another name are refused the same way")
    func gzipByContent() throws {
        let path = temporaryURL("renamed").appendingPathExtension("swf").path
        try Data([0x1F, 0x8B, 0x08, 0x00, 0x00]).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let error = try #require(readError { () throws(TraceReadError) in try SWFReader.read(path: path) })
        #expect(error.message == "compressed traces are not read directly; decompress with gunzip first")
    }

    @Test("a file that is not UTF-8 is refused at its first bad line")
    func notUTF8() throws {
        let path = temporaryURL("latin1").appendingPathExtension("swf").path
        let bytes = Array("; Version: 2.2\n".utf8) + Array(jobLine([:]).utf8) + [0x0A, 0x3B, 0x20, 0xE9, 0x0A]
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let error = try #require(readError { () throws(TraceReadError) in try SWFReader.read(path: path) })
        #expect(error.description == "\(path):3: the file is not UTF-8 text; is it a trace in the Standard Workload Format?")
    }
}
