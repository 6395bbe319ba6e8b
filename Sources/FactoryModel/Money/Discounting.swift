import BitExactMath

/// How money in later years is discounted to the horizon's first year: the one rule that the
/// finance model (NPV, discounted GPU-hours) and the planner's `min-cost` objective share.
///
/// Money in calendar year y is worth 1 ÷ (1 + r)^(y − y₀) of money in the first year y₀;
/// discounting is by whole calendar years, as ministries budget.
public struct Discounting: Hashable, Sendable {
    /// The yearly discount rate r (0.04 = 4 % a year).
    public var ratePerYear: Double
    /// The first calendar year y₀, whose money is not discounted.
    public var firstYear: Int

    /// Creates the discounting of `ratePerYear` from `firstYear`.
    public init(ratePerYear: Double, firstYear: Int) {
        self.ratePerYear = ratePerYear
        self.firstYear = firstYear
    }

    /// The factor for money spent or earned in calendar `year`: 1 ÷ (1 + r)^(year − y₀).
    public func factor(year: Int) -> Double {
        1 / ReproducibleMath.pow(1 + ratePerYear, Double(year - firstYear))
    }

    /// `euros` received `years` whole years after the first year's start (a residual value at
    /// the end of the horizon's last calendar year), in first-year money: euros ÷ (1 + r)^years.
    public func presentValueEUR(_ euros: Double, afterYears years: Int) -> Double {
        euros / ReproducibleMath.pow(1 + ratePerYear, Double(years))
    }
}

extension Scenario {
    /// The scenario's discounting: `budget.discount_rate` from the horizon's first year.
    public var discounting: Discounting {
        Discounting(ratePerYear: budget.discountRate, firstYear: horizon.lowerBound.year)
    }
}
