import TestSupport
import Testing
import Workloads

/// The real KTH IBM SP2 trace (1996–97, 100 processors) shipped in `Scenarios/traces/`.
///
/// Every number below was found independently of the reader, with
///
///     awk '!/^;/ && NF { n++; p = $8 >= 1 ? $8 : $5; d = ($4 >= 0 && $9 >= 0) ? ($4 < $9 ? $4 : $9) : ($4 > $9 ? $4 : $9); if (p < 1) ns++; else if (d <= 0) nd++; else { k++; s += d; q += p; if (p > m) m = p; if ($11 == 0) f++ } } END { printf "lines %d kept %d noSize %d noDuration %d maxProcs %d runSeconds %d processors %d failed %d\n", n, k, ns, nd, m, s, q, f }' Scenarios/traces/KTH-SP2-1996-2.1-cln.swf
///
/// which prints `lines 27992 kept 27992 noSize 0 noDuration 0 maxProcs 100 runSeconds 239978322
/// processors 215453 failed 7509`. The cleaned log has no missing sizes or durations and no
/// job that ran past its request, so nothing is skipped.
@Suite("Reading the KTH SP2 trace")
struct KTHTraceTests {
    static let path = Repository.path("Scenarios/traces/KTH-SP2-1996-2.1-cln.swf")
    let trace: WorkloadTrace

    init() throws {
        trace = try SWFReader.read(path: Self.path)
    }

    @Test("keeps all 27,992 jobs of the cleaned log and skips none")
    func counts() {
        #expect(trace.jobs.count == 27_992)
        #expect(trace.skips == TraceSkips(noSize: 0, noDuration: 0))
    }

    @Test("keeps failed jobs (status 0) as well as completed ones")
    func failedJobsKept() {
        #expect(trace.jobs.count { $0.status == 0 } == 7_509)
        #expect(trace.jobs.count { $0.status == 1 } == 20_483)
    }

    @Test("asks for between 1 and the machine's 100 processors")
    func processors() {
        #expect(trace.jobs.map(\.processors).max() == 100)
        #expect(trace.jobs.allSatisfy { $0.processors >= 1 && $0.processors <= 100 })
        #expect(trace.jobs.reduce(0) { $0 + $1.processors } == 215_453)
    }

    @Test("adds up to 239,978,322 job-seconds of true duration")
    func totalDuration() {
        #expect(trace.jobs.reduce(Int64(0)) { $0 + $1.runMilliseconds } == 239_978_322_000)
    }

    @Test("is sorted by submit time, from job 15 to job 28490")
    func order() throws {
        #expect(zip(trace.jobs, trace.jobs.dropFirst()).allSatisfy { $0.submitMilliseconds <= $1.submitMilliseconds })
        let first = try #require(trace.jobs.first)
        let last = try #require(trace.jobs.last)
        #expect(first.jobNumber == 15)
        #expect(first.submitMilliseconds == 599_850_000)
        #expect(first.waitSeconds == 192_180)
        #expect(last.jobNumber == 28_490)
        #expect(last.submitMilliseconds == 29_363_618_000)
    }

    @Test("reads the header: 28,490 jobs before cleaning, 100 processors, Stockholm time")
    func header() {
        #expect(trace.header.maxJobs == 28_490)
        #expect(trace.header.maxProcessors == 100)
        #expect(trace.header.maxNodes == 100)
        #expect(trace.header.unixStartTime == 843_480_031)
        #expect(trace.header.timeZoneString == "Europe/Stockholm")
        #expect(trace.header.notes == [
            "uses the EASY scheduler",
            "THIS IS A CLEANED VERSION OF THE LOG! The filter used to produce it was job<=14 (14 jobs removed)",
        ])
    }
}
