import FactoryModel
import Foundation
import SimulationKernel
import Testing
@testable import FacilitySimulation
@testable import Finance

/// A facility priced by hand: one phase of 10 nodes at €100,000 in January 2027, 10 kW peak
/// each (100 kW IT), cooling €500/kW, fit-out €1,000/kW, grid 1 MW at €200,000/MW,
/// networking and storage 10 % of compute. Horizon 2027–2028.
enum HandWorked {
    static let start = Month(year: 2027, month: 1)
    static let model = NodeModel(id: "n", vendor: .nvidia, gpusPerNode: 8, nodePriceEUR: 100_000, nodePowerIdleKW: 2,
                                 nodePowerPeakKW: 10, relativeThroughput: 1, availableFrom: start)

    static func scenario(budget: Budget = Budget(capexEUR: 2_000_000), staffPerYear: Double = 0, rate: Double = 0.03, years: Int = 2,
                         price: Double = 0, escalation: Double = 0) -> Scenario {
        var budget = budget
        budget.discountRate = rate
        let site = Site(
            gridConnectionMW: [MonthlyStep(from: start, value: 1)], gridCapexEURPerMW: 200_000,
            cooling: Cooling(type: .air, pue: 1.25, capexEURPerKW: 500), fitOutCapexEURPerKW: 1_000, maxITMW: 1,
            electricity: Electricity(priceEURPerMWh: price, priceEscalationPerYear: escalation, carbonGPerKWh: 300),
            staffCostEURPerYear: staffPerYear, networkingStorageShareOfCompute: 0.1, hardwareLifeYears: 5
        )
        let tenant = Tenant(name: "t", quotaShare: 1, priceEURPerGPUHour: 1, demand: Demand(pattern: .poisson(jobsPerHour: 1)),
                            jobMix: JobMix(gpusPerJob: .fixed(value: 1), hoursPerJob: .fixed(value: 1)))
        return Scenario(name: "hand", seed: 1, horizon: start...start.adding(months: 12 * years - 1), budget: budget, site: site,
                        catalog: Catalog(models: [model]), buildOut: [BuildPhase(at: start, nodes: ["n": 10])], tenants: [tenant])
    }

    /// A replication in which every month has `energyMWh` of facility energy and
    /// `deliveredGPUHours` delivered to the one tenant.
    static func result(for scenario: Scenario, energyMWh: Double = 0, deliveredGPUHours: Double = 0) -> ReplicationResult {
        var monthly: [MonthlyFigures] = []
        var tenants: [[TenantMonthFigures]] = []
        var month = scenario.horizon.lowerBound
        while month <= scenario.horizon.upperBound {
            var figures = MonthlyFigures(month: month)
            figures.facilityEnergyMWh = energyMWh
            figures.deliveredGPUHours = deliveredGPUHours
            figures.deliveredReferenceGPUHours = deliveredGPUHours
            monthly.append(figures)
            var tenant = TenantMonthFigures(month: month, tenant: "t")
            tenant.deliveredGPUHours = deliveredGPUHours
            tenants.append([tenant])
            month = month.adding(months: 1)
        }
        return ReplicationResult(seed: 1, monthly: monthly, tenantMonthly: tenants, tenantTotals: [TenantTotals(tenant: "t")])
    }
}

@Suite("Money and its split, to the cent")
struct MoneyTests {
    @Test("Euros round to the nearest cent, halves away from zero, and print with two decimals", arguments: [
        (0.005, 1, "0.01"), (-0.005, -1, "-0.01"), (1234.567, 123_457, "1234.57"), (0.1 + 0.2, 30, "0.30"),
    ])
    func rounding(_ euros: Double, _ cents: Int64, _ text: String) {
        #expect(Money(euros: euros).cents == cents)
        #expect(Money(euros: euros).description == text)
    }

