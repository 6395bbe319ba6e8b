import Foundation
import Testing
@testable import FactoryModel

@Suite("Demand curves against their formulas")
struct DemandCurveTests {
    let horizon = Month(year: 2027, month: 1)...Month(year: 2031, month: 12)

    @Test("A logistic curve is halfway between start and cap in its midpoint month")
    func logisticMidpoint() {
        let demand = Demand(pattern: .logistic(startGPUHoursPerMonth: 1000, capGPUHoursPerMonth: 9000, midpoint: Month(year: 2029, month: 6), steepnessPerYear: 1.7))
        let value = demand.referenceGPUHours(in: Month(year: 2029, month: 6), horizon: horizon)!
        #expect(abs(value - 5000) < 1e-9)
        let early = demand.referenceGPUHours(in: Month(year: 2027, month: 1), horizon: horizon)!
        // Hand-worked: t = 0.5/12 years, t_mid = 29.5/12 years, so the exponent is 1.7 × 29/12.
        let expected = 1000 + 8000 / (1 + exp(1.7 * 29 / 12))
        #expect(abs(early - expected) < 1e-9)
    }

    @Test("Exponential growth compounds yearly from mid-month time and stops at its cap")
    func exponentialGrowth() {
        let demand = Demand(pattern: .exponential(startGPUHoursPerMonth: 100, growthRatePerYear: 0.5, capGPUHoursPerMonth: 400))
        let value = demand.referenceGPUHours(in: Month(year: 2028, month: 1), horizon: horizon)!
        #expect(abs(value - 100 * pow(1.5, 12.5 / 12)) < 1e-9)
        #expect(demand.referenceGPUHours(in: Month(year: 2031, month: 12), horizon: horizon) == 400)
    }

    @Test("A linear curve runs exactly from its start value to its end value")
    func linearEndpoints() {
        let demand = Demand(pattern: .linear(startGPUHoursPerMonth: 100, endGPUHoursPerMonth: 690))
        #expect(demand.referenceGPUHours(in: horizon.lowerBound, horizon: horizon) == 100)
        #expect(demand.referenceGPUHours(in: horizon.upperBound, horizon: horizon) == 690)
        #expect(demand.referenceGPUHours(in: Month(year: 2027, month: 2), horizon: horizon) == 110)
    }

    @Test("Steps hold until the next; nothing before the first, nothing before `starts`; seasonality multiplies")
    func stepsStartsAndSeasonality() {
        let steps = [MonthlyStep(from: Month(year: 2027, month: 3), value: 50), MonthlyStep(from: Month(year: 2028, month: 1), value: 80)]
        var seasons = [Double](repeating: 1, count: 12)
        seasons[6] = 0.5
        let demand = Demand(pattern: .monthly(steps: steps), seasonality: seasons)
        #expect(demand.referenceGPUHours(in: Month(year: 2027, month: 2), horizon: horizon) == 0)
        #expect(demand.referenceGPUHours(in: Month(year: 2027, month: 12), horizon: horizon) == 50)
        #expect(demand.referenceGPUHours(in: Month(year: 2028, month: 7), horizon: horizon) == 40)
        let delayed = Demand(pattern: .constant(gpuHoursPerMonth: 10), startMonth: Month(year: 2028, month: 1))
        #expect(delayed.referenceGPUHours(in: Month(year: 2027, month: 12), horizon: horizon) == 0)
        #expect(delayed.referenceGPUHours(in: Month(year: 2028, month: 1), horizon: horizon) == 10)
        #expect(Demand(pattern: .poisson(jobsPerHour: 3)).referenceGPUHours(in: horizon.lowerBound, horizon: horizon) == nil)
    }

    @Test("Distribution means follow their closed forms")
    func distributionMeans() {
        #expect(Distribution.fixed(value: 3).mean == 3)
        #expect(Distribution.uniform(min: 2, max: 6).mean == 4)
        #expect(abs(Distribution.lognormal(median: 4, sigma: 1).mean - 4 * exp(0.5)) < 1e-12)
        #expect(abs(Distribution.choice(values: [1, 4, 8], weights: [6, 3, 1]).mean - 2.6) < 1e-12)
    }
}

