import FacilitySimulation
import FactoryModel

/// One calendar year of the facility's money, in cents. The capex funding columns are the
/// `FundingSplit` (EU + national + other = capex); the EU's opex co-funding is apart.
public struct FinanceYear: Sendable, Equatable {
    /// The calendar year; nil for the total row.
    public var year: Int?
    public var capex: [CapexCategory: Money] = [:]
    /// The EU's capex co-funding.
    public var euFunding = Money.zero
    /// The EU's opex co-funding (`eu_opex_cofunding_share`).
    public var euOpexFunding = Money.zero
    public var nationalFunding = Money.zero
    public var otherFunding = Money.zero
    public var opexElectricity = Money.zero
    public var opexStaff = Money.zero
    public var opexMaintenance = Money.zero
    /// Software licences and vendor support.
    public var opexOther = Money.zero
    public var heatRevenue = Money.zero
    public var tenantRevenue = Money.zero
    /// capex + opex − heat revenue − tenant revenue: what the funders must cover.
    public var netCost = Money.zero
    /// `netCost` discounted to the horizon's first year.
    public var discountedNetCost = Money.zero

    /// Capex of every category.
    public var capexTotal: Money { CapexCategory.allCases.reduce(.zero) { $0 + (capex[$1] ?? .zero) } }
    /// Electricity, staff, maintenance and other opex.
    public var opexTotal: Money { opexElectricity + opexStaff + opexMaintenance + opexOther }

    /// A year; `nil` makes the total row.
    public init(year: Int?) { self.year = year }
}

/// The life-cycle money of one simulated replication: who pays, what it costs, what a GPU-hour costs.
public struct FinanceResult: Sendable, Equatable {
    public var years: [FinanceYear]
    /// The column sums of `years` (each an integer sum of cents).
    public var total: FinanceYear
    public var funding: FundingSplit
    /// The EU's share of opex, by year (zero unless `eu_opex_cofunding_share` is set).
    public var euOpexFunding: [Money]
    /// Capex + opex − heat revenue over the horizon (tenant revenue not subtracted).
    public var tco: Money
    /// Net present value of capex + opex − heat revenue − the residual value of hardware.
    public var npvCost: Money
    /// Straight-line book value of compute and networking at the horizon end.
    public var residualValue: Money
    /// `npvCost` ÷ discounted delivered GPU-hours, euros.
    public var costPerGPUHourEUR: Double
    /// `npvCost` ÷ discounted delivered reference-GPU-hours, euros.
    public var costPerReferenceGPUHourEUR: Double
    /// `npvCost` ÷ discounted installed GPU-hours, euros: what each GPU-hour the public
    /// bought costs, used or not (stranded and idle hours included).
    public var costPerInstalledGPUHourEUR: Double
    /// By tenant: (cost per GPU-hour − the tenant's price) × its delivered GPU-hours.
    public var subsidyByTenant: [(tenant: String, amount: Money)]
    /// Budget − capex; negative when over budget.
    public var budgetHeadroom: Money

    public static func == (a: FinanceResult, b: FinanceResult) -> Bool {
        a.years == b.years && a.total == b.total && a.funding == b.funding && a.npvCost == b.npvCost
            && a.subsidyByTenant.map(\.amount) == b.subsidyByTenant.map(\.amount)
    }
}

