import FactoryModel
import Foundation
import TestSupport
import Testing
@testable import ScenarioFormat

/// `catalog[].interruptions` (one class per cause) and `site.maintenance_windows`, read from
/// variants of `valid-minimal.yaml`.
@Suite("Interruption classes and maintenance windows in the scenario format")
struct InterruptionFormatTests {
    /// `valid-minimal.yaml` with its model's `annual_failure_rate: 0` line replaced by
    /// `catalogLines` and `siteLines` added to `site:`, loaded over `defaultCatalog`.
    static func load(catalogLines: String, siteLines: String = "", defaultCatalog: Catalog = Catalog()) throws -> (ScenarioLoadResult, String) {
        var text = try String(contentsOfFile: fixtures.path("valid-minimal.yaml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "    annual_failure_rate: 0\n", with: catalogLines)
        text = text.replacingOccurrences(of: "site:\n", with: "site:\n" + siteLines)
        let path = temporaryURL("interruptions").appendingPathExtension("yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return (ScenarioLoader.load(path: path, defaultCatalog: defaultCatalog), text)
    }

    /// A diagnostic without its file name (the temporary file's name is random): `LINE:COLUMN: path: message`.
    static func placed(_ diagnostic: Diagnostic) -> String {
        let text = diagnostic.shortDescription
        return String(text[text.index(after: text.firstIndex(of: ":")!)...])
    }

    @Test("Each cause is read with its rate and repair time, a number or a distribution")
    func classesAreRead() throws {
        let (result, _) = try Self.load(catalogLines: """
                interruptions:
                  gpu_hardware: {annual_rate: 0.111, repair_hours: {distribution: choice, values: [4, 72], weights: [0.32, 0.68]}}
                  network: {annual_rate: 0.017, repair_hours: 6}
                  software: {annual_rate: 0.025}

            """)
        let model = try #require(result.scenario?.catalog.model(id: "ideal-gpu"), "\(result.diagnostics)")
        #expect(model.reliability[.gpuHardware] == FailureClass(annualRatePerGPU: 0.111, repairHours: .choice(values: [4, 72], weights: [0.32, 0.68])))
        #expect(model.reliability[.network] == FailureClass(annualRatePerGPU: 0.017, repairHours: .fixed(value: 6)))
        #expect(model.reliability[.software] == FailureClass(annualRatePerGPU: 0.025, repairHours: .fixed(value: 0)))
        #expect(model.reliability[.otherHardware] == .none)
        #expect(abs(model.annualFailureRate - 0.153) < 1e-12)
    }

    @Test("Over a built-in model, a scenario changes only the classes and fields it names")
    func overridesAreFieldByField() throws {
        let base = NodeModel(
            id: "ideal-gpu", vendor: .nvidia, gpusPerNode: 1, nodePriceEUR: 1, nodePowerIdleKW: 0.1, nodePowerPeakKW: 1, relativeThroughput: 1,
            reliability: NodeReliability([
                .gpuHardware: FailureClass(annualRatePerGPU: 0.1, repairHours: .fixed(value: 38)),
                .network: FailureClass(annualRatePerGPU: 0.02, repairHours: .fixed(value: 5)),
            ]),
            availableFrom: Month(year: 2020, month: 1))
        var text = try String(contentsOfFile: fixtures.path("valid-minimal.yaml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "use_default_catalog: false\n", with: "")
        text = text.replacingOccurrences(
            of: "    vendor: nvidia\n    gpus_per_node: 1\n    node_price_eur: 30_000\n    node_power_idle_kw: 0.1\n    node_power_peak_kw: 1.0\n    relative_throughput: 1.0\n    annual_failure_rate: 0\n    available_from: 2026-01\n",
            with: "    repair_hours: 12\n    interruptions:\n      network: {annual_rate: 0.5}\n")
        let path = temporaryURL("override").appendingPathExtension("yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = ScenarioLoader.load(path: path, defaultCatalog: Catalog(models: [base]))
        let model = try #require(result.scenario?.catalog.model(id: "ideal-gpu"), "\(result.diagnostics)")
        #expect(model.reliability[.gpuHardware] == FailureClass(annualRatePerGPU: 0.1, repairHours: .fixed(value: 12)))
        #expect(model.reliability[.network] == FailureClass(annualRatePerGPU: 0.5, repairHours: .fixed(value: 5)))
    }

    @Test("The GPU hardware class given both as annual_failure_rate and in interruptions is refused at its line")
    func shorthandAndClassConflict() throws {
        let (result, _) = try Self.load(catalogLines: "    annual_failure_rate: 0.1\n    interruptions:\n      gpu_hardware: {annual_rate: 0.2}\n")
        #expect(result.scenario == nil)
        let messages = result.errors.map(Self.placed)
        #expect(messages == ["37:26: catalog[ideal-gpu].annual_failure_rate: `annual_failure_rate` gives the GPU hardware class, which `interruptions.gpu_hardware` gives too; expected it in one place"], "\(messages)")
    }

    @Test("An unknown cause is refused with the closest known one")
    func unknownCause() throws {
        let (result, _) = try Self.load(catalogLines: "    interruptions:\n      netwrok: {annual_rate: 0.2}\n")
        let message = try #require(result.errors.first.map(Self.placed))
        #expect(result.errors.count == 1)
        #expect(message.hasPrefix("38:7: catalog[ideal-gpu].interruptions.netwrok: unknown field `netwrok`"), "\(message)")
        #expect(message.contains("`network`"), "\(message)")
    }

    @Test("A repair-time distribution out of range names its field")
    func repairDistributionOutOfRange() throws {
        let (result, _) = try Self.load(catalogLines: "    interruptions:\n      software: {annual_rate: 0.2, repair_hours: {distribution: exponential, mean: -1}}\n")
        let message = try #require(result.errors.first?.shortDescription)
        #expect(message.contains("catalog[ideal-gpu].interruptions.software.repair_hours.mean: value too small"), "\(message)")
    }

    @Test("Maintenance windows are read, and a window longer than the time between windows is refused")
    func maintenanceWindows() throws {
        let (good, _) = try Self.load(catalogLines: "", siteLines: "  maintenance_windows: {every_weeks: 4, hours: 8, share_of_nodes: 0.25}\n")
        #expect(good.scenario?.site.maintenanceWindows == MaintenanceWindows(everyWeeks: 4, hours: 8, shareOfNodes: 0.25), "\(good.diagnostics)")
        let (bad, _) = try Self.load(catalogLines: "", siteLines: "  maintenance_windows: {every_weeks: 1, hours: 200, share_of_nodes: 0.25}\n")
        #expect(bad.scenario == nil)
        #expect(bad.errors.map(Self.placed) == ["16:48: site.maintenance_windows.hours: a window of 200 hours is longer than the 1 weeks (168 hours) between windows; expected at most 168 hours"])
    }

    @Test("The built-in catalog's classes add up to FACTS §2's all-cause rate for H100")
    func defaultCatalogUsesTheSplit() throws {
        let catalog = try DefaultCatalog.load().get()
        let h100 = try #require(catalog.model(id: "h100-hgx"))
        // 419 unexpected interruptions of 16,384 GPUs in 54 days: 17.3 % per GPU-year.
        #expect(abs(h100.annualFailureRate - 419.0 / 16_384 * 365 / 54) < 0.001)
        #expect(abs(h100.reliability[.gpuHardware].annualRatePerGPU - 268.0 / 16_384 * 365 / 54) < 0.001)
        #expect(InterruptionCause.unplanned.allSatisfy { h100.reliability[$0].annualRatePerGPU > 0 })
    }
}
