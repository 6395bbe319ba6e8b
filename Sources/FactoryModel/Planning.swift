/// What the build-out planner optimises.
public enum PlanningObjective: String, CaseIterable, Hashable, Sendable {
    /// Serve as much of the forecast demand as the budget allows, in reference-GPU-hours over
    /// the horizon, with capacity counted at the target utilisation.
    case maxServed = "max-served"
    /// Serve the forecast at the service level for the least net present cost (capex plus
    /// the running costs the purchases bring).
    case minCost = "min-cost"
}

/// What a vendor-autonomy cap counts: the vendor's share of GPUs or of compute capex.
public enum VendorShareBasis: String, CaseIterable, Hashable, Sendable {
    /// Share of installed GPUs at the horizon's end.
    case gpus
    /// Share of compute capex over the whole build-out.
    case capex
}

/// The `planning:` section: how `aifactory plan` proposes a build-out.
///
/// Capacity is counted in reference-GPU-hours at `targetUtilisation`, after the hours nodes
/// spend in repair; demand is each tenant's curve or, for tenants with `history`, its fitted
/// forecast.
public struct PlanningSettings: Hashable, Sendable {
    /// Months between candidate purchase months, counted from the horizon start (default 6).
    public var stepMonths: Int
    /// What to optimise.
    public var objective: PlanningObjective
    /// Share (0–1) of usable capacity the plan may count on being busy (default 0.8);
    /// simulation rounds lower it when waits are too long.
    public var targetUtilisation: Double
    /// The most any one vendor may hold (0–1), if capped.
    public var maxVendorShare: Double?
    /// What `maxVendorShare` counts.
    public var vendorShareBasis: VendorShareBasis
    /// The longest acceptable 95th-percentile queue wait of any tenant, hours, if set.
    public var p95WaitHoursMax: Double?
    /// For `min-cost`: the share (0–1) of each month's forecast the plan must serve (default 1).
    public var serviceLevel: Double
    /// Share (0–1) of each tenant's monthly forecast that its quota of the usable shared
    /// capacity must cover (default 0.5; 0 switches the check off).
    public var quotaCoverage: Double
    /// Catalog models the planner may buy; nil means every model the hall can hold.
    public var models: [String]?
    /// The most plan–simulate rounds (default 4).
    public var maxRounds: Int
    /// Factor (0–1) by which each round lowers the target utilisation (default 0.9).
    public var tightenFactor: Double
    /// Relative optimality gap at which branch and bound stops (default 1e-3: 0.1 % of the
    /// objective, far inside the forecast's uncertainty; our branch and bound has no cutting
    /// planes, and closing the last 0.03 % of a planning model takes it thousands of nodes).
    public var mipGap: Double
    /// Branch-and-bound nodes per round before the best plan found so far is taken (default
    /// 2,000); the reached gap is reported in rounds.csv.
    public var nodeLimit: Int

    /// Creates planning settings; the defaults are those of the scenario format.
    public init(
        stepMonths: Int = 6, objective: PlanningObjective = .maxServed, targetUtilisation: Double = 0.8,
        maxVendorShare: Double? = nil, vendorShareBasis: VendorShareBasis = .gpus,
        p95WaitHoursMax: Double? = nil, serviceLevel: Double = 1, quotaCoverage: Double = 0.5,
        models: [String]? = nil, maxRounds: Int = 4, tightenFactor: Double = 0.9, mipGap: Double = 1e-3,
        nodeLimit: Int = 2_000
    ) {
        self.stepMonths = stepMonths
        self.objective = objective
        self.targetUtilisation = targetUtilisation
        self.maxVendorShare = maxVendorShare
        self.vendorShareBasis = vendorShareBasis
        self.p95WaitHoursMax = p95WaitHoursMax
        self.serviceLevel = serviceLevel
        self.quotaCoverage = quotaCoverage
        self.models = models
        self.maxRounds = maxRounds
        self.tightenFactor = tightenFactor
        self.mipGap = mipGap
        self.nodeLimit = nodeLimit
    }
}
