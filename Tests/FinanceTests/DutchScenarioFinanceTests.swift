import FactoryModel
import TestSupport
import Testing
@testable import Finance

@Suite("The Dutch scenarios' money")
struct DutchScenarioFinanceTests {
    @Test("Each Dutch scenario's capex is within its €200–300M envelope and fully funded, the nation within its cap",
          arguments: ["nl-baseline", "nl-250m-mixed", "nl-300m-liquid"])
    func funded(_ name: String) throws {
        let scenario = try Repository.scenario(name)
        let split = FundingSplit(schedule: CapexSchedule(scenario: scenario), budget: scenario.budget)
        #expect(split.schedule.total <= Money(euros: scenario.budget.capexEUR))
        #expect(split.schedule.total >= Money(euros: 150_000_000))
        #expect(split.eu + split.others + split.national == split.schedule.total)
        #expect(split.nationalOverCap == .zero)
        #expect(split.eu <= Money(euros: 70_000_000))
    }
}
