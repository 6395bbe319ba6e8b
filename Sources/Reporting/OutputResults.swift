import FacilitySimulation
import FactoryModel
import Finance
import Planning

/// The results an output folder of `aifactory simulate` or `aifactory plan` holds, as values:
/// what the briefing is drawn from.
///
/// Made either from a run's results (`init(scenario:seed:results:finances:)`,
/// `init(plan:original:finances:)`), every value rounded as its file's column writes it, or
/// by reading a folder's files (`init(files:)`, through the same column tables). So a briefing
/// drawn right after a run and one drawn later from its folder are the same.
public struct OutputResults: Sendable {
    /// `monthly.csv`: the facility month by month (means over the replications). Read from a folder,
    /// `vendorGPUs` is empty (see `vendorMonths`).
    public var monthly: [MonthlyFigures]
    /// `vendors.csv`: GPUs installed and powered by vendor and month; empty when absent.
    public var vendorMonths: [VendorMonth]
    /// `tenants.csv`: each tenant month by month, by month, then tenant in scenario order.
    public var tenantMonths: [TenantMonthFigures]
    /// `finance.csv`: money by calendar year, then the total (its `year` nil).
    public var financeYears: [FinanceYear]
    /// `funding.csv`: who pays what, by funder and category.
    public var funding: [FundingRow]
    /// `summary.json`: the headline figures over all replications.
    public var summary: SummaryFigures
    /// `buildout.csv`: a plan's purchases; empty for a simulation.
    public var purchases: [BuildOutRow]
    /// `forecast.csv`: a plan's demand forecast and utilisation band; empty for a simulation.
    public var forecast: [ForecastRow]
    /// `rounds.csv`: a plan's plan–simulate rounds; empty for a simulation.
    public var rounds: [RoundRow]
    /// `tornado.csv` of `aifactory sensitivity`, when the folder holds one; else empty.
    public var sensitivity: [TornadoRow]

    /// Results from their parts.
    public init(monthly: [MonthlyFigures], vendorMonths: [VendorMonth], tenantMonths: [TenantMonthFigures], financeYears: [FinanceYear],
                funding: [FundingRow], summary: SummaryFigures, purchases: [BuildOutRow] = [], forecast: [ForecastRow] = [],
                rounds: [RoundRow] = [], sensitivity: [TornadoRow] = []) {
        self.monthly = monthly
        self.vendorMonths = vendorMonths
        self.tenantMonths = tenantMonths
        self.financeYears = financeYears
        self.funding = funding
        self.summary = summary
        self.purchases = purchases
        self.forecast = forecast
        self.rounds = rounds
        self.sensitivity = sensitivity
    }

    /// What `aifactory simulate` writes for `results` (replications in order, the first with
    /// `seed`) and their finances, each value as its file, written in `dialect`, holds it
    /// (`CSVColumns.rounded`): so the briefing drawn from these equals one drawn from the folder.
    public init(scenario: Scenario, seed: UInt64, results: [ReplicationResult], finances: [FinanceResult], dialect: CSVDialect = .rfc4180) {
        let means = ReplicationMeans(scenario: scenario, results: results), money = means.finance
        self.init(
            monthly: means.monthly.map { SimulationReport.monthlyTable.rounded($0.mean, dialect: dialect) },
            vendorMonths: VendorMonth.rows(results[0].monthly),
            tenantMonths: means.tenantMonths.map { SimulationReport.tenantTable.rounded($0.mean, dialect: dialect) },
            financeYears: money.years + [money.total],
            funding: FundingRow.rows(money).map { FinanceReport.fundingTable.rounded($0, dialect: dialect) },
            summary: SimulationSummary.figures(scenario: scenario, seed: seed, results: results, finances: finances))
    }

    /// What `aifactory plan` writes, in `dialect`, for `plan` of `original` with the finances of
    /// its simulation, each value as its file holds it.
    public init(plan: BuildOutPlan, original: Scenario, finances: [FinanceResult], dialect: CSVDialect = .rfc4180) {
        self.init(scenario: plan.scenario, seed: original.seed, results: plan.simulation, finances: finances, dialect: dialect)
        purchases = BuildOutRow.rows(plan.scenario).map { PlanReport.buildOutTable.rounded($0, dialect: dialect) }
        forecast = ForecastRow.rows(plan).map { PlanReport.forecastTable.rounded($0, dialect: dialect) }
        rounds = RoundRow.rows(plan).map { PlanReport.roundsTable.rounded($0, dialect: dialect) }
    }

    /// The tenants in the order they first appear in `tenantMonths` (scenario order).
    public var tenants: [String] {
        var seen = Set<String>(), order: [String] = []
        for row in tenantMonths where seen.insert(row.tenant).inserted { order.append(row.tenant) }
        return order
    }

    /// True for a plan's results (it has purchases or rounds).
    public var isPlan: Bool { !purchases.isEmpty || !rounds.isEmpty }
}
