import BitExactMath

/// How much compute a tenant wants over time.
public struct Demand: Hashable, Sendable {
    /// The shape of demand.
    public enum Pattern: Hashable, Sendable {
        /// A flat curve, reference-GPU-hours per month.
        case constant(gpuHoursPerMonth: Double)
        /// A straight line from the horizon's first month to its last.
        case linear(startGPUHoursPerMonth: Double, endGPUHoursPerMonth: Double)
        /// start · (1 + rate)^t, t in years from the horizon start, capped if a cap is given.
        case exponential(startGPUHoursPerMonth: Double, growthRatePerYear: Double, capGPUHoursPerMonth: Double?)
        /// start + (cap − start) / (1 + e^(−steepness · (t − t_mid))), t in years.
        case logistic(startGPUHoursPerMonth: Double, capGPUHoursPerMonth: Double, midpoint: Month, steepnessPerYear: Double)
        /// A step function of reference-GPU-hours per month; zero before the first step.
        case monthly(steps: [MonthlyStep])
        /// A constant arrival rate of jobs per hour.
        case poisson(jobsPerHour: Double)
        /// A Standard Workload Format file (absolute path); one processor = `gpusPerProcessor` GPUs.
        case trace(path: String, gpusPerProcessor: Int)
    }

    /// The shape of demand.
    public var pattern: Pattern
    /// No demand before this month, if given.
    public var startMonth: Month?
    /// Twelve multipliers, January first, applied to the curve, if given.
    public var seasonality: [Double]?

    /// Creates a demand description.
    public init(pattern: Pattern, startMonth: Month? = nil, seasonality: [Double]? = nil) {
        self.pattern = pattern
        self.startMonth = startMonth
        self.seasonality = seasonality
    }

    /// Demand in reference-GPU-hours in `month`, for the curve kinds; nil for `poisson` and `trace`.
    ///
    /// Time t is in years from `horizonStart`, taken at the middle of each month, so the
    /// logistic curve is exactly halfway between start and cap in its midpoint month.
    public func referenceGPUHours(in month: Month, horizon: ClosedRange<Month>) -> Double? {
        if let startMonth, month < startMonth { return 0 }
        let factor = seasonality?[month.month - 1] ?? 1
        let t = (Double(month.months(since: horizon.lowerBound)) + 0.5) / 12
        switch pattern {
        case .constant(let value):
            return value * factor
        case .linear(let start, let end):
            let span = horizon.upperBound.months(since: horizon.lowerBound)
            let fraction = span == 0 ? 0 : Double(month.months(since: horizon.lowerBound)) / Double(span)
            return (start + (end - start) * fraction) * factor
        case .exponential(let start, let rate, let cap):
            let value = start * ReproducibleMath.pow(1 + rate, t)
            return min(value, cap ?? .infinity) * factor
        case .logistic(let start, let cap, let midpoint, let steepness):
            let tMid = (Double(midpoint.months(since: horizon.lowerBound)) + 0.5) / 12
            return (start + (cap - start) / (1 + ReproducibleMath.exp(-steepness * (t - tMid)))) * factor
        case .monthly(let steps):
            return (steps.value(in: month) ?? 0) * factor
        case .poisson, .trace:
            return nil
        }
    }
}
