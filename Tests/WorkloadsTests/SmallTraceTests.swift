import Testing
import Workloads

/// The hand-written `small.swf`: one replay rule per job, checked job by job.
@Suite("Reading a small hand-written trace")
struct SmallTraceTests {
    let trace: WorkloadTrace

    init() throws {
        trace = try SWFReader.read(path: fixtures.path("small.swf"))
    }

    /// The kept jobs, in the order the reader must return them: by submit time, then number.
    static let expectedJobs: [TraceJob] = [
        // A complete job: run 100 s within a 200 s request.
        TraceJob(jobNumber: 1, submitMilliseconds: 0, runMilliseconds: 100_000, requestedMilliseconds: 200_000,
                 processors: 4, waitSeconds: 5, userID: 1, status: 1),
        // Run time -1: the job lasts its requested time.
        TraceJob(jobNumber: 2, submitMilliseconds: 1_000, runMilliseconds: 300_000, requestedMilliseconds: 300_000,
                 processors: 2, waitSeconds: nil, userID: 1, status: 1),
        // Requested time -1: the request falls back to the run time.
        TraceJob(jobNumber: 3, submitMilliseconds: 2_000, runMilliseconds: 50_000, requestedMilliseconds: 50_000,
                 processors: 1, waitSeconds: 0, userID: 2, status: 1),
        // Requested processors -1: the size falls back to the 8 allocated.
        TraceJob(jobNumber: 4, submitMilliseconds: 3_000, runMilliseconds: 80_000, requestedMilliseconds: 100_000,
                 processors: 8, waitSeconds: 10, userID: 2, status: 1),
        // Ran 500 s against a 400 s request: the true duration is the request.
        TraceJob(jobNumber: 5, submitMilliseconds: 4_000, runMilliseconds: 400_000, requestedMilliseconds: 400_000,
                 processors: 4, waitSeconds: 0, userID: 3, status: 0),
        // Requested 0 processors: the size falls back to the 16 allocated.
        TraceJob(jobNumber: 10, submitMilliseconds: 5_000, runMilliseconds: 70_000, requestedMilliseconds: 100_000,
                 processors: 16, waitSeconds: 3, userID: 5, status: 1),
        // Decimals: 10.5 s, 12.3456 s → 12,345.6 ms → 12,346 ms, 60.0005 s → 60,000.5 ms → 60,001 ms.
        TraceJob(jobNumber: 8, submitMilliseconds: 10_500, runMilliseconds: 12_346, requestedMilliseconds: 60_001,
                 processors: 2, waitSeconds: 2.25, userID: 4, status: 1),
        // Same submit time as job 12 and listed after it: ties go to the lower job number.
        TraceJob(jobNumber: 11, submitMilliseconds: 20_000, runMilliseconds: 30_000, requestedMilliseconds: 60_000,
                 processors: 2, waitSeconds: 1, userID: 5, status: 1),
        TraceJob(jobNumber: 12, submitMilliseconds: 20_000, runMilliseconds: 40_000, requestedMilliseconds: 60_000,
                 processors: 2, waitSeconds: 1, userID: 5, status: 1),
        // Tab-separated, with wait, status and user all -1.
        TraceJob(jobNumber: 13, submitMilliseconds: 30_000, runMilliseconds: 25_000, requestedMilliseconds: 30_000,
                 processors: 1, waitSeconds: nil, userID: nil, status: nil),
        // Cancelled (status 5) after running 30 s: replayed like any other job.
        TraceJob(jobNumber: 15, submitMilliseconds: 40_000, runMilliseconds: 30_000, requestedMilliseconds: 3_600_000,
                 processors: 4, waitSeconds: 0, userID: 6, status: 5),
    ]

    @Test("keeps eleven jobs, sorted by submit time and then job number")
    func keptJobNumbers() {
        #expect(trace.jobs.map(\.jobNumber) == Self.expectedJobs.map(\.jobNumber))
    }

    @Test("reads each kept job as the replay rules say", arguments: expectedJobs)
    func keptJob(_ expected: TraceJob) throws {
        let job = try #require(trace.jobs.first { $0.jobNumber == expected.jobNumber })
        #expect(job == expected)
    }

    @Test("skips jobs 6 and 14 for having no size and jobs 7 and 9 for having no duration")
    func skippedJobs() {
        #expect(trace.skips == TraceSkips(noSize: 2, noDuration: 2))
        #expect(trace.skips.total == 4)
        for skipped in [6, 7, 9, 14] {
            #expect(!trace.jobs.contains { $0.jobNumber == skipped })
        }
    }

    @Test("reads the header fields it knows and joins a note's continuation lines")
    func header() {
        #expect(trace.header == SWFHeader(
            maxJobs: 15, maxProcessors: 64, maxNodes: 8, unixStartTime: 1_000_000_000,
            timeZoneString: "Europe/Amsterdam",
            notes: [
                "jobs 6 and 14 have no size, jobs 7 and 9 no duration; job 15 was cancelled but ran, so it is replayed",
                "job 12 is listed before job 11, with the same submit time",
            ]
        ))
    }

    @Test("remembers the path it was read from, as given")
    func sourcePath() {
        #expect(trace.sourcePath == fixtures.path("small.swf"))
    }

    @Test("never lets a job run past its request or on fewer than one processor")
    func invariants() {
        #expect(!trace.jobs.isEmpty)
        for job in trace.jobs {
            #expect(job.runMilliseconds > 0)
            #expect(job.runMilliseconds <= job.requestedMilliseconds)
            #expect(job.processors >= 1)
        }
    }
}
