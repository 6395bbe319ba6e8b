/// Who pays which part of the capex, by funder, year and category, to the cent.
///
/// The EU pays `eu_cofunding_share` of the eligible categories, at most `eu_cofunding_cap_eur`
/// in all, spread over the eligible (year, category) cells in proportion to their capex. Then
/// each co-funder in scenario order pays its fixed amount, or its share of the capex of its
/// categories, out of what is still unfunded in those categories (never more), spread in
/// proportion to it. The national government pays the rest, cell by cell, so every cell and
/// every total adds up exactly: EU + co-funders + national = capex.
public struct FundingSplit: Sendable, Equatable {
    public static func == (a: FundingSplit, b: FundingSplit) -> Bool {
        a.funders == b.funders && a.amounts == b.amounts && a.schedule == b.schedule && a.nationalCap == b.nationalCap
    }

    /// Funders in report order: the EU, the co-funders in scenario order, the national government.
    public let funders: [String]
    /// amounts[f][y][c]: what funder f pays in year index y for category c.
    public let amounts: [[[Money]]]
    /// The capex being split.
    public let schedule: CapexSchedule
    /// The national government's ceiling, if the scenario gives one.
    public let nationalCap: Money?
    /// Co-funders that pay less than they pledged because their categories had less unfunded
    /// capex left: (name, pledged, paid).
    public let coFunderShortfalls: [(name: String, pledged: Money, paid: Money)]

    /// The name reports use for the EU.
    public static let euName = "EU (EuroHPC)"
    /// The name reports use for the national government.
    public static let nationalName = "National government"

    /// Splits `schedule` according to `budget`.
    public init(schedule: CapexSchedule, budget: Budget) {
        self.schedule = schedule
        nationalCap = budget.nationalCapEUR.map { Money(euros: $0) }
        let categories = CapexCategory.allCases
        let cells = schedule.years.indices.flatMap { year in categories.indices.map { (year, $0) } }
        var remaining = cells.map { schedule.amounts[$0.0][$0.1] }
        var shares: [[Money]] = []
        var shortfalls: [(name: String, pledged: Money, paid: Money)] = []

        // The EU.
        let eligible = cells.map { budget.euEligibleCategories.contains(categories[$0.1]) }
        let eligibleTotal = zip(remaining, eligible).reduce(Money.zero) { $1.1 ? $0 + $1.0 : $0 }
        var euTotal = Money(euros: eligibleTotal.euros * budget.euCofundingShare)
        if let cap = budget.euCofundingCapEUR { euTotal = min(euTotal, Money(euros: cap)) }
        let eu = Money.split(euTotal, proportionalTo: zip(remaining, eligible).map { $1 ? $0 : .zero })
        remaining = zip(remaining, eu).map { $0 - $1 }
        shares.append(eu)

        // Co-funders, in order.
        for funder in budget.coFunders {
            let mine = cells.map { funder.categories.contains(categories[$0.1]) }
            let available = zip(remaining, mine).reduce(Money.zero) { $1.1 ? $0 + $1.0 : $0 }
            let wanted: Money
            switch funder.contribution {
            case .amountEUR(let amount): wanted = Money(euros: amount)
            case .share(let share):
                let base = cells.indices.reduce(Money.zero) { mine[$1] ? $0 + schedule.amounts[cells[$1].0][cells[$1].1] : $0 }
                wanted = Money(euros: base.euros * share)
            }
            if wanted > available { shortfalls.append((funder.name, wanted, available)) }
            let paid = Money.split(min(wanted, available), proportionalTo: zip(remaining, mine).map { $1 ? $0 : .zero })
            remaining = zip(remaining, paid).map { $0 - $1 }
            shares.append(paid)
        }
        shares.append(remaining)
        coFunderShortfalls = shortfalls
        funders = [Self.euName] + budget.coFunders.map(\.name) + [Self.nationalName]
        amounts = shares.map { flat in
            schedule.years.indices.map { year in categories.indices.map { flat[year * categories.count + $0] } }
        }
    }

    /// What funder `index` pays over all years and categories.
    public func total(funder index: Int) -> Money { amounts[index].joined().reduce(.zero, +) }

    /// What funder `index` pays for `category` over all years.
    public func total(funder index: Int, _ category: CapexCategory) -> Money {
        let column = CapexCategory.allCases.firstIndex(of: category)!
        return amounts[index].reduce(.zero) { $0 + $1[column] }
    }

    /// What funder `index` pays in year index `year`.
    public func total(funder index: Int, year: Int) -> Money { amounts[index][year].reduce(.zero, +) }

    /// The EU's total.
    public var eu: Money { total(funder: 0) }
    /// The national government's total.
    public var national: Money { total(funder: funders.count - 1) }
    /// The co-funders' total.
    public var others: Money { (1..<(funders.count - 1)).reduce(.zero) { $0 + total(funder: $1) } }
    /// How far the national share exceeds its cap (zero when within it or uncapped).
    public var nationalOverCap: Money { nationalCap.map { max(.zero, national - $0) } ?? .zero }
}
