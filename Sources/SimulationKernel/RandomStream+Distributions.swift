// Continuous variates. Each is a fixed transformation of the stream's uniforms, written out
// so that it is reproducible on every machine (see PortableMath.swift for log and exp).

import BitExactMath

extension RandomStream {
    /// An exponential variate with the given mean: mean × a unit exponential drawn by the
    /// ziggurat method (see ExponentialZiggurat.swift).
    ///
    /// The result is ≥ 0 (never −0) and finite; the largest possible value is about 44.4 × mean
    /// (r + 53·ln 2 with r ≈ 7.697, the ziggurat's tail start).
    /// - Parameter mean: The mean (in whatever time unit the caller uses, e.g. hours); must be ≥ 0.
    /// - Complexity: O(1); one draw on 97.8 % of calls.
    @inlinable
    public mutating func exponential(mean: Double) -> Double {
        precondition(mean >= 0, "RandomStream.exponential(mean:): the mean must be non-negative")
        return mean * exponentialTable.next(&generator)
    }

    /// An exponential variate with the given rate: a unit exponential (ziggurat) divided by `rate`.
    ///
    /// - Parameter rate: Events per unit time (e.g. per hour); must be positive. The mean is 1/rate.
    /// - Complexity: O(1); one draw on 97.8 % of calls.
    @inlinable
    public mutating func exponential(rate: Double) -> Double {
        precondition(rate > 0, "RandomStream.exponential(rate:): the rate must be positive")
        return exponentialTable.next(&generator) / rate
    }

    /// A standard normal variate (mean 0, variance 1) by Marsaglia's polar method.
    ///
    /// Draws u, v = 2·``nextUniform()`` − 1 until s = u² + v² is in (0, 1), then returns
    /// u·√(−2 log s / s) and keeps v·√(−2 log s / s) in the stream's state for the next call.
    /// The spare is part of the value, so a copied stream continues identically.
    /// - Complexity: O(1) expected (4/π pairs of draws per pair of variates).
    @inlinable
    public mutating func standardNormal() -> Double {
        if hasSpareNormal {
            hasSpareNormal = false
            return spareNormal
        }
        while true {
            let u = 2.0 * nextUniform() - 1.0
            let v = 2.0 * nextUniform() - 1.0
            let s = u * u + v * v
            if s < 1.0 && s > 0.0 {
                let factor = (-2.0 * PortableMath.log(s) / s).squareRoot()
                spareNormal = v * factor
                hasSpareNormal = true
                return u * factor
            }
        }
    }

    /// A normal variate: mean + standardDeviation × ``standardNormal()``.
    ///
    /// - Parameters:
    ///   - mean: The mean.
    ///   - standardDeviation: Must be ≥ 0.
    /// - Complexity: O(1) expected.
    @inlinable
    public mutating func normal(mean: Double, standardDeviation: Double) -> Double {
        precondition(standardDeviation >= 0, "RandomStream.normal: the standard deviation must be non-negative")
        return mean + standardDeviation * standardNormal()
    }

    /// A lognormal variate: median × exp(sigma × ``standardNormal()``).
    ///
    /// Its logarithm is normal with mean log(median) and standard deviation `sigma`; its mean is
    /// median · e^(σ²/2).
    /// - Parameters:
    ///   - median: The median; must be positive.
    ///   - sigma: The standard deviation of the logarithm; must be ≥ 0.
    /// - Complexity: O(1) expected.
    @inlinable
    public mutating func lognormal(median: Double, sigma: Double) -> Double {
        precondition(median > 0 && sigma >= 0, "RandomStream.lognormal: needs median > 0 and sigma ≥ 0")
        return median * PortableMath.exp(sigma * standardNormal())
    }

    /// A uniform variate on [min, max): min + (max − min) × ``nextUniform()``.
    ///
    /// Rounding can, rarely, produce `max` itself when the span is not a power of two.
    /// - Parameters:
    ///   - min: The lower bound.
    ///   - max: The upper bound; must be ≥ `min`.
    /// - Complexity: O(1), one draw.
    @inlinable
    public mutating func uniform(min: Double, max: Double) -> Double {
        precondition(min <= max, "RandomStream.uniform(min:max:): min must not exceed max")
        return min + (max - min) * nextUniform()
    }
}
