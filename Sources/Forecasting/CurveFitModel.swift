import BitExactMath
import Foundation

/// A family of demand-growth curves y(t) with time t in years.
///
/// Parameters are always given in the order listed for each case; the units of
/// y (GPU-hours, tenants, megawatts, …) are whatever the observations use.
public enum GrowthCurve: String, Sendable, CaseIterable {
    /// A straight line y = a + b·t (parameters a in units of y, b in units of y per year).
    case linear
    /// Compound growth y = a·e^{b·t} (a in units of y at t = 0, b the continuous rate per year).
    case exponential
    /// An S-curve y = K / (1 + e^{−r(t − t0)}) (K the saturation level in units of y,
    /// r the rate per year, t0 the year at which y reaches K/2).
    case logistic

    /// The number of parameters p of the curve.
    public var parameterCount: Int {
        switch self {
        case .linear, .exponential: 2
        case .logistic: 3
        }
    }

    /// The parameters' names, in order: `["a", "b"]` or `["K", "r", "t0"]`.
    public var parameterNames: [String] {
        switch self {
        case .linear, .exponential: ["a", "b"]
        case .logistic: ["K", "r", "t0"]
        }
    }

    /// The curve's value at time t (years) for the given parameters.
    ///
    /// - Precondition: `parameters.count == parameterCount`.
    /// - Complexity: O(1).
    public func value(at t: Double, parameters θ: [Double]) -> Double {
        precondition(θ.count == parameterCount, "\(self) takes \(parameterCount) parameters, got \(θ.count)")
        switch self {
        case .linear:
            return θ[0] + θ[1] * t
        case .exponential:
            return θ[0] * ReproducibleMath.exp(θ[1] * t)
        case .logistic:
            return θ[0] * logisticSigmoid(θ[1] * (t - θ[2]))
        }
    }

    /// The gradient ∂y/∂θ of the curve at time t, one entry per parameter.
    ///
    /// - Precondition: `parameters.count == parameterCount`.
    /// - Complexity: O(1).
    public func gradient(at t: Double, parameters θ: [Double]) -> [Double] {
        precondition(θ.count == parameterCount, "\(self) takes \(parameterCount) parameters, got \(θ.count)")
        switch self {
        case .linear:
            return [1, t]
        case .exponential:
            let growth = ReproducibleMath.exp(θ[1] * t)
            return [growth, θ[0] * t * growth]
        case .logistic:
            let x = θ[1] * (t - θ[2])
            let s = logisticSigmoid(x)
            // s(1 − s) computed from the complementary sigmoid so it does not round to 0 near s = 1.
            let slope = s * logisticSigmoid(-x)
            return [s, θ[0] * slope * (t - θ[2]), -θ[0] * slope * θ[1]]
        }
    }
}

/// 1 / (1 + e^{−x}) without overflow for large |x|.
func logisticSigmoid(_ x: Double) -> Double {
    if x >= 0 {
        return 1 / (1 + ReproducibleMath.exp(-x))
    }
    let e = ReproducibleMath.exp(x)
    return e / (1 + e)
}
