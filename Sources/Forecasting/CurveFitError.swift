import LinearAlgebra

/// Why a growth curve could not be fitted to a series of observations.
///
/// `description` explains the problem in plain words for an analyst, not a numerical specialist.
/// Indices are 0-based positions in the `times` and `values` arrays.
public enum CurveFitError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Fewer than p + 1 observations: p to pin down the parameters and at least
    /// one more to estimate the noise variance σ².
    case tooFewObservations(curve: GrowthCurve, count: Int, required: Int)
    /// `times` and `values` have different lengths.
    case mismatchedLengths(times: Int, values: Int)
    /// A time or a value is NaN or infinite.
    case nonFiniteData(index: Int, time: Double, value: Double)
    /// An exponential fit starts from a straight-line fit of log(y), so every value must be positive.
    case nonPositiveValue(index: Int, value: Double)
    /// Levenberg–Marquardt did not meet its convergence tests within the iteration limit.
    case noConvergence(curve: GrowthCurve, iterations: Int)
    /// The data do not determine all the parameters (the Jacobian is singular
    /// or nearly so at the solution), for example constant data for a logistic curve,
    /// or all observations at one time.
    case singularJacobian(curve: GrowthCurve)
    /// The curve overflows (NaN or infinity) at the starting values computed from the data.
    case modelOverflow(curve: GrowthCurve)
    /// The linear-algebra layer failed for another reason; carries the LAPACK routine and detail.
    case linearAlgebra(LAPACKError)

    /// A plain-language explanation of the failure.
    public var description: String {
        switch self {
        case .tooFewObservations(let curve, let count, let required):
            return "a \(curve) curve has \(curve.parameterCount) parameters, so fitting it needs at least "
                + "\(required) observations (one more than the parameters, to estimate the noise); got \(count)"
        case .mismatchedLengths(let times, let values):
            return "there are \(times) times but \(values) values; each observation needs one of each"
        case .nonFiniteData(let index, let time, let value):
            return "observation \(index) is not a finite number (time \(time), value \(value)); "
                + "remove or repair it before fitting"
        case .nonPositiveValue(let index, let value):
            return "observation \(index) has value \(value), but an exponential curve can only fit "
                + "positive values; use a linear or logistic curve, or remove the non-positive values"
        case .noConvergence(let curve, let iterations):
            return "the \(curve) fit did not settle within \(iterations) iterations; "
                + "the curve may not suit these data, or the iteration limit is too low"
        case .singularJacobian(let curve):
            return "the data do not determine all the parameters of a \(curve) curve "
                + "(for example, constant data say nothing about a logistic curve's growth rate or midpoint); "
                + "use more varied data or a simpler curve"
        case .modelOverflow(let curve):
            return "the \(curve) curve overflows at the starting values estimated from these data; "
                + "check the units of time and value"
        case .linearAlgebra(let error):
            return "the \(error.routine) step of the fit failed: \(error)"
        }
    }
}
