import FactoryModel
import Foundation
import TestSupport
import Testing
@testable import ScenarioFormat

/// The memory estimate against a real run: `aifactory simulate` under `/usr/bin/time -v`.
@Suite("The memory estimate matches a measured peak")
struct RunSizeMeasurementTests {
    /// One tenant, 250 jobs an hour for January (186,000 jobs), on 20,000 nodes of 64 GPUs: the
    /// job table and the facility both well above the fixed part of a run.
    static let scenario = """
        name: run-size-measure
        seed: 7
        horizon: {start: 2027-01, end: 2027-01}
        budget: {capex_eur: 1_000_000_000}
        site:
          grid_connection: [{from: 2027-01, mw: 10_000}]
          cooling: {type: air, pue: 1.2}
          building: {max_it_mw: 10_000}
          electricity: {price_eur_per_mwh: 100, carbon_g_per_kwh: 100}
        use_default_catalog: false
        catalog:
          - {id: g, vendor: nvidia, gpus_per_node: 64, node_price_eur: 0, node_power_idle_kw: 0.1, node_power_peak_kw: 1, relative_throughput: 1, available_from: 2026-01}
        build_out:
          - {at: 2027-01, nodes: {g: 20_000}}
        tenants:
          - name: t
            quota_share: 1
            demand: {kind: poisson, jobs_per_hour: 250}
            job_mix:
              gpus_per_job: {distribution: fixed, value: 1}
              hours_per_job: {distribution: exponential, mean: 1}

        """

    @Test("A run peaks between 50 % and 110 % of the estimate (an upper figure)",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/time"), "needs GNU time"))
    func estimateMatchesMeasuredPeak() throws {
        let folder = temporaryURL("run-size-measure")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("measure.yaml")
        try Self.scenario.write(to: url, atomically: true, encoding: .utf8)
        let loaded = ScenarioLoader.load(path: url.path)
        let scenario = try #require(loaded.scenario, "\(loaded.errors)")
        let estimate = RunSizeEstimate(scenario: scenario)
        #expect(estimate.jobs == 250 * 744)

        let outcome = try CommandRunner.run(["simulate", url.path, "--out", folder.appendingPathComponent("out").path, "--quiet"],
                                            timeout: 300, wrapper: ["/usr/bin/time", "-v"])
        #expect(outcome.status == 0 && !outcome.signalled, "\(outcome)")
        let line = try #require(outcome.standardError.split(separator: "\n").first { $0.contains("Maximum resident set size (kbytes)") })
        let kilobytes = try #require(Double(line.split(separator: ":").last!.trimmingCharacters(in: .whitespaces)))
        let measured = kilobytes * 1_024
        let ratio = measured / estimate.memoryBytes
        #expect(ratio > 0.5 && ratio < 1.1, "measured \(Int(measured / 1e6)) MB, estimated \(Int(estimate.memoryBytes / 1e6)) MB")
    }
}
