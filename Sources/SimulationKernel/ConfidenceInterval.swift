/// A two-sided confidence interval for a mean: mean ± halfWidth.
public struct ConfidenceInterval: Sendable, Equatable {
    /// The sample mean.
    public var mean: Double
    /// The lower bound, mean − halfWidth.
    public var lower: Double
    /// The upper bound, mean + halfWidth.
    public var upper: Double
    /// The half-width: critical value × s / √n.
    public var halfWidth: Double
    /// The number of observations (e.g. independent replications).
    public var count: Int

    /// Creates the interval mean ± halfWidth from `count` observations.
    ///
    /// - Complexity: O(1).
    public init(mean: Double, halfWidth: Double, count: Int) {
        self.mean = mean
        self.lower = mean - halfWidth
        self.upper = mean + halfWidth
        self.halfWidth = halfWidth
        self.count = count
    }

    /// The 95% Student-t interval for the mean of independent, roughly normal observations
    /// (such as the results of independent replications): x̄ ± t₀.₉₇₅,ₙ₋₁ · s / √n.
    ///
    /// With one value the spread is unknown; the interval is then the point itself
    /// (lower = upper = mean, halfWidth = 0), so check `count` before trusting a zero width.
    /// With no values every bound is NaN and `count` is 0.
    ///
    /// - Parameter values: The observations.
    /// - Complexity: O(n).
    public static func mean95(of values: [Double]) -> ConfidenceInterval {
        mean95(of: RunningStatistics(values))
    }

    /// The 95% Student-t interval for the mean of the values in a tally (see ``mean95(of:)-([Double])``).
    ///
    /// - Complexity: O(1).
    public static func mean95(of statistics: RunningStatistics) -> ConfidenceInterval {
        switch statistics.count {
        case 0:
            return ConfidenceInterval(mean: .nan, halfWidth: .nan, count: 0)
        case 1:
            return ConfidenceInterval(mean: statistics.mean, halfWidth: 0, count: 1)
        default:
            let n = statistics.count
            let critical = studentT975(degreesOfFreedom: n - 1)
            let halfWidth = critical * statistics.standardDeviation / Double(n).squareRoot()
            return ConfidenceInterval(mean: statistics.mean, halfWidth: halfWidth, count: n)
        }
    }

    /// The 97.5% quantile of Student's t distribution (the two-sided 95% critical value).
    ///
    /// For 1…30 degrees of freedom the value comes from a table of the exact quantiles
    /// (9 decimals); above 30 from the Cornish–Fisher expansion in 1/ν about the normal quantile
    /// z = 1.959963984540054 (Abramowitz and Stegun 26.7.5, terms to 1/ν⁵), whose error is
    /// below 10⁻⁹ for ν > 30 and vanishes as ν → ∞. Both are plain arithmetic, so the result
    /// is identical on every machine.
    ///
    /// - Parameter degreesOfFreedom: ν ≥ 1.
    /// - Complexity: O(1).
    public static func studentT975(degreesOfFreedom: Int) -> Double {
        precondition(degreesOfFreedom >= 1, "studentT975: degrees of freedom must be at least 1")
        if degreesOfFreedom <= tTable975.count { return tTable975[degreesOfFreedom - 1] }
        let z = 1.959963984540054
        let z2 = z * z
        let z3 = z2 * z, z5 = z3 * z2, z7 = z5 * z2, z9 = z7 * z2, z11 = z9 * z2
        let g1 = (z3 + z) / 4
        let g2 = (5 * z5 + 16 * z3 + 3 * z) / 96
        let g3 = (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / 384
        let g4 = (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / 92160
        let g5 = (27 * z11 + 339 * z9 + 930 * z7 - 1782 * z5 - 765 * z3 + 17955 * z) / 368640
        let v = 1.0 / Double(degreesOfFreedom)
        return z + v * (g1 + v * (g2 + v * (g3 + v * (g4 + v * g5))))
    }

    /// t₀.₉₇₅,ν for ν = 1…30 (exact quantiles rounded to 9 decimals).
    private static let tTable975: [Double] = [
        12.706204736, 4.302652730, 3.182446305, 2.776445105, 2.570581836,
        2.446911851, 2.364624252, 2.306004135, 2.262157163, 2.228138852,
        2.200985160, 2.178812830, 2.160368656, 2.144786688, 2.131449546,
        2.119905299, 2.109815578, 2.100922040, 2.093024054, 2.085963447,
        2.079613845, 2.073873068, 2.068657610, 2.063898562, 2.059538553,
        2.055529439, 2.051830516, 2.048407142, 2.045229642, 2.042272456,
    ]
}
