/// The largest value a scenario field may hold, with the words messages use for it.
///
/// Every figure computed from a scenario ends in an integer: money in cents (`Int64`), time in
/// milliseconds (`Int64`), GPU and node counts. Each field that feeds one has an upper bound
/// chosen so that the largest products and sums the tool forms stay well inside that integer;
/// the decoder refuses a larger value with "value too large (at most …)" instead of letting a
/// conversion trap later. `docs/scenario-format.md` lists the bounds.
struct UpperBound: Sendable {
    /// The largest accepted value, in the field's own unit.
    let value: Double
    /// The bound as messages print it, with its unit.
    let phrase: String

    init(_ value: Double, unit: String = "") {
        self.value = value
        let number = ValueReader.format(value)
        if unit.hasPrefix("€") {
            phrase = "€\(number)" + unit.dropFirst()
        } else {
            phrase = unit.isEmpty ? number : "\(number) \(unit)"
        }
    }
}

/// The bounds, and why each is where it is.
///
/// Money: €10 trillion (10¹³ euros = 10¹⁵ cents) for an amount leaves a factor of ~9,000 below
/// `Int64.max` cents for the sums of a 30-year horizon. Per-unit prices are bounded so that a
/// price times the most units a scenario can hold stays below that amount.
enum ScenarioLimits {
    /// A one-off or yearly amount: capex envelope, caps, co-funder amounts, staff cost.
    static let amountEUR = UpperBound(1e13, unit: "€")
    /// A price per unit of equipment or capacity: per node, per kW, per MW, per node-year.
    static let unitPriceEUR = UpperBound(1e9, unit: "€")
    /// A price per MWh, of electricity or heat, in any month after escalation.
    static let energyPriceEURPerMWh = UpperBound(100_000, unit: "€ per MWh")
    /// What a tenant pays per GPU-hour.
    static let gpuHourPriceEUR = UpperBound(1_000, unit: "€")
    /// Nodes of one model in one phase or partition, and nodes built in all.
    static let nodeCount = UpperBound(100_000, unit: "nodes")
    /// GPUs in one node.
    static let gpusPerNode = UpperBound(1_024, unit: "GPUs")
    /// Demand in reference-GPU-hours per month: more than 100,000 nodes of 1,024 GPUs deliver.
    static let gpuHoursPerMonth = UpperBound(1e11, unit: "GPU-hours per month")
    /// Poisson arrivals (a million jobs an hour is far beyond any facility's scheduler).
    static let jobsPerHour = UpperBound(1_000_000, unit: "jobs per hour")
    /// Grid connection and hall size.
    static let megawatts = UpperBound(10_000, unit: "MW")
    /// Power of one node.
    static let nodeKW = UpperBound(10_000, unit: "kW")
    /// PUE, month by month too.
    static let pue = UpperBound(10)
    /// A share that may exceed 1 (networking and storage as a share of compute).
    static let largeShare = UpperBound(100)
    /// A duration in hours: repair time, checkpoint interval, a job's run time, a wait target
    /// (a million hours is 114 years, longer than any horizon).
    static let hours = UpperBound(1_000_000, unit: "hours")
    /// Fair-share half-life.
    static let days = UpperBound(100_000, unit: "days")
    /// Failures per GPU per year.
    static let failuresPerYear = UpperBound(1_000)
    /// Requested wall time as a multiple of the true run time.
    static let walltimeFactor = UpperBound(100)
    /// The smallest relative throughput and software efficiency: with the bounds on hours and
    /// wall time above, a job's run time in milliseconds stays below 2⁶³.
    static let smallestSpeedFactor = 0.01
}
