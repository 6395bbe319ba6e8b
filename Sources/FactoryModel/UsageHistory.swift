/// The curve family a tenant's observed usage is fitted with.
public enum ForecastCurve: String, CaseIterable, Hashable, Sendable {
    /// a + b·t.
    case linear
    /// a·e^(b·t).
    case exponential
    /// K / (1 + e^(−r·(t − t₀))).
    case logistic
    /// Whichever of the three fits best by Akaike's information criterion.
    case best
}

/// One month of observed usage, reference-GPU-hours.
public struct ObservedUsage: Hashable, Sendable {
    /// The month observed.
    public var month: Month
    /// Reference-GPU-hours the tenant used that month.
    public var referenceGPUHours: Double

    /// Creates an observation.
    public init(month: Month, referenceGPUHours: Double) {
        self.month = month
        self.referenceGPUHours = referenceGPUHours
    }
}

/// A tenant's observed monthly usage, from which its demand is forecast.
public struct UsageHistory: Hashable, Sendable {
    /// The curve family to fit.
    public var curve: ForecastCurve
    /// The observations, in month order.
    public var observations: [ObservedUsage]

    /// Creates a history.
    public init(curve: ForecastCurve = .best, observations: [ObservedUsage]) {
        self.curve = curve
        self.observations = observations
    }
}

/// A demand forecast fitted to a `UsageHistory`, month by month over the horizon, with
/// prediction bands; the tenant's `demand` follows `central`.
public struct DemandForecast: Hashable, Sendable {
    /// The family actually fitted (never `best`).
    public var curve: ForecastCurve
    /// Fitted parameters, in the order `parameterNames` gives.
    public var parameters: [Double]
    /// Standard errors of the parameters, same order.
    public var standardErrors: [Double]
    /// Parameter names, e.g. `["a", "b"]`.
    public var parameterNames: [String]
    /// The horizon's months, first to last.
    public var months: [Month]
    /// Forecast reference-GPU-hours per month (never negative).
    public var central: [Double]
    /// Lower and upper 80 % prediction band, reference-GPU-hours per month.
    public var lower80: [Double]
    /// Upper 80 % band.
    public var upper80: [Double]
    /// Lower 95 % band.
    public var lower95: [Double]
    /// Upper 95 % band.
    public var upper95: [Double]

    /// Creates a forecast; all month arrays have the length of `months`.
    public init(
        curve: ForecastCurve, parameters: [Double], standardErrors: [Double], parameterNames: [String],
        months: [Month], central: [Double], lower80: [Double], upper80: [Double], lower95: [Double], upper95: [Double]
    ) {
        self.curve = curve
        self.parameters = parameters
        self.standardErrors = standardErrors
        self.parameterNames = parameterNames
        self.months = months
        self.central = central
        self.lower80 = lower80
        self.upper80 = upper80
        self.lower95 = lower95
        self.upper95 = upper95
    }
}
