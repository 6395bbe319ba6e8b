/// A probability distribution of a positive quantity (GPUs per job, hours per job).
///
/// The parameters are in the unit of the field that holds the distribution.
public enum Distribution: Hashable, Sendable {
    /// Always `value`.
    case fixed(value: Double)
    /// Exponential with the given mean.
    case exponential(mean: Double)
    /// Lognormal: `median` = e^μ, `sigma` = standard deviation of the natural log.
    case lognormal(median: Double, sigma: Double)
    /// Uniform on [min, max].
    case uniform(min: Double, max: Double)
    /// One of `values`, with probabilities proportional to `weights`.
    case choice(values: [Double], weights: [Double])

    /// The distribution's mean, in the unit of its field.
    public var mean: Double {
        switch self {
        case .fixed(let value): return value
        case .exponential(let mean): return mean
        case .lognormal(let median, let sigma): return median * ReproducibleMath.exp(sigma * sigma / 2)
        case .uniform(let min, let max): return (min + max) / 2
        case .choice(let values, let weights):
            let total = weights.reduce(0, +)
            return zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 } / total
        }
    }
}

/// The shape of a tenant's jobs.
public struct JobMix: Hashable, Sendable {
    /// GPUs one job asks for (drawn values are rounded up to a whole GPU, at least 1).
    public var gpusPerJob: Distribution
    /// Run time on reference GPUs, hours.
    public var hoursPerJob: Distribution
    /// Requested wall time = factor × true duration (≥ 1).
    public var walltimeFactor: Double

    /// Creates a job mix.
    public init(gpusPerJob: Distribution, hoursPerJob: Distribution, walltimeFactor: Double = 1.5) {
        self.gpusPerJob = gpusPerJob
        self.hoursPerJob = hoursPerJob
        self.walltimeFactor = walltimeFactor
    }
}

import BitExactMath

extension Distribution {
    /// The mean of a count drawn from this distribution and rounded up to a whole number of at
    /// least 1, as GPUs per job are: E[max(1, ⌈X⌉)] = 1 + Σ_{k≥1} P(X > k).
    ///
    /// Exact for `fixed` and `choice`; a closed form for `exponential` (a geometric series);
    /// for `lognormal` and `uniform` the sum of the survival function term by term, for at most
    /// `exactTerms` terms. A longer sum is finished in closed form: the rest of a uniform's sum
    /// is an arithmetic series; the rest of a lognormal's is the integral of its survival
    /// function from the last term's k + ½ (the midpoint rule; the function is smooth and tiny
    /// there), E[(X − t)⁺] = e^(μ+σ²/2)·Φ(σ − z) − t·Φ(−z) with z = (ln t − μ)/σ.
    ///
    /// - Complexity: O(min(k*, `exactTerms`)), where k* is the count beyond which P(X > k) is
    ///   negligible. (A term-by-term sum alone never ended for a uniform maximum of 10¹⁶ or more,
    ///   where k + 1 = k in floating point, and took seconds for a lognormal sigma of 3.)
    public var meanOfRoundedUpCount: Double {
        func rounded(_ value: Double) -> Double { max(1, value.rounded(.up)) }
        switch self {
        case .fixed(let value):
            return rounded(value)
        case .choice(let values, let weights):
            let total = weights.reduce(0, +)
            return zip(values, weights).reduce(0) { $0 + rounded($1.0) * $1.1 } / total
        case .exponential(let mean):
            let q = ReproducibleMath.exp(-1 / mean)
            return 1 + q / (1 - q)
        case .uniform(let low, let high):
            guard high > low else { return rounded(low) }
            var sum = 1.0
            var k = 1.0
            while k < high {
                if k > Self.exactTerms { return sum + Self.uniformTail(from: k, low: low, high: high) }
                sum += min(1, (high - max(k, low)) / (high - low))
                k += 1
            }
            return sum
        case .lognormal(let median, let sigma):
            guard sigma > 0 else { return rounded(median) }
            var sum = 1.0
            var k = 1.0
            while true {
                let survival = 0.5 * ReproducibleMath.erfc((ReproducibleMath.log(k) - ReproducibleMath.log(median)) / (sigma * 2.0.squareRoot()))
                sum += survival
                if survival < 1e-12 && k > median { break }
                k += 1
                if k > Self.exactTerms { return sum + Self.lognormalTail(from: k - 0.5, median: median, sigma: sigma) }
            }
            return sum
        }
    }

    /// Terms summed one by one before the rest of a sum is taken in closed form.
    static let exactTerms = 100_000.0

    /// Σ min(1, (high − max(k, low)) / (high − low)) over the whole k from `first` while k < high:
    /// 1 for each k ≤ low, then an arithmetic series.
    private static func uniformTail(from first: Double, low: Double, high: Double) -> Double {
        let last = high.rounded(.up) - 1
        guard last >= first else { return 0 }
        let lastFull = min(last, low.rounded(.down))
        let full = max(0, lastFull - first + 1)
        let start = max(first, lastFull + 1)
        guard last >= start else { return full }
        let count = last - start + 1
        let sumOfK = (start + last) * count / 2
        return full + (count * high - sumOfK) / (high - low)
    }

    /// ∫ from t to ∞ of P(X > x) dx = E[(X − t)⁺] for a lognormal X.
    private static func lognormalTail(from t: Double, median: Double, sigma: Double) -> Double {
        func normalCDF(_ y: Double) -> Double { 0.5 * ReproducibleMath.erfc(-y / 2.0.squareRoot()) }
        let z = (ReproducibleMath.log(t) - ReproducibleMath.log(median)) / sigma
        let mean = median * ReproducibleMath.exp(sigma * sigma / 2)
        return max(0, mean * normalCDF(sigma - z) - t * normalCDF(-z))
    }
}