    @Test("A split's parts are whole cents that add up to the total exactly, each within a cent of its exact share")
    func splitIsExact() {
        var random = RandomStream(seed: 99, stream: 0)
        for _ in 0..<500 {
            let weights = (0..<(1 + random.uniformInt(below: 12))).map { _ in Money(cents: Int64(random.uniformInt(below: 1_000_000_000))) }
            let total = Money(cents: Int64(random.uniformInt(below: 500_000_000)))
            let parts = Money.split(total, proportionalTo: weights)
            #expect(parts.reduce(.zero, +) == total || weights.allSatisfy { $0 == .zero })
            let weightSum = Double(weights.reduce(Int64(0)) { $0 + $1.cents })
            for (part, weight) in zip(parts, weights) where weightSum > 0 {
                #expect(abs(Double(part.cents) - Double(total.cents) * Double(weight.cents) / weightSum) < 1.0 + 1e-9)
            }
        }
    }
}

@Suite("The cost model against hand-worked figures and closed forms")
struct CostModelTests {
    @Test("One phase: capex by category is what a hand computation gives")
    func capexByHand() {
        let schedule = CapexSchedule(scenario: HandWorked.scenario())
        #expect(schedule.years == [2027, 2028])
        #expect(schedule.amount(year: 0, .compute) == Money(euros: 1_000_000))
        #expect(schedule.amount(year: 0, .networkingStorage) == Money(euros: 100_000))
        #expect(schedule.amount(year: 0, .cooling) == Money(euros: 50_000))
        #expect(schedule.amount(year: 0, .building) == Money(euros: 100_000))
        #expect(schedule.amount(year: 0, .grid) == Money(euros: 200_000))
        #expect(schedule.total == Money(euros: 1_450_000))
        #expect(schedule.total(year: 1) == .zero)
        #expect(schedule.total.euros == HandWorked.scenario().capex.totalEUR)
    }

    @Test("Funding: EU half of eligible capex up to its cap, a fixed co-funder, the nation the rest, to the cent")
    func fundingByHand() {
        let budget = Budget(capexEUR: 2_000_000, euCofundingShare: 0.5, euCofundingCapEUR: 500_000,
                            coFunders: [CoFunder(name: "Region", contribution: .amountEUR(300_000))])
        let split = FundingSplit(schedule: CapexSchedule(scenario: HandWorked.scenario(budget: budget)), budget: budget)
        // Eligible: compute + networking = 1,100,000; half is 550,000, capped at 500,000.
        #expect(split.eu == Money(euros: 500_000))
        #expect(split.total(funder: 0, .compute) == Money(euros: 454_545.45))
        #expect(split.total(funder: 0, .networkingStorage) == Money(euros: 45_454.55))
        #expect(split.others == Money(euros: 300_000))
        #expect(split.national == Money(euros: 650_000))
        for year in split.schedule.years.indices {
            for (column, category) in CapexCategory.allCases.enumerated() {
                let paid = split.funders.indices.reduce(Money.zero) { $0 + split.amounts[$1][year][column] }
                #expect(paid == split.schedule.amount(year: year, category), "\(category) in year \(year)")
            }
        }
    }

    @Test("The NPV of a level yearly cost is the annuity-due formula A(1 − (1+r)^−n)/r × (1+r)")
    func annuity() {
        let scenario = HandWorked.scenario(budget: Budget(capexEUR: 2_000_000), staffPerYear: 120_000, rate: 0.05, years: 5)
        let finance = FinanceModel.evaluate(scenario: scenario, result: HandWorked.result(for: scenario))
        let capexDiscounted = 1_450_000.0
        let residual = FinanceModel.residualValue(scenario: scenario).euros
        #expect(residual == 0, "5 years old at the end of a 5-year life")
        let annuity = 120_000 * (1 - pow(1.05, -5)) / 0.05 * 1.05
        #expect(abs(finance.npvCost.euros - (capexDiscounted + annuity)) < 0.05)
        #expect(finance.total.opexStaff == Money(euros: 600_000))
    }

