import FacilitySimulation
import FactoryModel
import Finance

/// The headline figures of `summary.json` as values: each figure's mean over the replications
/// with its 95 % confidence interval, rounded as the file holds them.
///
/// Made from the run's results (`SimulationSummary.figures`) or read from the file
/// (`SummaryFigures(json:)`); both give the same values for the same run. Every figure is
/// optional: a briefing shows what there is.
public struct SummaryFigures: Sendable {
    /// A figure's mean and 95 % interval; nil parts are `null` in the file (undefined, or one
    /// replication). Fixed amounts (capex) have a mean and no bounds.
    public struct Estimate: Sendable, Equatable {
        /// The mean over replications, or nil when undefined.
        public var mean: Double?
        /// The interval's lower bound; nil with one replication.
        public var lower: Double?
        /// The interval's upper bound; nil with one replication.
        public var upper: Double?

        /// An estimate from its parts.
        public init(mean: Double?, lower: Double?, upper: Double?) {
            self.mean = mean
            self.lower = lower
            self.upper = upper
        }
    }

    /// One tenant's figures, in scenario order.
    public struct Tenant: Sendable {
        /// The tenant's name.
        public var name: String
        /// Figures by their `summary.json` key (`wait_p95_hours`, …), in the figure's own unit.
        public var figures: [String: Estimate]

        /// A tenant's figures.
        public init(name: String, figures: [String: Estimate]) {
            self.name = name
            self.figures = figures
        }
    }

    /// The scenario's name.
    public var scenario: String
    /// The seed of the first replication; nil when not known.
    public var seed: UInt64?
    /// How many replications the figures are over; nil when not known.
    public var replications: Int?
    /// The horizon's first and last month; nil when not known.
    public var horizonStart: Month?, horizonEnd: Month?
    /// The scheduling policy (`easy`, …); nil when not known.
    public var scheduler: String?
    /// Facility figures by key (`mean_utilisation`, `carbon_t`, …).
    public var facility: [String: Estimate]
    /// Finance figures by key, euros: fixed amounts (`capex_total_eur`) as estimates without bounds.
    public var finance: [String: Estimate]
    /// Subsidy per tenant, euros, by tenant name.
    public var subsidyByTenant: [String: Estimate]
    /// Tenants in scenario order.
    public var tenants: [Tenant]

    /// Figures from their parts.
    public init(scenario: String, seed: UInt64?, replications: Int?, horizonStart: Month?, horizonEnd: Month?, scheduler: String?,
                facility: [String: Estimate], finance: [String: Estimate], subsidyByTenant: [String: Estimate], tenants: [Tenant]) {
        self.scenario = scenario
        self.seed = seed
        self.replications = replications
        self.horizonStart = horizonStart
        self.horizonEnd = horizonEnd
        self.scheduler = scheduler
        self.facility = facility
        self.finance = finance
        self.subsidyByTenant = subsidyByTenant
        self.tenants = tenants
    }
}

extension SimulationSummary {
    /// The figures `json(scenario:seed:results:finances:)` writes, as values rounded as written.
    public static func figures(scenario: Scenario, seed: UInt64, results: [ReplicationResult], finances: [FinanceResult] = []) -> SummaryFigures {
        func estimates(_ figures: [Figure]) -> [String: SummaryFigures.Estimate] {
            Dictionary(figures.map { ($0.name, estimate(results.map($0.value), decimals: $0.decimals)) }) { $1 }
        }
        var finance: [String: SummaryFigures.Estimate] = [:]
        var subsidies: [String: SummaryFigures.Estimate] = [:]
        if let first = finances.first {
            for figure in fixedFinanceFigures { finance[figure.name] = .init(mean: figure.value(first).euros, lower: nil, upper: nil) }
            for figure in varyingFinanceFigures { finance[figure.name] = estimate(finances.map(figure.value), decimals: figure.decimals) }
            for (index, tenant) in scenario.tenants.enumerated() {
                subsidies[tenant.name] = estimate(finances.map { $0.subsidyByTenant[index].amount.euros }, decimals: 2)
            }
        }
        return SummaryFigures(
            scenario: scenario.name, seed: seed, replications: results.count,
            horizonStart: scenario.horizon.lowerBound, horizonEnd: scenario.horizon.upperBound,
            scheduler: scenario.scheduler.policy.rawValue, facility: estimates(facilityFigures), finance: finance,
            subsidyByTenant: subsidies,
            tenants: scenario.tenants.indices.map { .init(name: scenario.tenants[$0].name, figures: estimates(tenantFigures($0))) })
    }
}
