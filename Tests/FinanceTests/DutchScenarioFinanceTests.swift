import FactoryModel
import Foundation
import ScenarioFormat
import Testing
@testable import Finance

@Suite("The Dutch scenarios' money")
struct DutchScenarioFinanceTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Scenarios")

    @Test("Each Dutch scenario's capex is within its €200–300M envelope and fully funded, the nation within its cap",
          arguments: ["nl-baseline.yaml", "nl-250m-mixed.yaml", "nl-300m-liquid.yaml"])
    func funded(_ file: String) throws {
        let scenario = try #require(ScenarioLoader.load(path: Self.folder.appendingPathComponent(file).path).scenario)
        let split = FundingSplit(schedule: CapexSchedule(scenario: scenario), budget: scenario.budget)
        #expect(split.schedule.total <= Money(euros: scenario.budget.capexEUR))
        #expect(split.schedule.total >= Money(euros: 150_000_000))
        #expect(split.eu + split.others + split.national == split.schedule.total)
        #expect(split.nationalOverCap == .zero)
        #expect(split.eu <= Money(euros: 70_000_000))
    }
}
