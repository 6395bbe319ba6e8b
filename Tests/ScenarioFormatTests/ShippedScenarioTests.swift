import FactoryModel
import Foundation
import TestSupport
import Testing
@testable import ScenarioFormat

@Suite("The shipped catalog and scenarios")
struct ShippedScenarioTests {
    static let scenarioFiles: [String] = {
        let folder = Repository.url("Scenarios")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { folder.appendingPathComponent($0).path }
    }()

    @Test("The built-in catalog loads and offers NVIDIA and AMD generations")
    func defaultCatalogLoads() throws {
        let catalog = try DefaultCatalog.load().get()
        let ids = Set(catalog.models.map(\.id))
        for id in ["h100-hgx", "h200-hgx", "b200-hgx", "gb200-nvl72", "mi300x-8", "mi325x-8", "mi355x-8"] {
            #expect(ids.contains(id), "missing \(id)")
        }
        #expect(catalog.vendors.isSuperset(of: [.nvidia, .amd]))
        let reference = try #require(catalog.model(id: "h100-hgx"))
        #expect(reference.relativeThroughput == 1.0)
        for model in catalog.models {
            #expect(model.nodePriceEUR > 0 && model.nodePowerPeakKW > model.nodePowerIdleKW, "\(model.id)")
        }
    }

    @Test("There are at least three shipped scenarios")
    func threeScenariosShip() {
        #expect(Self.scenarioFiles.count >= 3)
        #expect(Self.scenarioFiles.contains { $0.hasSuffix("nl-baseline.yaml") })
    }

    @Test("Every shipped scenario is valid", arguments: scenarioFiles)
    func shippedScenarioIsValid(_ path: String) {
        let result = ScenarioLoader.load(path: path)
        #expect(result.errors.isEmpty, "\(result.errors.map(\.description))")
        #expect(result.scenario != nil)
    }

    @Test("The Dutch baseline is funded as announced: EU capped at €70M, Nij Begun €60M, nation capped at €70M")
    func dutchBaselineFunding() throws {
        let scenario = try Repository.scenario("nl-baseline")
        #expect(scenario.budget.capexEUR == 200_000_000)
        #expect(scenario.budget.euCofundingCapEUR == 70_000_000)
        #expect(scenario.budget.nationalCapEUR == 70_000_000)
        #expect(scenario.budget.coFunders.contains { $0.contribution == .amountEUR(60_000_000) })
        #expect(scenario.capex.totalEUR <= scenario.budget.capexEUR)
    }
}
