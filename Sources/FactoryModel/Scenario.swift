/// One build-out phase: nodes that come online, and are paid, in one month.
public struct BuildPhase: Hashable, Sendable {
    /// The month the nodes come online.
    public var at: Month
    /// Node counts by catalog model id.
    public var nodes: [String: Int]
    /// True when the analyst has fixed this phase: `aifactory plan` keeps it and plans around it;
    /// phases not fixed are what the planner replaces.
    public var isFixed: Bool

    /// Creates a phase.
    public init(at: Month, nodes: [String: Int], isFixed: Bool = false) {
        self.at = at
        self.nodes = nodes
        self.isFixed = isFixed
    }
}

/// The scheduling policy for queued jobs.
public enum SchedulingPolicy: String, CaseIterable, Hashable, Sendable {
    /// First come, first served: the head of the queue blocks those behind it.
    case fcfs
    /// EASY backfilling: later jobs may start if they do not delay the head's reservation.
    case easy
    /// Fair share: tenants furthest below their quota go first.
    case fairshare
}

/// How queued jobs are started, and how many independent runs to make.
public struct SchedulerSettings: Hashable, Sendable {
    /// The policy.
    public var policy: SchedulingPolicy
    /// Independent replications, seeds derived from the scenario seed.
    public var replications: Int
    /// Half-life, in days, of the usage that fair share weighs against each tenant's quota.
    public var fairshareHalfLifeDays: Double
    /// Queued jobs EASY examines per pass after the first reservation (like Slurm's bf_max_job_test).
    public var backfillDepth: Int

    /// Creates scheduler settings.
    public init(policy: SchedulingPolicy = .easy, replications: Int = 1, fairshareHalfLifeDays: Double = 7, backfillDepth: Int = 100) {
        self.policy = policy
        self.replications = replications
        self.fairshareHalfLifeDays = fairshareHalfLifeDays
        self.backfillDepth = backfillDepth
    }
}

/// One complete, validated scenario: a facility and its world over a horizon.
public struct Scenario: Equatable, Sendable {
    /// Short name for report titles and file names.
    public var name: String
    /// Plain words on what the scenario is for.
    public var description: String
    /// The seed of every random draw.
    public var seed: UInt64
    /// First and last simulated month (both included).
    public var horizon: ClosedRange<Month>
    /// Capex envelope and funders.
    public var budget: Budget
    /// Grid, cooling, hall, electricity, running costs.
    public var site: Site
    /// The effective catalog (default plus the scenario's own entries).
    public var catalog: Catalog
    /// What is bought, and when it comes online, in month order.
    public var buildOut: [BuildPhase]
    /// Who uses the facility.
    public var tenants: [Tenant]
    /// The scheduler.
    public var scheduler: SchedulerSettings
    /// How `aifactory plan` proposes a build-out.
    public var planning: PlanningSettings

    /// Creates a scenario; see the properties.
    public init(
        name: String, description: String = "", seed: UInt64, horizon: ClosedRange<Month>,
        budget: Budget, site: Site, catalog: Catalog, buildOut: [BuildPhase],
        tenants: [Tenant], scheduler: SchedulerSettings = SchedulerSettings(),
        planning: PlanningSettings = PlanningSettings()
    ) {
        self.name = name
        self.description = description
        self.seed = seed
        self.horizon = horizon
        self.budget = budget
        self.site = site
        self.catalog = catalog
        self.buildOut = buildOut
        self.tenants = tenants
        self.scheduler = scheduler
        self.planning = planning
    }
}
