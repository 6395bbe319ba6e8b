import BitExactMath

// The rules of the site, each written once: the simulator, the planner, the finance model
// and the scenario validator all call these.

extension Site {
    /// The grid connection in force in `month`, kW; 0 before the first step.
    public func gridConnectionKW(in month: Month) -> Double {
        (gridConnectionMW.value(in: month) ?? 0) * 1000
    }

    /// The IT load the grid connection can power in `month`, kW: grid ÷ PUE, because the
    /// facility draws IT power × PUE. The one power rule: nodes beyond it stay dark.
    public func powerBudgetKW(in month: Month) -> Double {
        gridConnectionKW(in: month) / cooling.pue(in: month)
    }

    /// The facility power drawn for `itKW` of IT load in `month`, kW: IT × PUE.
    public func facilityPowerKW(itKW: Double, in month: Month) -> Double {
        itKW * cooling.pue(in: month)
    }

    /// Straight-line book value, at `valuedAt`, of compute bought in `boughtIn` for
    /// `computeEUR` together with its networking and storage share: computeEUR × (1 + share)
    /// × max(0, 1 − age ÷ hardware life), age in whole months ÷ 12. Euros.
    public func residualValueEUR(computeEUR: Double, boughtIn: Month, valuedAt: Month) -> Double {
        let ageYears = Double(valuedAt.months(since: boughtIn)) / 12
        return computeEUR * (1 + networkingStorageShareOfCompute) * max(0, 1 - ageYears / hardwareLifeYears)
    }
}

extension Electricity {
    /// The all-in price in `month`, euros per MWh: the price table's step in force, else the
    /// first-year price escalated once for each whole year since `horizonStart`.
    public func price(in month: Month, horizonStart: Month) -> Double {
        priceTable.value(in: month)
            ?? priceEURPerMWh * ReproducibleMath.pow(1 + priceEscalationPerYear, Double(month.months(since: horizonStart) / 12))
    }
}
