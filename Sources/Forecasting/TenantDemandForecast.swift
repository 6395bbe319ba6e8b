import FactoryModel

/// The horizon's months and their lengths, as forecasts and the planner count capacity.
public struct PlanningCalendar: Sendable, Equatable {
    /// The horizon's months, first to last.
    public let months: [Month]
    /// Hours in each month (days × 24).
    public let hours: [Double]

    /// The calendar of `horizon`.
    public init(horizon: ClosedRange<Month>) {
        let months = horizon.months
        self.months = months
        self.hours = months.map { Double($0.dayCount * 24) }
    }

    /// The index of `month`, or nil outside the horizon.
    public func index(of month: Month) -> Int? {
        let offset = month.months(since: months[0])
        return months.indices.contains(offset) ? offset : nil
    }
}

/// One tenant's demand forecast per month, reference-GPU-hours, with prediction bands.
///
/// Tenants with `history` carry the bands of their fitted curve; for tenants whose demand is
/// written as a curve, a job rate or a trace, the bands collapse onto the forecast.
public struct TenantDemandForecast: Sendable, Equatable {
    /// The tenant's name.
    public let tenant: String
    /// Forecast reference-GPU-hours per month.
    public let central: [Double]
    /// Lower end of the 80 % band.
    public let lower80: [Double]
    /// Upper end of the 80 % band.
    public let upper80: [Double]
    /// Lower end of the 95 % band.
    public let lower95: [Double]
    /// Upper end of the 95 % band.
    public let upper95: [Double]
    /// The fitted curve's family, when the forecast comes from `history`.
    public let fittedCurve: ForecastCurve?

    /// The forecast of `tenant` over `calendar`.
    ///
    /// - Curves: the curve's value in each month.
    /// - `poisson`: jobs per hour × hours × mean GPUs per job (rounded up) × mean hours per job.
    /// - `trace`: processors × GPUs per processor × run hours of the jobs submitted in the month.
    /// - Throws: `ForecastError` when a trace tenant's jobs were not loaded with the scenario.
    public init(tenant: Tenant, horizon: ClosedRange<Month>, calendar: PlanningCalendar) throws(ForecastError) {
        self.tenant = tenant.name
        var central = [Double](repeating: 0, count: calendar.months.count)
        switch tenant.demand.pattern {
        case .poisson(let jobsPerHour):
            let mix = tenant.jobMix!
            let jobGPUHours = mix.gpusPerJob.meanOfRoundedUpCount * mix.hoursPerJob.mean
            for (index, month) in calendar.months.enumerated() {
                if let start = tenant.demand.startMonth, month < start { continue }
                let season = tenant.demand.seasonality?[month.month - 1] ?? 1
                central[index] = jobsPerHour * season * calendar.hours[index] * jobGPUHours
            }
        case .trace(let path, let gpusPerProcessor):
            // Parsed once, when the scenario loaded; never read again here.
            guard let trace = tenant.trace else {
                throw ForecastError(message: "tenant \"\(tenant.name)\": its trace \(path) was not read when the scenario loaded; load scenarios through ScenarioLoader")
            }
            var monthEndMs: [Int64] = []
            var elapsed: Int64 = 0
            for hours in calendar.hours {
                elapsed += Int64(hours) * 3_600_000
                monthEndMs.append(elapsed)
            }
            for job in trace.jobs where job.submitMilliseconds >= 0 {
                guard let index = monthEndMs.firstIndex(where: { job.submitMilliseconds < $0 }) else { continue }
                central[index] += Double(job.processors * gpusPerProcessor) * Double(job.runMilliseconds) / 3_600_000
            }
        default:
            for (index, month) in calendar.months.enumerated() {
                central[index] = tenant.demand.referenceGPUHours(in: month, horizon: horizon) ?? 0
            }
        }
        self.central = central
        if let forecast = tenant.forecast, forecast.months == calendar.months {
            lower80 = forecast.lower80
            upper80 = forecast.upper80
            lower95 = forecast.lower95
            upper95 = forecast.upper95
            fittedCurve = forecast.curve
        } else {
            lower80 = central
            upper80 = central
            lower95 = central
            upper95 = central
            fittedCurve = nil
        }
    }
}

/// A forecast that cannot be made, in plain words.
public struct ForecastError: Error, Sendable, CustomStringConvertible, Equatable {
    /// What went wrong and what to do about it.
    public let message: String

    /// Creates an error.
    public init(message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}
