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
    /// The unit as given (`"hours"`, `"€"`, `"€ per MWh"`), for range phrases.
    let unit: String

    init(_ value: Double, unit: String = "") {
        self.value = value
        self.unit = unit
        phrase = Self.amount(value, unit: unit)
    }

    /// `value` written with `unit`: `€1,000`, `€100,000 per MWh`, `1,024 GPUs`, `1 GPU`, `0.5`.
    static func amount(_ value: Double, unit: String) -> String {
        let number = format(value)
        if unit.hasPrefix("€") {
            return (value < 0 ? "-€" + number.dropFirst() : "€" + number) + unit.dropFirst()
        }
        guard !unit.isEmpty else { return number }
        // One GPU, one hour: the unit's first word loses its plural s.
        var words = unit.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        if value == 1, words[0].count > 1, words[0].hasSuffix("s") { words[0].removeLast() }
        return "\(number) \(words.joined(separator: " "))"
    }

    /// A number as messages print it: as `ValueReader.format`, and whole numbers up to 10¹⁸
    /// with grouped digits too (`9,000,000,000,000,000`).
    static func format(_ value: Double) -> String {
        guard value == value.rounded(), abs(value) >= 1e15, abs(value) < 1e18 else { return ValueReader.format(value) }
        let digits = String(Int64(abs(value)))
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }
}

/// The values a scenario field accepts: a lower end (included, or excluded for "above 0"), an
/// upper end (always included), and whether only whole numbers are allowed.
///
/// Every numeric field of the format has one (`ScenarioRanges` holds them, each with the reason
/// it lies where it does); `validate` refuses a value outside it with a message that names the
/// whole range, so that no accepted value can trap or hang `simulate`.
struct ValidRange: Sendable {
    /// The lower end of a range.
    enum Lower: Sendable {
        /// The value may equal the bound.
        case atLeast(Double)
        /// The value must exceed the bound (`above 0`).
        case above(Double)
    }

    /// The lower end.
    let lower: Lower
    /// The upper end, with its unit.
    let upper: UpperBound
    /// Whether only whole numbers are accepted.
    let isWhole: Bool

    /// A range of numbers from `lower` (included) to `upper` (included), in `unit`.
    init(_ lower: Double, _ upper: Double, unit: String = "", whole: Bool = false) {
        self.lower = .atLeast(lower)
        self.upper = UpperBound(upper, unit: unit)
        isWhole = whole
    }

    /// A range of numbers above `lower` (excluded) up to `upper` (included), in `unit`.
    init(above lower: Double, _ upper: Double, unit: String = "") {
        self.lower = .above(lower)
        self.upper = UpperBound(upper, unit: unit)
        isWhole = false
    }

    /// The unit messages print.
    var unit: String { upper.unit }

    /// The lower end's value.
    var lowerValue: Double {
        switch lower {
        case .atLeast(let bound), .above(let bound): return bound
        }
    }

    /// Whether `value` lies within the range (wholeness is checked separately).
    func contains(_ value: Double) -> Bool {
        guard value <= upper.value else { return false }
        switch lower {
        case .atLeast(let bound): return value >= bound
        case .above(let bound): return value > bound
        }
    }

    /// The range in words, with its unit: `0.01 to 1,000,000 hours`, `€0 to €1,000`,
    /// `above 0, up to 10,000 jobs per hour`, `1 to 3`.
    var phrase: String {
        let low = unit.hasPrefix("€") ? UpperBound.amount(lowerValue, unit: "€") : UpperBound.format(lowerValue)
        switch lower {
        case .atLeast: return "\(low) to \(upper.phrase)"
        case .above: return "above \(low), up to \(upper.phrase)"
        }
    }

    /// What a valid value is, in words: `a number from 1 to 3`, `a whole number from 1 to 1,024 GPUs`.
    var expectation: String {
        let kind = isWhole ? "a whole number" : "a number"
        switch lower {
        case .atLeast: return "\(kind) from \(phrase)"
        case .above: return "\(kind) \(phrase)"
        }
    }

    /// The message for `found`, a number outside the range: which end it crosses, and the range.
    func violation(_ value: Double, found: String) -> String {
        if value > upper.value {
            return "value too large (at most \(upper.phrase)); found \(found); expected \(expectation)"
        }
        let low = UpperBound.amount(lowerValue, unit: unit)
        switch lower {
        case .atLeast: return "value too small (at least \(low)); found \(found); expected \(expectation)"
        case .above: return "value too small (it must be above \(low)); found \(found); expected \(expectation)"
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
    /// GPUs one job may ask for: every GPU of the largest facility the format allows
    /// (100,000 nodes of 1,024 GPUs). It also keeps a job's GPU count inside the simulator's
    /// 32-bit job records.
    static let gpusPerJob = UpperBound(nodeCount.value * gpusPerNode.value, unit: "GPUs")
    /// Demand in reference-GPU-hours per month: more than 100,000 nodes of 1,024 GPUs deliver.
    static let gpuHoursPerMonth = UpperBound(1e11, unit: "GPU-hours per month")
    /// Poisson arrivals.
    static let jobsPerHour = UpperBound(10_000, unit: "jobs per hour")
    /// Grid connection and hall size.
    static let megawatts = UpperBound(10_000, unit: "MW")
    /// Power of one node.
    static let nodeKW = UpperBound(10_000, unit: "kW")
    /// PUE, month by month too.
    static let pue = UpperBound(3)
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
