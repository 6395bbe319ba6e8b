import Foundation
import TestSupport
import Testing
import Workloads

/// Issue 21, item 7: trace numbers reached narrower integers in the simulator and trapped. Every
/// field the replay converts now has a range the reader checks, so that the first bad line is
/// reported with its place and nothing out of range gets through.
@Suite("The trace reader range-checks every field it converts")
struct TraceRangeTests {
    struct Edge: Sendable, CustomTestStringConvertible {
        let name: String
        let field: Int
        let text: String
        /// The message after `x.swf:1:COLUMN: `, or nil when the line is accepted.
        let expected: String?
        var testDescription: String { name }
    }

    static func read(_ text: String) -> Result<WorkloadTrace, TraceReadError> {
        Result { () throws(TraceReadError) in try SWFReader.parse(text: text, path: "x.swf") }
    }

    static let largestSeconds = "10000000000"
    static let edges: [Edge] = [
        // Times: at most 10¹⁰ seconds, kept in milliseconds.
        Edge(name: "submit time at its end", field: 2, text: largestSeconds, expected: nil),
        Edge(name: "submit time a millisecond beyond", field: 2, text: "10000000000.001",
             expected: "field 2 (submit time) is \"10000000000.001\", which is too large: expected at most 10,000,000,000 seconds (317 years)"),
        Edge(name: "run time at its end", field: 4, text: largestSeconds, expected: nil),
        Edge(name: "run time at the Int64 millisecond edge", field: 4, text: "9223372036854775.807",
             expected: "field 4 (run time) is \"9223372036854775.807\", which is too large: expected at most 10,000,000,000 seconds (317 years), or -1 for missing"),
        Edge(name: "requested time beyond Int64 seconds", field: 9, text: "9223372036854775808",
             expected: "field 9 (requested time) is \"9223372036854775808\", which is too large: expected at most 10,000,000,000 seconds (317 years), or -1 for missing"),
        Edge(name: "wait time far beyond", field: 3, text: "1e300",
             expected: "field 3 (wait time) is \"1e300\", which is too large: expected at most 10,000,000,000 seconds (317 years), or -1 for missing"),
        // Processors: at most 10⁸.
        Edge(name: "processors at their end", field: 8, text: "100000000", expected: nil),
        Edge(name: "processors at the Int32 edge", field: 8, text: "2147483647",
             expected: "field 8 (requested processors) is \"2147483647\", which is too large: expected at most 100,000,000 processors, or -1 for missing"),
        Edge(name: "allocated processors at the Int64 edge", field: 5, text: "9223372036854775807",
             expected: "field 5 (allocated processors) is \"9223372036854775807\", which is too large: expected at most 100,000,000 processors, or -1 for missing"),
        Edge(name: "processors beyond Int64", field: 5, text: "9223372036854775808",
             expected: "field 5 (allocated processors) is \"9223372036854775808\", which is too large: expected at most 100,000,000 processors, or -1 for missing"),
        Edge(name: "processors at the Int64 minimum", field: 8, text: "-9223372036854775808",
             expected: "field 8 (requested processors) is \"-9223372036854775808\", expected a whole number ≥ 0, or -1 for missing"),
        // Job numbers: at most 10¹²; status and user id: 32 bits.
        Edge(name: "job number at its end", field: 1, text: "1000000000000", expected: nil),
        Edge(name: "job number beyond", field: 1, text: "1000000000001",
             expected: "field 1 (job number) is \"1000000000001\", which is too large: expected at most 1,000,000,000,000"),
        Edge(name: "user id at the Int32 edge", field: 12, text: "2147483647", expected: nil),
        Edge(name: "user id beyond Int32", field: 12, text: "2147483648",
             expected: "field 12 (user id) is \"2147483648\", which is too large: expected at most 2,147,483,647, or -1 for missing"),
        Edge(name: "status beyond Int32", field: 11, text: "4294967296",
             expected: "field 11 (status) is \"4294967296\", which is too large: expected at most 2,147,483,647, or -1 for missing"),
        // Not numbers at all.
        Edge(name: "NaN", field: 4, text: "nan", expected: "field 4 (run time) is \"nan\", expected a number of seconds or -1"),
        Edge(name: "infinity", field: 2, text: "inf", expected: "field 2 (submit time) is \"inf\", expected a number of seconds"),
        Edge(name: "a signed NaN", field: 8, text: "-nan", expected: "field 8 (requested processors) is \"-nan\", expected a whole number of processors or -1"),
        Edge(name: "hexadecimal", field: 5, text: "0x10", expected: "field 5 (allocated processors) is \"0x10\", expected a whole number of processors or -1"),
        Edge(name: "an exponent without digits", field: 4, text: "1e", expected: "field 4 (run time) is \"1e\", expected a number of seconds or -1"),
        // An unused field is only read as a number: any size is accepted, nothing is converted.
        Edge(name: "an unused field far beyond every integer", field: 7, text: "1e300", expected: nil),
    ]

    @Test("At the end of a field's range the line is read; beyond it, the message gives the place and the range", arguments: edges)
    func fieldEdges(_ edge: Edge) throws {
        let line = jobLine([edge.field: edge.text])
        let column = line.split(separator: " ", omittingEmptySubsequences: false).prefix(edge.field - 1).reduce(1) { $0 + $1.count + 1 }
        switch (Self.read(line), edge.expected) {
        case (.success(let trace), nil):
            #expect(trace.jobs.count + trace.skips.total == 1)
        case (.failure(let error), let expected?):
            #expect(error.description == "x.swf:1:\(column): \(expected)")
        case (.success, let expected?):
            Issue.record("accepted, expected: \(expected)")
        case (.failure(let error), nil):
            Issue.record("refused: \(error)")
        }
    }

    @Test("A job at every end at once is read, and its milliseconds fit however slowly it runs")
    func everyEndAtOnce() throws {
        let line = jobLine([1: "1000000000000", 2: Self.largestSeconds, 4: Self.largestSeconds, 8: "100000000", 9: Self.largestSeconds, 12: "2147483647"])
        let job = try #require(try Self.read(line).get().jobs.first)
        #expect(job.jobNumber == 1_000_000_000_000 && job.processors == 100_000_000)
        #expect(job.runMilliseconds == 10_000_000_000_000)
        // At the slowest speed a scenario allows (relative throughput 0.01 × efficiency 0.01).
        #expect(Double(job.requestedMilliseconds) / 1e-4 < Double(Int64.max) / 10)
    }

    @Test("A trace file over a gigabyte is refused before it is read")
    func hugeFileIsRefused() throws {
        let url = temporaryURL("huge-trace")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        defer { try? FileManager.default.removeItem(at: url) }
        // A sparse file: the size is set, nothing is written.
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(SWFReader.largestFileBytes) + 1)
        try handle.close()
        let result = Result { () throws(TraceReadError) in try SWFReader.read(path: url.path) }
        guard case .failure(let error) = result else { Issue.record("a 1 GB file was read"); return }
        #expect(error.description == "\(url.path): the trace file holds 1000000001 bytes; expected at most 1000000000 (about ten million job lines: reading it takes twice its size in memory)")
    }
}
