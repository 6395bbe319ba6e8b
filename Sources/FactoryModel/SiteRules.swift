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

    /// The straight-line depreciation of compute bought for `computeEUR` (with its networking
    /// and storage share) in one month of its life, euros: computeEUR × (1 + share) ÷
    /// (hardware life × 12). The rule behind `residualValueEUR`, per month: what a month of
    /// stranded hardware costs the public purse in value it loses while earning nothing.
    public func monthlyDepreciationEUR(computeEUR: Double) -> Double {
        computeEUR * (1 + networkingStorageShareOfCompute) / (hardwareLifeYears * 12)
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

extension Site {
    /// Capex of `category` for a purchase of compute costing `computeEUR` that adds
    /// `peakITKW` of IT load, euros: compute as priced; networking and storage as their share
    /// of compute; cooling and hall fit-out per kW. The grid is paid per MW of connection
    /// (`gridCapexEUR(forMW:)`), not per purchase: 0 here. The capex schedule, the validator's
    /// budget check and the planner's costs all price purchases with this one rule.
    public func purchaseCapexEUR(_ category: CapexCategory, computeEUR: Double, peakITKW: Double) -> Double {
        switch category {
        case .compute: computeEUR
        case .networkingStorage: computeEUR * networkingStorageShareOfCompute
        case .cooling: peakITKW * cooling.capexEURPerKW
        case .building: peakITKW * fitOutCapexEURPerKW
        case .grid: 0
        }
    }

    /// Capex of `megawatts` of grid connection, euros.
    public func gridCapexEUR(forMW megawatts: Double) -> Double { megawatts * gridCapexEURPerMW }
}

extension Site {
    /// All the capex one node of `model` brings when bought at `priceEUR`: price × (1 +
    /// networking and storage share) + peak kW × (cooling + fit-out euros per kW). The
    /// per-category rule (`purchaseCapexEUR(_:computeEUR:peakITKW:)`) summed in the order the
    /// planner's budget row has always used, so plans stay bit-identical.
    public func purchaseCapexEUR(perNodeOf model: NodeModel, priceEUR: Double) -> Double {
        priceEUR * (1 + networkingStorageShareOfCompute) + model.nodePowerPeakKW * (cooling.capexEURPerKW + fitOutCapexEURPerKW)
    }
}
