import FactoryModel
import Foundation
import TestSupport
import Testing
@testable import ScenarioFormat

/// Issue 21, item 5: scenarios that `validate` accepted made `simulate` allocate gigabytes in
/// one array. The run's size is now estimated when a scenario loads, and a run that could not
/// fit is refused with the figure.
@Suite("The size of a run is estimated, and a run too large is refused with the figure")
struct RunSizeTests {
    /// Loads `EdgeScenario` with `values`.
    static func load(_ values: [String: String]) throws -> (result: ScenarioLoadResult, url: URL) {
        try RangeEdgeTests.load(values, label: "run-size")
    }

    @Test("The estimate counts the jobs each kind of demand brings within the horizon")
    func jobCounts() throws {
        let (result, url) = try Self.load(["jobs_per_hour": "2"])
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let scenario = try #require(result.scenario, "\(result.errors)")
        let estimate = RunSizeEstimate(scenario: scenario)
        // January 2027: 744 hours.
        let january = Month(year: 2027, month: 1)
        // a: constant 20 GPU-hours, fixed 2 GPUs × 1 hour.
        #expect(estimate.jobsByTenant[0] == 10)
        // b: linear demand, exponential means of 2 GPUs and 1 hour.
        let linearHours: Double = try #require(scenario.tenants[1].demand.referenceGPUHours(in: january, horizon: scenario.horizon))
        #expect(isClose(estimate.jobsByTenant[1], linearHours / 2))
        // f: poisson, 2 an hour for 744 hours; g: the four jobs of the trace.
        #expect(estimate.jobsByTenant[5] == 1_488)
        #expect(estimate.jobsByTenant[6] == 4)
        #expect(estimate.traceJobs == 4)
        #expect(estimate.nodes == 4 && estimate.gpus == 32)
        // 2 × 32 GPUs × 0.1 failures a GPU-year × 744/8,760 of a year.
        let failures: Double = 2 * 32 * 0.1 * 744 / 8_760
        #expect(isClose(estimate.failureEvents, failures))
        let jobBytes: Double = 240 * estimate.jobs
        let facilityBytes: Double = 110 * 4 + 8 * 32 + 176 * 4
        #expect(isClose(estimate.memoryBytes, 34e6 + jobBytes + facilityBytes))
        let events: Double = 2 * estimate.jobs + failures + 3
        #expect(isClose(estimate.events, events))
    }

    @Test("Thirty years of 10,000 jobs an hour is refused at the tenant's demand, with the memory it would need")
    func hugeJobTableIsRefused() throws {
        let (result, url) = try Self.load(["jobs_per_hour": "10_000", "horizon_end": "2056-12"])
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        #expect(result.scenario == nil)
        let lines = EdgeScenario.template.split(separator: "\n", omittingEmptySubsequences: false)
        let demandLine = try #require(lines.firstIndex { $0.contains("kind: poisson") }) // the line after `demand:`
        let errors = result.errors.map(\.description)
        #expect(errors.count == 1, "\(errors)")
        let message = try #require(errors.first)
        #expect(message.hasPrefix("\(url.path):\(demandLine + 1):7: tenants[f].demand: this scenario would need about 631 GB of memory for one replication (its job table: about 2,629,9"), "\(message)")
        #expect(message.contains("; at most 16 GB."), "\(message)")
    }

    @Test("Three months of 10,000 jobs an hour is allowed with a warning giving the memory")
    func largeJobTableIsWarned() throws {
        let (result, url) = try Self.load(["jobs_per_hour": "10_000", "horizon_end": "2027-03"])
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        #expect(result.errors.map(\.description) == [])
        let warnings = result.warnings.map(\.description).filter { $0.contains("memory") }
        #expect(warnings.count == 1, "\(result.warnings)")
        // 90 days × 24 hours × 10,000 jobs, and the other tenants' few.
        #expect(warnings.first?.contains("warning: tenants[f].demand: this scenario will need about 5.2 GB of memory for each replication running at once (its job table: about 21,600,") == true, "\(warnings)")
    }

