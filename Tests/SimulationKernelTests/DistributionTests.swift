import Foundation
import SimulationKernel
import Testing

/// A continuous distribution with its exact mean, variance and fourth central moment.
struct DistributionCase: Sendable, CustomTestStringConvertible {
    let name: String
    let draw: @Sendable (inout RandomStream) -> Double
    let mean: Double
    let variance: Double
    let fourthCentralMoment: Double
    var testDescription: String { name }
}

@Suite("RandomStream distributions")
struct DistributionTests {
    static let draws = 1_000_000

    static let cases: [DistributionCase] = {
        let (median, sigma) = (2.0, 0.5)
        // Lognormal moments: with w = e^(σ²) and m = median, E[X] = m·√w, Var = m²·w·(w − 1),
        // and μ₄ = m⁴·w²·(w − 1)²·(w⁴ + 2w³ + 3w² − 3).
        let w = exp(sigma * sigma)
        let lognormalVariance = median * median * w * (w - 1)
        let lognormalFourth = pow(median, 4) * w * w * pow(w - 1, 2) * (pow(w, 4) + 2 * pow(w, 3) + 3 * w * w - 3)
        return [
            DistributionCase(name: "exponential with mean 2.5", draw: { $0.exponential(mean: 2.5) },
                             mean: 2.5, variance: 6.25, fourthCentralMoment: 9 * pow(2.5, 4)),
            DistributionCase(name: "exponential with rate 4", draw: { $0.exponential(rate: 4) },
                             mean: 0.25, variance: 0.0625, fourthCentralMoment: 9 * pow(0.25, 4)),
            DistributionCase(name: "standard normal", draw: { $0.standardNormal() },
                             mean: 0, variance: 1, fourthCentralMoment: 3),
            DistributionCase(name: "normal with mean 10 and sd 3", draw: { $0.normal(mean: 10, standardDeviation: 3) },
                             mean: 10, variance: 9, fourthCentralMoment: 3 * 81),
            DistributionCase(name: "lognormal with median 2 and sigma 0.5", draw: { $0.lognormal(median: 2, sigma: 0.5) },
                             mean: median * exp(sigma * sigma / 2), variance: lognormalVariance,
                             fourthCentralMoment: lognormalFourth),
            DistributionCase(name: "uniform on [-1, 3)", draw: { $0.uniform(min: -1, max: 3) },
                             mean: 1, variance: 16.0 / 12, fourthCentralMoment: 256.0 / 80),
        ]
    }()

    @Test("a million draws have mean and variance within 4 standard errors of the exact values",
          arguments: cases)
    func moments(distribution: DistributionCase) {
        var random = RandomStream(seed: 31, stream: 0)
        let statistics = tally(Self.draws, &random, distribution.draw)
        let n = Double(Self.draws)
        let meanError = (distribution.variance / n).squareRoot()
        let varianceError = ((distribution.fourthCentralMoment - distribution.variance * distribution.variance) / n).squareRoot()
        #expect(abs(statistics.mean - distribution.mean) <= 4 * meanError)
        #expect(abs(statistics.variance - distribution.variance) <= 4 * varianceError)
    }

    @Test("exponential and lognormal variates are never negative, and uniforms stay in range")
    func supports() {
        var random = RandomStream(seed: 32, stream: 0)
        for _ in 0..<10_000 {
            let e = random.exponential(mean: 1)
            #expect(e >= 0 && e.sign == .plus)
            #expect(random.lognormal(median: 1, sigma: 2) > 0)
            let u = random.uniform(min: 5, max: 6)
            #expect(u >= 5 && u <= 6)
        }
        #expect(random.exponential(mean: 0) == 0)
    }

    @Test("choices by cumulative weight occur in proportion to their weights; zero weights never")
    func weightedChoice() {
        let weights = [0.5, 0, 2, 1.5, 0, 6]
        var cumulative: [Double] = []
        var total = 0.0
        for weight in weights { total += weight; cumulative.append(total) }
        var counts = [Int](repeating: 0, count: weights.count)
        var random = RandomStream(seed: 33, stream: 0)
        for _ in 0..<Self.draws { counts[random.index(cumulativeWeights: cumulative)] += 1 }
        let n = Double(Self.draws)
        for (index, weight) in weights.enumerated() {
            let p = weight / total
            let standardError = (p * (1 - p) / n).squareRoot()
            #expect(abs(Double(counts[index]) / n - p) <= 4 * standardError, "index \(index)")
        }
        #expect(counts[1] == 0 && counts[4] == 0)
        var single = RandomStream(seed: 1, stream: 1)
        #expect(single.index(cumulativeWeights: [3]) == 0)
    }

    @Test("bernoulli succeeds with the given probability; 0 never and 1 always")
    func bernoulli() {
        var random = RandomStream(seed: 34, stream: 0)
        var successes = 0
        for _ in 0..<Self.draws where random.bernoulli(probability: 0.3) { successes += 1 }
        let standardError = (0.3 * 0.7 / Double(Self.draws)).squareRoot()
        #expect(abs(Double(successes) / Double(Self.draws) - 0.3) <= 4 * standardError)
        for _ in 0..<1_000 {
            #expect(!random.bernoulli(probability: 0) && random.bernoulli(probability: 1))
        }
    }

    @Test("uniformInt(below:) is unbiased over a small range (chi-square statistic below 30)", arguments: [7, 3])
    func uniformIntUnbiased(n: Int) {
        var random = RandomStream(seed: 35, stream: UInt64(n))
        var counts = [Int](repeating: 0, count: n)
        for _ in 0..<700_000 { counts[random.uniformInt(below: n)] += 1 }
        let expected = 700_000.0 / Double(n)
        let chiSquare = counts.reduce(0.0) { $0 + pow(Double($1) - expected, 2) / expected }
        #expect(chiSquare < 30, "counts \(counts)")  // P(χ²₆ > 30) ≈ 4 × 10⁻⁵
    }

    @Test("uniformInt(below:) covers bounds near 2⁶³ without bias in the top bit")
    func uniformIntLargeBound() {
        var random = RandomStream(seed: 36, stream: 0)
        let bound = Int.max / 3 * 2  // rejection matters here: 2⁶⁴ mod bound is large
        var upperHalf = 0
        for _ in 0..<100_000 {
            let value = random.uniformInt(below: bound)
            #expect(value >= 0 && value < bound)
            if value >= bound / 2 { upperHalf += 1 }
        }
        #expect(abs(Double(upperHalf) / 100_000 - 0.5) < 4 * (0.25 / 100_000).squareRoot())
        #expect(random.uniformInt(below: 1) == 0)
    }
}