    @Test("Hardware depreciates in a straight line over its life")
    func straightLine() {
        // Bought 2027-01, horizon ends 2028-12: 2 years old, 3/5 of its value left.
        let residual = FinanceModel.residualValue(scenario: HandWorked.scenario())
        #expect(residual == Money(euros: 1_100_000 * 0.6))
    }

    @Test("Electricity escalates once a year from the horizon start; heat, revenue and cost per GPU-hour follow")
    func electricityAndUnitCost() {
        let scenario = HandWorked.scenario(rate: 0, years: 2, price: 100, escalation: 0.1)
        let finance = FinanceModel.evaluate(scenario: scenario, result: HandWorked.result(for: scenario, energyMWh: 100, deliveredGPUHours: 1_000))
        #expect(finance.years[0].opexElectricity == Money(euros: 12 * 100 * 100))
        #expect(finance.years[1].opexElectricity == Money(euros: 12 * 100 * 110))
        #expect(finance.total.tenantRevenue == Money(euros: 24_000))
        // With r = 0: NPV = capex + electricity − residual; per GPU-hour over 24,000 hours.
        let npv = 1_450_000.0 + 120_000 + 132_000 - 660_000
        #expect(abs(finance.npvCost.euros - npv) < 0.01)
        #expect(abs(finance.costPerGPUHourEUR - npv / 24_000) < 1e-9)
        #expect(abs(finance.subsidyByTenant[0].amount.euros - (npv / 24_000 - 1) * 24_000) < 0.01)
        #expect(finance.budgetHeadroom == Money(euros: 550_000))
    }

    @Test("Every column of the yearly table adds up to its total row exactly")
    func totalsAddUp() {
        let scenario = HandWorked.scenario(staffPerYear: 1_000_001, years: 3, price: 87.3, escalation: 0.021)
        let finance = FinanceModel.evaluate(scenario: scenario, result: HandWorked.result(for: scenario, energyMWh: 33.333, deliveredGPUHours: 777.7))
        #expect(finance.years.reduce(.zero) { $0 + $1.opexElectricity } == finance.total.opexElectricity)
        #expect(finance.years.reduce(.zero) { $0 + $1.netCost } == finance.total.netCost)
        #expect(finance.years.reduce(.zero) { $0 + $1.capexTotal } == finance.total.capexTotal)
        #expect(finance.total.euFunding + finance.total.nationalFunding + finance.total.otherFunding == finance.total.capexTotal)
        // A full year's staff line is the yearly input to the cent, not 12 rounded months.
        #expect(finance.years.allSatisfy { $0.opexStaff == Money(euros: 1_000_001) })
    }

    @Test("The EU's opex co-funding is its own column, so capex funding still adds up to capex")
    func euOpexApart() {
        var budget = Budget(capexEUR: 2_000_000, euCofundingShare: 0.5, euCofundingCapEUR: 100_000)
        budget.euOpexCofundingShare = 0.5
        let scenario = HandWorked.scenario(budget: budget, staffPerYear: 240_000, years: 2)
        let finance = FinanceModel.evaluate(scenario: scenario, result: HandWorked.result(for: scenario))
        #expect(finance.total.euFunding == Money(euros: 100_000), "the cap binds capex co-funding only")
        #expect(finance.total.euOpexFunding == Money(euros: 240_000))
        #expect(finance.total.euFunding + finance.total.nationalFunding + finance.total.otherFunding == finance.total.capexTotal)
    }

    @Test("With nothing delivered the cost per GPU-hour is undefined, not zero")
    func nothingDelivered() {
        let scenario = HandWorked.scenario(staffPerYear: 120_000)
        let finance = FinanceModel.evaluate(scenario: scenario, result: HandWorked.result(for: scenario))
        #expect(finance.costPerGPUHourEUR.isNaN)
        #expect(finance.subsidyByTenant[0].amount == .zero)
    }
}