@Suite("Capex of a build-out, hand-worked")
struct CapexTests {
    static let model = NodeModel(
        id: "x", vendor: .nvidia, gpusPerNode: 8, nodePriceEUR: 300_000, priceDeclinePerYear: 0.2,
        nodePowerIdleKW: 2, nodePowerPeakKW: 10, relativeThroughput: 1, availableFrom: Month(year: 2026, month: 1)
    )

    @Test("A node's price falls by its yearly decline, compounded by month")
    func priceDecline() {
        #expect(abs(Self.model.nodePriceEUR(boughtIn: Month(year: 2027, month: 1)) - 240_000) < 1e-6)
        #expect(Self.model.nodePriceEUR(boughtIn: Month(year: 2025, month: 6)) == 300_000)
        #expect(abs(Self.model.nodePriceEUR(boughtIn: Month(year: 2026, month: 7)) - 300_000 * sqrt(0.8)) < 1e-6)
    }

    @Test("Capex adds compute, networking share, per-kW cooling and fit-out, and per-MW grid")
    func breakdown() {
        let site = Site(
            gridConnectionMW: [MonthlyStep(from: Month(year: 2026, month: 1), value: 2), MonthlyStep(from: Month(year: 2028, month: 1), value: 5)],
            gridCapexEURPerMW: 100_000, cooling: Cooling(type: .directLiquid, pue: 1.1, capexEURPerKW: 400),
            fitOutCapexEURPerKW: 1_000, maxITMW: 3,
            electricity: Electricity(priceEURPerMWh: 100, carbonGPerKWh: 300), networkingStorageShareOfCompute: 0.15
        )
        let buildOut = [
            BuildPhase(at: Month(year: 2026, month: 1), nodes: ["x": 10]),
            BuildPhase(at: Month(year: 2027, month: 1), nodes: ["x": 5]),
        ]
        let capex = Scenario.capex(buildOut: buildOut, catalog: Catalog(models: [Self.model]), site: site)
        #expect(abs(capex.computeEUR - (10 * 300_000 + 5 * 240_000)) < 1e-6)
        #expect(abs(capex.networkingStorageEUR - 0.15 * 4_200_000) < 1e-6)
        #expect(capex.coolingEUR == 150 * 400)
        #expect(capex.buildingEUR == 150 * 1_000)
        #expect(capex.gridEUR == 500_000)
        #expect(abs(capex.totalEUR - (4_200_000 + 630_000 + 60_000 + 150_000 + 500_000)) < 1e-6)
    }
}

@Suite("Means of GPU counts rounded up to whole GPUs")
struct RoundedCountTests {
    @Test("Fixed and choice round each value up, at least 1")
    func discrete() {
        #expect(Distribution.fixed(value: 2.2).meanOfRoundedUpCount == 3)
        #expect(Distribution.fixed(value: 0.3).meanOfRoundedUpCount == 1)
        #expect(Distribution.choice(values: [1, 8, 64], weights: [2, 1, 1]).meanOfRoundedUpCount == 18.5)
    }

    @Test("Exponential rounded up is geometric: 1 / (1 − e^(−1/mean))")
    func exponential() {
        let mean = 3.0
        #expect(abs(Distribution.exponential(mean: mean).meanOfRoundedUpCount - 1 / (1 - exp(-1 / mean))) < 1e-12)
    }

    @Test("Uniform on [0, 4] rounded up has mean 2.5; lognormal agrees with a fine numerical sum")
    func continuous() {
        #expect(abs(Distribution.uniform(min: 0, max: 4).meanOfRoundedUpCount - 2.5) < 1e-12)
        // Hand check: for a lognormal with a tiny sigma the count is ⌈median⌉.
        #expect(abs(Distribution.lognormal(median: 4.5, sigma: 0.001).meanOfRoundedUpCount - 5) < 1e-6)
    }
}
