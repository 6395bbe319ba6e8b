import FactoryModel
import SimulationKernel

/// A `Distribution` prepared for fast drawing: choice weights turned into a cumulative table
/// once, so a draw allocates nothing and looks nothing up.
struct Sampler: Sendable {
    private enum Kind: Sendable {
        case fixed(Double)
        case exponential(mean: Double)
        case lognormal(median: Double, sigma: Double)
        case uniform(min: Double, max: Double)
        case choice(values: [Double], cumulativeWeights: [Double])
    }

    private let kind: Kind

    init(_ distribution: Distribution) {
        switch distribution {
        case .fixed(let value): kind = .fixed(value)
        case .exponential(let mean): kind = .exponential(mean: mean)
        case .lognormal(let median, let sigma): kind = .lognormal(median: median, sigma: sigma)
        case .uniform(let min, let max): kind = .uniform(min: min, max: max)
        case .choice(let values, let weights):
            var running = 0.0
            kind = .choice(values: values, cumulativeWeights: weights.map { running += $0; return running })
        }
    }

    /// One draw, using `stream`.
    func draw(_ stream: inout RandomStream) -> Double {
        switch kind {
        case .fixed(let value): return value
        case .exponential(let mean): return stream.exponential(mean: mean)
        case .lognormal(let median, let sigma): return stream.lognormal(median: median, sigma: sigma)
        case .uniform(let min, let max): return stream.uniform(min: min, max: max)
        case .choice(let values, let cumulative): return values[stream.index(cumulativeWeights: cumulative)]
        }
    }

    /// The smallest value a draw can take (used to tell a job mix that can never fit).
    var smallestValue: Double {
        switch kind {
        case .fixed(let value): return value
        case .exponential, .lognormal: return 0
        case .uniform(let min, _): return min
        case .choice(let values, _): return values.min() ?? 0
        }
    }
}
