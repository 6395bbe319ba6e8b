/// Capital expenditure of a build-out, split by the categories funders distinguish.
///
/// Amounts are euros. Compute is priced in each phase's month with the model's price
/// decline; networking and storage are a share of compute; cooling and building fit-out are
/// priced per kW of the build-out's peak IT load; the grid per MW of the largest connection.
public struct CapexBreakdown: Hashable, Sendable {
    /// GPU nodes, euros.
    public var computeEUR: Double = 0
    /// Network fabric and storage, euros.
    public var networkingStorageEUR: Double = 0
    /// Cooling plant, euros.
    public var coolingEUR: Double = 0
    /// Hall fit-out, euros.
    public var buildingEUR: Double = 0
    /// Grid connection, euros.
    public var gridEUR: Double = 0

    /// Creates an empty breakdown.
    public init() {}

    /// The amount of one category, euros.
    public subscript(category: CapexCategory) -> Double {
        switch category {
        case .compute: return computeEUR
        case .networkingStorage: return networkingStorageEUR
        case .cooling: return coolingEUR
        case .building: return buildingEUR
        case .grid: return gridEUR
        }
    }

    /// All categories together, euros.
    public var totalEUR: Double { CapexCategory.allCases.reduce(0) { $0 + self[$1] } }
}

extension Scenario {
    /// Peak IT load in kW once every phase up to and including `month` is online
    /// (all phases when `month` is nil): nodes × peak node power. Unknown model ids count 0.
    public func installedPeakITKW(through month: Month? = nil) -> Double {
        Self.installedPeakITKW(buildOut: buildOut, catalog: catalog, through: month)
    }

    /// Peak IT load in kW of `buildOut` through `month` (all phases when nil).
    public static func installedPeakITKW(buildOut: [BuildPhase], catalog: Catalog, through month: Month? = nil) -> Double {
        var kilowatts = 0.0
        for phase in buildOut where month.map({ phase.at <= $0 }) ?? true {
            for (id, count) in phase.nodes.sorted(by: { $0.key < $1.key }) {
                kilowatts += Double(count) * (catalog.model(id: id)?.nodePowerPeakKW ?? 0)
            }
        }
        return kilowatts
    }

    /// The capex of the build-out by category; see `CapexBreakdown`.
    public var capex: CapexBreakdown {
        var site = site
        site.gridConnectionMW = site.gridConnectionMW.filter { $0.from <= horizon.upperBound }
        return Self.capex(buildOut: buildOut, catalog: catalog, site: site)
    }

    /// The capex of `buildOut` on `site` by category; unknown model ids count 0.
    public static func capex(buildOut: [BuildPhase], catalog: Catalog, site: Site) -> CapexBreakdown {
        var breakdown = CapexBreakdown()
        for phase in buildOut {
            for (id, count) in phase.nodes.sorted(by: { $0.key < $1.key }) {
                guard let model = catalog.model(id: id) else { continue }
                breakdown.computeEUR += Double(count) * model.nodePriceEUR(boughtIn: phase.at)
            }
        }
        let peakITKW = installedPeakITKW(buildOut: buildOut, catalog: catalog)
        breakdown.networkingStorageEUR = site.purchaseCapexEUR(.networkingStorage, computeEUR: breakdown.computeEUR, peakITKW: peakITKW)
        breakdown.coolingEUR = site.purchaseCapexEUR(.cooling, computeEUR: breakdown.computeEUR, peakITKW: peakITKW)
        breakdown.buildingEUR = site.purchaseCapexEUR(.building, computeEUR: breakdown.computeEUR, peakITKW: peakITKW)
        breakdown.gridEUR = site.gridCapexEUR(forMW: site.gridConnectionMW.map(\.value).max() ?? 0)
        return breakdown
    }
}