    @Test("A facility failing a thousand times per GPU-year for 30 years is refused for its events, at build_out")
    func endlessFailuresAreRefused() throws {
        let values = ["failure_rate": "1_000", "nodes": "100_000", "gpus_per_node": "1_024", "max_it": "10_000", "horizon_end": "2056-12"]
        let (result, url) = try Self.load(values)
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let errors = result.errors.map(\.description)
        #expect(errors.count == 1, "\(errors)")
        let message = try #require(errors.first)
        // 2 × 102,400,000 GPUs × 1,000 failures a GPU-year × 30 years: 6.1 × 10¹² failures and repairs.
        #expect(message.contains(": build_out: this scenario would take about 6,148,488,"), "\(message)")
        #expect(message.contains("roughly 71 days on one core"), "\(message)")
        #expect(message.contains("at most 100,000,000,000 events"), "\(message)")
    }

    @Test("Many replications of a moderate run are warned about at scheduler.replications")
    func manyReplicationsAreWarned() throws {
        let (result, url) = try Self.load(["replications": "1_000", "jobs_per_hour": "2_000"])
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        #expect(result.errors.map(\.description) == [])
        let warning = try #require(result.warnings.first { $0.message.contains("events") })
        #expect(warning.fieldPath.description == "scheduler.replications")
        #expect(warning.message.hasPrefix("this scenario will take about 2,976,"), "\(warning.message)")
    }

    @Test("A trace job of more GPUs than any facility holds is refused at the trace file, naming the job")
    func oversizedTraceJobIsRefused() throws {
        let folder = temporaryURL("run-size-trace")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let trace = folder.appendingPathComponent("wide.swf")
        try "1 0 0 60 200000 -1 -1 200000 60 -1 1 1 1 -1 -1 -1 -1 -1\n".write(to: trace, atomically: true, encoding: .utf8)
        let (result, url) = try Self.load(["trace": trace.path, "gpus_per_processor": "1_024"])
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let place = EdgeScenario.place(of: "trace", in: ["trace": trace.path])
        #expect(result.errors.map(\.description) == [
            "\(url.path):\(place.line):\(place.column): tenants[g].demand.file: trace job 1 asks for 200,000 processors, 204,800,000 GPUs at 1024 GPUs per processor: value too large (at most 102,400,000 GPUs a job, every GPU of the largest facility the format allows)",
        ])
    }

    @Test("Replications set on the command line are checked as the scenario's own, and the message names the option")
    func commandLineReplicationsAreChecked() throws {
        let (result, url) = try Self.load(["replications": "1", "jobs_per_hour": "2_000"])
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        #expect(result.errors.map(\.description) == [])
        let tooMany = ScenarioLoader.load(path: url.path, overrides: [
            ScenarioOverride(path: "scheduler.replications", value: "5000", option: "--replications 5000"),
        ])
        let error = try #require(tooMany.errors.first)
        #expect(error.description.hasPrefix("--replications 5000: scheduler.replications: "), "\(error.description)")
        let many = ScenarioLoader.load(path: url.path, overrides: [
            ScenarioOverride(path: "scheduler.replications", value: "1000", option: "--replications 1000"),
        ])
        let warning = try #require(many.warnings.first { $0.message.contains("events") })
        #expect(warning.description.hasPrefix("--replications 1000: warning: scheduler.replications: this scenario will take about 2,976,"), "\(warning.description)")
    }

    @Test("A planned build-out of hundreds of millions of nodes is refused for its memory, and counts near the integer limit do not overflow")
    func hugeBuildOutIsRefused() throws {
        let (result, url) = try Self.load([:])
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        var scenario = try #require(result.scenario, "\(result.errors)")
        #expect(RunSizeEstimate(scenario: scenario).refusal == nil)
        let model = try #require(scenario.buildOut.first?.nodes.keys.first)
        scenario.buildOut = [BuildPhase(at: scenario.horizon.lowerBound, nodes: [model: 200_000_000])]
        let refusal = try #require(RunSizeEstimate(scenario: scenario).refusal)
        #expect(refusal.hasPrefix("it would need about "), "\(refusal)")
        #expect(refusal.contains("200,000,000 nodes"), "\(refusal)")
        scenario.buildOut = [BuildPhase(at: scenario.horizon.lowerBound, nodes: [model: Int.max / 2])]
        let overflowing = RunSizeEstimate(scenario: scenario)
        #expect(overflowing.refusal != nil)
        #expect(overflowing.gpus >= overflowing.nodes)
    }
}
