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
        case .lognormal(let median, let sigma): return median * exp(sigma * sigma / 2)
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

import Foundation
