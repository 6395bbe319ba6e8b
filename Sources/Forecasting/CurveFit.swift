import Foundation

/// A growth curve fitted to observations by nonlinear least squares, with its uncertainty.
///
/// Built by `CurveFitter.fit(_:times:values:maximumIterations:)`. Every stored number is finite.
public struct CurveFit: Sendable {
    /// The curve family fitted.
    public let curve: GrowthCurve
    /// The least-squares parameters θ̂, in the order of `curve.parameterNames`.
    public let parameters: [Double]
    /// The standard error of each parameter: the square roots of the diagonal of `covariance`.
    public let standardErrors: [Double]
    /// The asymptotic covariance σ²·(JᵀJ)⁻¹ of the parameters, row by row (p×p),
    /// with J the Jacobian of the curve at the observation times, evaluated at θ̂.
    public let covariance: [[Double]]
    /// The residual sum of squares Σ (yᵢ − ŷᵢ)², in squared units of y.
    public let residualSumOfSquares: Double
    /// The estimated noise variance σ² = RSS / (n − p), in squared units of y.
    public let residualVariance: Double
    /// The number of Levenberg–Marquardt steps tried (accepted or rejected).
    public let iterations: Int
    /// The number of observations n.
    public let observations: Int

    /// The fitted curve's value ŷ(t) at time t (years).
    ///
    /// - Complexity: O(1).
    public func value(at t: Double) -> Double {
        curve.value(at: t, parameters: parameters)
    }

    /// A prediction band for a new observation at time t (years).
    ///
    /// The band is ŷ(t) ± q · sqrt(σ² + gᵀ·Cov·g), where g = ∂ŷ/∂θ at t and θ̂
    /// (the delta method: gᵀ·Cov·g is the variance of the fitted curve, σ² that of
    /// the new observation's noise) and q is the two-sided Student-t critical value
    /// t_{(1+level)/2, n−p}. It assumes independent, normal, equal-variance noise and
    /// a curve close to linear in its parameters near θ̂; far outside the observed
    /// times it is only indicative.
    ///
    /// - Parameters:
    ///   - t: The time, in years.
    ///   - level: The coverage probability, 0.8 or 0.95.
    /// - Returns: The lower and upper ends of the band, in units of y.
    /// - Precondition: `level` is 0.8 or 0.95.
    /// - Complexity: O(p²).
    public func predictionBand(at t: Double, level: Double) -> (lower: Double, upper: Double) {
        let q = studentTCriticalValue(level: level, degreesOfFreedom: observations - parameters.count)
        let g = curve.gradient(at: t, parameters: parameters)
        var curveVariance = 0.0
        for i in g.indices {
            for j in g.indices {
                curveVariance += g[i] * covariance[i][j] * g[j]
            }
        }
        let halfWidth = q * (residualVariance + max(0, curveVariance)).squareRoot()
        let center = value(at: t)
        return (center - halfWidth, center + halfWidth)
    }
}

/// The two-sided Student-t critical value t_{(1+level)/2, ν}: the q with P(|T| ≤ q) = level.
///
/// Only the levels 0.8 (q = t_{0.9}) and 0.95 (q = t_{0.975}) are supported.
/// For ν = 1…30 the values come from a table (scipy.stats.t.ppf, rounded to 6 decimals).
/// For ν > 30 they come from the Cornish–Fisher expansion around the normal quantile z
/// (z = 1.281552 for 0.8, 1.959964 for 0.95) in powers of 1/ν up to 1/ν³, accurate
/// to about 2·10⁻⁶ at ν = 31 and tending to z as ν grows.
///
/// - Precondition: `level` is 0.8 or 0.95 and `degreesOfFreedom ≥ 1`.
func studentTCriticalValue(level: Double, degreesOfFreedom ν: Int) -> Double {
    precondition(ν >= 1, "a Student-t quantile needs at least one degree of freedom, got \(ν)")
    let table: [Double]
    let z: Double
    if abs(level - 0.95) < 1e-12 {
        table = studentT975
        z = 1.959963984540054
    } else if abs(level - 0.8) < 1e-12 {
        table = studentT90
        z = 1.2815515655446004
    } else {
        preconditionFailure("prediction bands are available at levels 0.8 and 0.95, not \(level)")
    }
    if ν <= table.count {
        return table[ν - 1]
    }
    let n = Double(ν)
    let z2 = z * z
    let g1 = z * (z2 + 1) / 4
    let g2 = z * ((5 * z2 + 16) * z2 + 3) / 96
    let g3 = z * (((3 * z2 + 19) * z2 + 17) * z2 - 15) / 384
    return z + g1 / n + g2 / (n * n) + g3 / (n * n * n)
}

/// t_{0.975, ν} for ν = 1…30.
private let studentT975: [Double] = [
    12.706205, 4.302653, 3.182446, 2.776445, 2.570582, 2.446912, 2.364624, 2.306004, 2.262157, 2.228139,
    2.200985, 2.178813, 2.160369, 2.144787, 2.131450, 2.119905, 2.109816, 2.100922, 2.093024, 2.085963,
    2.079614, 2.073873, 2.068658, 2.063899, 2.059539, 2.055529, 2.051831, 2.048407, 2.045230, 2.042272,
]

/// t_{0.9, ν} for ν = 1…30.
private let studentT90: [Double] = [
    3.077684, 1.885618, 1.637744, 1.533206, 1.475884, 1.439756, 1.414924, 1.396815, 1.383029, 1.372184,
    1.363430, 1.356217, 1.350171, 1.345030, 1.340606, 1.336757, 1.333379, 1.330391, 1.327728, 1.325341,
    1.323188, 1.321237, 1.319460, 1.317836, 1.316345, 1.314972, 1.313703, 1.312527, 1.311434, 1.310415,
]