/// Turns a scenario and one simulated replication into money, following docs/cost-model.md.
public enum FinanceModel {
    /// The finance of `result`, a replication of `scenario`.
    public static func evaluate(scenario: Scenario, result: ReplicationResult) -> FinanceResult {
        let schedule = CapexSchedule(scenario: scenario)
        let funding = FundingSplit(schedule: schedule, budget: scenario.budget)
        let firstYear = schedule.years[0]
        let discounting = scenario.discounting
        var years = schedule.years.map { FinanceYear(year: $0) }
        var euOpex = [Money](repeating: .zero, count: years.count)
        for (index, _) in years.enumerated() {
            for category in CapexCategory.allCases { years[index].capex[category] = schedule.amount(year: index, category) }
            years[index].euFunding = funding.total(funder: 0, year: index)
            years[index].nationalFunding = funding.total(funder: funding.funders.count - 1, year: index)
            years[index].otherFunding = (1..<(funding.funders.count - 1)).reduce(.zero) { $0 + funding.total(funder: $1, year: index) }
        }
        let horizon = scenario.horizon
        // The yearly staff cost split into 12 whole-cent months that add up to it exactly.
        let staffByCalendarMonth = Money.split(Money(euros: scenario.site.staffCostEURPerYear), proportionalTo: [Money](repeating: Money(cents: 1), count: 12))
        var discountedDelivered = 0.0
        var discountedDeliveredReference = 0.0
        var discountedInstalled = 0.0
        var deliveredByTenant = [Double](repeating: 0, count: scenario.tenants.count)
        for (monthIndex, figures) in result.monthly.enumerated() {
            let month = figures.month
            let y = month.year - firstYear
            let price = scenario.site.electricity.price(in: month, horizonStart: horizon.lowerBound)
            let installed = installedThrough(month, scenario: scenario)
            let electricityCost = Money(euros: figures.facilityEnergyMWh * price)
            let staff = staffByCalendarMonth[month.month - 1]
            let maintenance = Money(euros: installed.capexEUR * scenario.site.maintenanceSharePerYear / 12)
            let software = Money(euros: Double(installed.nodes) * scenario.site.softwareSupportEURPerNodePerYear / 12)
            years[y].opexElectricity += electricityCost
            years[y].opexStaff += staff
            years[y].opexMaintenance += maintenance
            years[y].opexOther += software
            years[y].heatRevenue += Money(euros: figures.heatReusedMWh * (scenario.site.heatReuse?.priceEURPerMWh ?? 0))
            let opexEU = Money(euros: (electricityCost + staff + maintenance + software).euros * scenario.budget.euOpexCofundingShare)
            euOpex[y] += opexEU
            for (tenant, row) in result.tenantMonthly[monthIndex].enumerated() {
                years[y].tenantRevenue += Money(euros: row.deliveredGPUHours * scenario.tenants[tenant].priceEURPerGPUHour)
                deliveredByTenant[tenant] += row.deliveredGPUHours
            }
            let discount = discounting.factor(year: month.year)
            discountedDelivered += figures.deliveredGPUHours * discount
            discountedDeliveredReference += figures.deliveredReferenceGPUHours * discount
            discountedInstalled += figures.installedGPUHours * discount
        }
        var npvEUR = 0.0
        for index in years.indices {
            years[index].euOpexFunding = euOpex[index]
            let gross = years[index].capexTotal + years[index].opexTotal - years[index].heatRevenue
            years[index].netCost = gross - years[index].tenantRevenue
            let discount = discounting.factor(year: years[index].year!)
            years[index].discountedNetCost = Money(euros: years[index].netCost.euros * discount)
            npvEUR += gross.euros * discount
        }
        let residual = residualValue(scenario: scenario)
        npvEUR -= discounting.presentValueEUR(residual.euros, afterYears: years.count)
        let npv = Money(euros: npvEUR)
        var total = FinanceYear(year: nil)
        for year in years {
            for category in CapexCategory.allCases { total.capex[category, default: .zero] += year.capex[category] ?? .zero }
            total.euFunding += year.euFunding
            total.euOpexFunding += year.euOpexFunding
            total.nationalFunding += year.nationalFunding
            total.otherFunding += year.otherFunding
            total.opexElectricity += year.opexElectricity
            total.opexStaff += year.opexStaff
            total.opexMaintenance += year.opexMaintenance
            total.opexOther += year.opexOther
            total.heatRevenue += year.heatRevenue
            total.tenantRevenue += year.tenantRevenue
            total.netCost += year.netCost
            total.discountedNetCost += year.discountedNetCost
        }
        // Undefined (NaN, printed as null) when nothing is delivered, rather than a misleading 0.
        let costPerHour = discountedDelivered > 0 ? npv.euros / discountedDelivered : .nan
        let costPerReferenceHour = discountedDeliveredReference > 0 ? npv.euros / discountedDeliveredReference : .nan
        let costPerInstalledHour = discountedInstalled > 0 ? npv.euros / discountedInstalled : .nan
        let subsidies = scenario.tenants.enumerated().map { index, tenant in
            (tenant.name, Money(euros: costPerHour.isFinite ? (costPerHour - tenant.priceEURPerGPUHour) * deliveredByTenant[index] : 0))
        }
        return FinanceResult(
            years: years, total: total, funding: funding, euOpexFunding: euOpex,
            tco: total.capexTotal + total.opexTotal - total.heatRevenue, npvCost: npv, residualValue: residual,
            costPerGPUHourEUR: costPerHour, costPerReferenceGPUHourEUR: costPerReferenceHour, costPerInstalledGPUHourEUR: costPerInstalledHour,
            subsidyByTenant: subsidies, budgetHeadroom: Money(euros: scenario.budget.capexEUR) - schedule.total
        )
    }

    /// Capex (euros) and nodes of the phases online by `month`, for maintenance and support.
    static func installedThrough(_ month: Month, scenario: Scenario) -> (capexEUR: Double, nodes: Int) {
        let online = scenario.buildOut.filter { $0.at <= month }
        let capex = Scenario.capex(buildOut: online, catalog: scenario.catalog, site: scenario.site)
        let nodes = online.reduce(0) { $0 + $1.nodes.values.reduce(0, +) }
        return (capex.totalEUR - capex.gridEUR, nodes)
    }

    /// Straight-line residual value at the horizon end of each phase's compute and
    /// networking (`Site.residualValueEUR`).
    public static func residualValue(scenario: Scenario) -> Money {
        let end = scenario.horizon.monthAfterEnd
        var euros = 0.0
        for phase in scenario.buildOut {
            var hardware = 0.0
            for (id, count) in phase.nodes.sorted(by: { $0.key < $1.key }) {
                guard let model = scenario.catalog.model(id: id) else { continue }
                hardware += Double(count) * model.nodePriceEUR(boughtIn: phase.at)
            }
            euros += scenario.site.residualValueEUR(computeEUR: hardware, boughtIn: phase.at, valuedAt: end)
        }
        return Money(euros: euros)
    }
}

extension Money {
    static func += (a: inout Money, b: Money) { a = a + b }
}
