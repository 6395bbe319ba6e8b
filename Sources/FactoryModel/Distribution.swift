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
    /// a converging sum of the survival function for `lognormal` and `uniform`.
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
                if k > 1e8 { break }
            }
            return sum
        }
    }
}
