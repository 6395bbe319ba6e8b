import Testing
import Workloads

/// Small traces written inline, one rule each.
@Suite("Applying the replay rules to single lines")
struct ReplayRuleTests {
    private func onlyJob(_ text: String) throws -> TraceJob {
        let trace = try SWFReader.parse(text: text, path: "x.swf")
        return try #require(trace.jobs.first)
    }

    struct Rounding: Sendable, CustomTestStringConvertible {
        let seconds: String
        let milliseconds: Int64
        var testDescription: String { "\(seconds) s" }
    }

    @Test("a submit time in seconds becomes whole milliseconds, halves rounded up", arguments: [
        Rounding(seconds: "0", milliseconds: 0),
        Rounding(seconds: "17", milliseconds: 17_000),
        Rounding(seconds: "+7", milliseconds: 7_000),
        Rounding(seconds: "0000.25", milliseconds: 250),
        Rounding(seconds: "1.2344", milliseconds: 1_234),
        Rounding(seconds: "1.2345", milliseconds: 1_235),
        Rounding(seconds: "0.0015", milliseconds: 2),
        Rounding(seconds: "0.0004999999999999999999999", milliseconds: 0),
        Rounding(seconds: ".5", milliseconds: 500),
        Rounding(seconds: "5.", milliseconds: 5_000),
        Rounding(seconds: "1e3", milliseconds: 1_000_000),
        Rounding(seconds: "12.5E-1", milliseconds: 1_250),
        Rounding(seconds: "29363618", milliseconds: 29_363_618_000),
        // The largest time the reader accepts (10¹⁰ s), written whole and as a half rounded up to it.
        Rounding(seconds: "10000000000", milliseconds: 10_000_000_000_000),
        Rounding(seconds: "9999999999.9995", milliseconds: 10_000_000_000_000),
    ])
    func rounding(_ rounding: Rounding) throws {
        let job = try onlyJob(jobLine([2: rounding.seconds]))
        #expect(job.submitMilliseconds == rounding.milliseconds)
    }

    @Test("a duration that rounds to zero milliseconds counts as no duration")
    func zeroDuration() throws {
        let trace = try SWFReader.parse(text: jobLine([4: "0.0004", 9: "-1"]), path: "x.swf")
        #expect(trace.jobs.isEmpty)
        #expect(trace.skips == TraceSkips(noSize: 0, noDuration: 1))
    }

    @Test("a job with neither size nor duration is counted once, under no size")
    func countedOnce() throws {
        let trace = try SWFReader.parse(text: jobLine([4: "-1", 5: "-1", 8: "-1", 9: "-1"]), path: "x.swf")
        #expect(trace.skips == TraceSkips(noSize: 1, noDuration: 0))
    }

    @Test("a requested time of zero makes the true duration zero, so the job is skipped")
    func zeroRequest() throws {
        let trace = try SWFReader.parse(text: jobLine([9: "0"]), path: "x.swf")
        #expect(trace.skips.noDuration == 1)
    }

    @Test("-1 written as a decimal still means missing")
    func decimalMissing() throws {
        let job = try onlyJob(jobLine([4: "-1.0", 8: "-1.00"]))
        #expect(job.runMilliseconds == 200_000)
        #expect(job.processors == 4)
    }

    @Test("fields that the replay does not use may be any number, even negative or fractional")
    func unusedFields() throws {
        let job = try onlyJob(jobLine([6: "-3.5", 7: "1e6", 13: "2.5", 17: "-7", 18: "-2"]))
        #expect(job.jobNumber == 1)
    }

    @Test("Windows line endings, a byte-order mark and trailing blank lines are all fine")
    func lineEndings() throws {
        let text = "\u{FEFF}; MaxProcs: 4\r\n" + jobLine([:]) + "\r\n" + jobLine([1: "2"]) + "\r\n\r\n   \n"
        let trace = try SWFReader.parse(text: text, path: "x.swf")
        #expect(trace.jobs.map(\.jobNumber) == [1, 2])
        #expect(trace.header.maxProcessors == 4)
    }

    @Test("a trace of only comments is empty, not an error")
    func onlyComments() throws {
        let trace = try SWFReader.parse(text: "; Version: 2.2\n;\n", path: "x.swf")
        #expect(trace.jobs.isEmpty)
        #expect(trace.skips.total == 0)
    }

    @Test("a header value that is not a number is ignored, not an error")
    func tolerantHeader() throws {
        let text = "; MaxJobs: lots\n;MaxNodes:12\n; maxprocs: 48 cores\n; Computer: x\n;   http://example.org/ is not a key\n"
        let trace = try SWFReader.parse(text: text, path: "x.swf")
        #expect(trace.header == SWFHeader(maxJobs: nil, maxProcessors: 48, maxNodes: 12))
    }
}
