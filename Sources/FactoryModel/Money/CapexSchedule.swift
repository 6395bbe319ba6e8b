/// Capex by calendar year and category: each build-out phase pays in its month, the grid
/// connection pays for each added MW in the month it is first needed.
///
/// Compute is priced per phase at the catalog price in its month (with the model's decline);
/// networking and storage as a share of that; cooling and fit-out per kW of the IT load the
/// phase adds; the grid per MW by which a step raises the largest connection so far (a step
/// dated before the horizon pays in the horizon's first month; one after it is not paid). Each (year, category) amount
/// is rounded to the cent once.
public struct CapexSchedule: Sendable, Equatable {
    /// Calendar years, in order, that the horizon touches.
    public let years: [Int]
    /// amounts[y][c]: capex in year `years[y]` of category `CapexCategory.allCases[c]`.
    public private(set) var amounts: [[Money]]

    /// The schedule of `scenario`'s build-out and grid connection.
    public init(scenario: Scenario) {
        let first = scenario.horizon.lowerBound.year
        let allYears = Array(first...scenario.horizon.upperBound.year)
        let categories = CapexCategory.allCases
        var euros = [[Double]](repeating: [Double](repeating: 0, count: categories.count), count: allYears.count)
        func add(_ value: Double, _ category: CapexCategory, in month: Month) {
            let year = min(max(month.year, first), allYears.last!) - first
            euros[year][categories.firstIndex(of: category)!] += value
        }
        for phase in scenario.buildOut {
            var compute = 0.0
            var itKW = 0.0
            for (id, count) in phase.nodes.sorted(by: { $0.key < $1.key }) {
                guard let model = scenario.catalog.model(id: id) else { continue }
                compute += Double(count) * model.nodePriceEUR(boughtIn: phase.at)
                itKW += Double(count) * model.nodePowerPeakKW
            }
            for category in [CapexCategory.compute, .networkingStorage, .cooling, .building] {
                add(scenario.site.purchaseCapexEUR(category, computeEUR: compute, peakITKW: itKW), category, in: phase.at)
            }
        }
        var largestMW = 0.0
        for step in scenario.site.gridConnectionMW where step.value > largestMW && step.from <= scenario.horizon.upperBound {
            add(scenario.site.gridCapexEUR(forMW: step.value - largestMW), .grid, in: step.from)
            largestMW = step.value
        }
        years = allYears
        amounts = euros.map { row in row.map { Money(euros: $0) } }
    }

    /// The amount of `category` in year index `year`.
    public func amount(year: Int, _ category: CapexCategory) -> Money {
        amounts[year][CapexCategory.allCases.firstIndex(of: category)!]
    }

    /// The total of `category` over all years.
    public func total(_ category: CapexCategory) -> Money {
        years.indices.reduce(.zero) { $0 + amount(year: $1, category) }
    }

    /// The total of year index `year` over all categories.
    public func total(year: Int) -> Money { amounts[year].reduce(.zero, +) }

    /// Everything.
    public var total: Money { amounts.joined().reduce(.zero, +) }
}
