import FactoryModel
import Foundation
import TestSupport
import Testing
@testable import ScenarioFormat

@Suite("Loading valid scenarios")
struct ScenarioLoadingTests {
    @Test("The minimal scenario loads with every field as written")
    func minimalScenarioLoads() throws {
        let result = fixtures.load("valid-minimal.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let scenario = try #require(result.scenario)
        #expect(scenario.name == "minimal")
        #expect(scenario.seed == 42)
        #expect(scenario.horizon == Month(year: 2027, month: 1)...Month(year: 2028, month: 12))
        #expect(scenario.budget.capexEUR == 10_000_000)
        #expect(scenario.budget.euCofundingShare == 0.5)
        #expect(scenario.budget.euEligibleCategories == [.compute, .networkingStorage])
        #expect(scenario.budget.coFunders == [CoFunder(name: "Regional fund", contribution: .amountEUR(1_000_000))])
        #expect(scenario.site.cooling == Cooling(type: .air, pue: 1.3, capexEURPerKW: 500))
        #expect(scenario.site.gridConnectionMW == [MonthlyStep(from: Month(year: 2027, month: 1), value: 1)])
        #expect(scenario.site.hardwareLifeYears == 5)
        #expect(scenario.catalog.models.map(\.id) == ["ideal-gpu"])
        let model = try #require(scenario.catalog.model(id: "ideal-gpu"))
        #expect(model.gpusPerNode == 1 && model.annualFailureRate == 0 && model.reliability.meanRepairHours == 0)
        #expect(scenario.buildOut == [BuildPhase(at: Month(year: 2027, month: 1), nodes: ["ideal-gpu": 100])])
        #expect(scenario.tenants.map(\.name) == ["research", "startups"])
        let research = scenario.tenants[0]
        #expect(research.priority == 1)
        #expect(research.accepts == [.nvidia, .amd])
        #expect(research.demand.pattern == .logistic(startGPUHoursPerMonth: 10_000, capGPUHoursPerMonth: 60_000, midpoint: Month(year: 2027, month: 12), steepnessPerYear: 2))
        #expect(research.jobMix?.gpusPerJob == .choice(values: [1, 4, 8], weights: [6, 3, 1]))
        #expect(research.jobMix?.hoursPerJob == .lognormal(median: 4, sigma: 1))
        #expect(research.jobMix?.walltimeFactor == 1.5)
        #expect(scenario.tenants[1].demand.pattern == .poisson(jobsPerHour: 2))
        #expect(scenario.scheduler == SchedulerSettings(policy: .easy, replications: 2))
    }

    @Test("A variant merges maps key by key and keeps the rest of its base")
    func variantMergesIntoBase() throws {
        let scenario = try #require(fixtures.load("variant-extends.yaml").scenario)
        #expect(scenario.name == "minimal-variant")
        #expect(scenario.budget.capexEUR == 12_000_000)
        #expect(scenario.budget.euCofundingShare == 0.5)
        #expect(scenario.site.cooling.pue == 1.2)
        #expect(scenario.site.cooling.type == .air)
        #expect(scenario.site.cooling.capexEURPerKW == 500)
        #expect(scenario.tenants.count == 2)
    }

    @Test("A variant's list replaces the base's list whole")
    func variantListReplaces() throws {
        let base = try YAMLReader.parse("a: {b: 1, c: [1, 2]}\nd: x\n", file: "base.yaml")
        let variant = try YAMLReader.parse("a: {c: [3]}\n", file: "variant.yaml")
        let merged = ExtendsResolver.merge(base: base, variant: variant)
        let a = try #require(merged.entries?.first { $0.key == "a" }?.value.entries)
        #expect(a.map(\.key) == ["b", "c"])
        guard case .sequence(let items) = a[1].value.content else { Issue.record("c is not a list"); return }
        #expect(items.count == 1)
        #expect(items[0].location.file == "variant.yaml")
        #expect(a[0].value.location.file == "base.yaml")
        #expect(merged.entries?.map(\.key) == ["a", "d"])
    }

    @Test("Idealised catalog entries with one GPU and no failures are allowed")
    func idealisedEntryIsAllowed() throws {
        let scenario = try #require(fixtures.load("valid-minimal.yaml").scenario)
        let model = try #require(scenario.catalog.model(id: "ideal-gpu"))
        #expect(model.gpusPerNode == 1)
        #expect(model.annualFailureRate == 0)
    }

    @Test("A scenario entry with a built-in id changes only the fields it names")
    func catalogOverrideIsFieldByField() throws {
        let base = Catalog(models: [NodeModel(
            id: "ideal-gpu", vendor: .amd, gpusPerNode: 8, nodePriceEUR: 1, nodePowerIdleKW: 0.5,
            nodePowerPeakKW: 5, relativeThroughput: 2, availableFrom: Month(year: 2020, month: 1)
        )])
        let text = try String(contentsOfFile: fixtures.path("valid-minimal.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "use_default_catalog: false\n", with: "")
        let path = temporaryURL("override").appendingPathExtension("yaml").path
        // The entry keeps only id and price: every other field must come from the base model.
        let trimmed = text.replacingOccurrences(
            of: "    vendor: nvidia\n    gpus_per_node: 1\n    node_price_eur: 30_000\n    node_power_idle_kw: 0.1\n    node_power_peak_kw: 1.0\n    relative_throughput: 1.0\n    annual_failure_rate: 0\n    available_from: 2026-01\n",
            with: "    node_price_eur: 30_000\n")
        try trimmed.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = ScenarioLoader.load(path: path, defaultCatalog: base)
        let model = try #require(result.scenario?.catalog.model(id: "ideal-gpu"), "\(result.diagnostics)")
        #expect(model.nodePriceEUR == 30_000)
        #expect(model.vendor == .amd)
        #expect(model.gpusPerNode == 8)
        #expect(model.relativeThroughput == 2)
    }
}

@Suite("Did-you-mean suggestions")
struct SuggestionTests {
    @Test("Edit distance counts a swap of neighbours as one edit", arguments: [
        ("peu", "pue", 1), ("pue", "pue", 0), ("capex", "capex_eur", 4), ("", "abc", 3), ("kitten", "sitting", 3),
    ])
    func editDistance(_ a: String, _ b: String, _ distance: Int) {
        #expect(Suggestion.editDistance(a, b) == distance)
    }

    @Test("A typo gets the closest known key; an unrelated word gets none")
    func closestKey() {
        let keys = ["pue", "type", "monthly_pue", "capex_eur_per_kw"]
        #expect(Suggestion.closest(to: "peu", among: keys) == "pue")
        #expect(Suggestion.closest(to: "capex_eur_per_kwh", among: keys) == "capex_eur_per_kw")
        #expect(Suggestion.closest(to: "colour", among: keys) == nil)
    }
}
