import BitExactMath
import FactoryModel

/// Fits a usage history and turns the fit into a month-by-month forecast over a horizon.
public enum HistoryFit {
    /// Why a history could not be fitted, in an analyst's words.
    public struct Problem: Error, Sendable {
        /// What is wrong, in the analyst's words.
        public let message: String
    }

    /// Time in years from the horizon start to the middle of `month`: the convention demand
    /// curves use, so that a fitted curve and a written one mean the same thing.
    public static func years(_ month: Month, from start: Month) -> Double {
        (Double(month.months(since: start)) + 0.5) / 12
    }

    /// The forecast: the requested family, or for `best` the family with the lowest Akaike
    /// information criterion n·ln(RSS/n) + 2p among those that fit.
    public static func forecast(_ history: UsageHistory, horizon: ClosedRange<Month>) -> Result<DemandForecast, Problem> {
        let times = history.observations.map { years($0.month, from: horizon.lowerBound) }
        let values = history.observations.map(\.referenceGPUHours)
        let families: [GrowthCurve] = switch history.curve {
        case .linear: [.linear]
        case .exponential: [.exponential]
        case .logistic: [.logistic]
        case .best: [.linear, .exponential, .logistic]
        }
        var best: (fit: CurveFit, criterion: Double)?
        var failures: [String] = []
        for family in families {
            do {
                let fit = try CurveFitter.fit(family, times: times, values: values)
                let n = Double(fit.observations)
                let criterion = n * ReproducibleMath.log(max(fit.residualSumOfSquares, 1e-300) / n) + 2 * Double(family.parameterCount)
                if best == nil || criterion < best!.criterion { best = (fit, criterion) }
            } catch {
                failures.append("\(family.rawValue): \(error)")
            }
        }
        guard let fit = best?.fit else {
            return .failure(Problem(message: "the usage history cannot be fitted (" + failures.joined(separator: "; ") + "); expected at least a few months of usage that follow a trend"))
        }
        let months = horizon.months
        func clamp(_ value: Double) -> Double { max(0, value) }
        var central: [Double] = [], lower80: [Double] = [], upper80: [Double] = [], lower95: [Double] = [], upper95: [Double] = []
        for month in months {
            let t = years(month, from: horizon.lowerBound)
            central.append(clamp(fit.value(at: t)))
            let band80 = fit.predictionBand(at: t, level: 0.8)
            let band95 = fit.predictionBand(at: t, level: 0.95)
            lower80.append(clamp(band80.lower))
            upper80.append(clamp(band80.upper))
            lower95.append(clamp(band95.lower))
            upper95.append(clamp(band95.upper))
        }
        guard central.allSatisfy(\.isFinite), upper95.allSatisfy(\.isFinite) else {
            return .failure(Problem(message: "the \(fit.curve.rawValue) curve fitted to the usage history grows beyond any finite number within the horizon; expected a history with a more moderate trend, or `curve: logistic`"))
        }
        let curve = ForecastCurve(rawValue: fit.curve.rawValue)!
        return .success(DemandForecast(
            curve: curve, parameters: fit.parameters, standardErrors: fit.standardErrors,
            parameterNames: fit.curve.parameterNames, months: months, central: central,
            lower80: lower80, upper80: upper80, lower95: lower95, upper95: upper95
        ))
    }
}
