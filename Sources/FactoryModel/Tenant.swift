import Workloads

/// Nodes reserved for one tenant alone, as for sensitive government workloads.
public struct DedicatedPartition: Hashable, Sendable {
    /// Reserved node counts by catalog model id.
    public var nodes: [String: Int]
    /// Whether the tenant's jobs may also run on the shared pools.
    public var overflowToShared: Bool

    /// Creates a partition.
    public init(nodes: [String: Int], overflowToShared: Bool = false) {
        self.nodes = nodes
        self.overflowToShared = overflowToShared
    }
}

/// A user community of the facility: researchers, start-ups, government, industry.
public struct Tenant: Hashable, Sendable {
    /// Unique code name: the key in CSV files, summary.json and field paths.
    public var name: String
    /// The name a briefing prints for readers, per language; nil to print the code name.
    public var displayName: DisplayName?
    /// Guaranteed share (0–1) of the shared capacity.
    public var quotaShare: Double
    /// Higher runs first when the scheduler must choose.
    public var priority: Int
    /// What the tenant pays per delivered GPU-hour, euros.
    public var priceEURPerGPUHour: Double
    /// Vendors the tenant's software runs on.
    public var accepts: Set<Vendor>
    /// How well the tenant's software uses each accepted vendor's GPUs (1 = as well as benchmarked).
    public var softwareEfficiency: [Vendor: Double]
    /// Hours between checkpoints; nil when jobs do not checkpoint.
    public var checkpointIntervalHours: Double?
    /// The longest wait, in hours, that a job of this tenant accepts, drawn per job: a job
    /// still queued (never started) when it runs out leaves the queue as abandoned, as users
    /// who give up and go elsewhere do. Nil: jobs wait for ever (no one gives up).
    public var patience: Distribution?
    /// Nodes reserved for this tenant, if any.
    public var dedicated: DedicatedPartition?
    /// What the tenant wants over time.
    public var demand: Demand
    /// The shape of the tenant's jobs; nil only for trace demand, whose jobs come from the file.
    public var jobMix: JobMix?
    /// Observed monthly usage, when the scenario gives it instead of a demand curve.
    public var history: UsageHistory?
    /// The forecast fitted to `history`; `demand` then follows its central line.
    public var forecast: DemandForecast?
    /// The jobs of a `trace` demand, parsed once when the scenario loads (`ScenarioLoader`),
    /// so that simulation, forecasts, plan rounds and sweep points never read the file again.
    public var trace: WorkloadTrace?

    /// Creates a tenant; see the properties for units.
    public init(
        name: String, displayName: DisplayName? = nil, quotaShare: Double, priority: Int = 0, priceEURPerGPUHour: Double = 0,
        accepts: Set<Vendor> = [.nvidia, .amd], softwareEfficiency: [Vendor: Double] = [:],
        checkpointIntervalHours: Double? = nil, patience: Distribution? = nil, dedicated: DedicatedPartition? = nil,
        demand: Demand, jobMix: JobMix?, history: UsageHistory? = nil, forecast: DemandForecast? = nil,
        trace: WorkloadTrace? = nil
    ) {
        self.name = name
        self.displayName = displayName
        self.quotaShare = quotaShare
        self.priority = priority
        self.priceEURPerGPUHour = priceEURPerGPUHour
        self.accepts = accepts
        self.softwareEfficiency = softwareEfficiency
        self.checkpointIntervalHours = checkpointIntervalHours
        self.patience = patience
        self.dedicated = dedicated
        self.demand = demand
        self.jobMix = jobMix
        self.history = history
        self.forecast = forecast
        self.trace = trace
    }

    /// The software efficiency on `vendor`: 0 when not accepted, 1 when not stated.
    public func efficiency(on vendor: Vendor) -> Double {
        accepts.contains(vendor) ? softwareEfficiency[vendor] ?? 1 : 0
    }
}
