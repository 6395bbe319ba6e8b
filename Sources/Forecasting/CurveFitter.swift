import Foundation
import LinearAlgebra

/// Fits growth curves to time series by nonlinear least squares (Levenberg–Marquardt).
public enum CurveFitter {
    /// The convergence tolerance for both the relative decrease of the RSS and the relative step.
    static let tolerance = 1e-10

    /// Fits a growth curve to observations (tᵢ, yᵢ) by minimizing Σ (yᵢ − f(tᵢ; θ))².
    ///
    /// Levenberg–Marquardt with Marquardt scaling: each step Δ solves, through `leastSquares`
    /// (LAPACK dgels, a QR factorization, so JᵀJ is never formed), the augmented system
    /// [J; √λ·D]·Δ = [−r; 0], where r = f(t; θ) − y, J = ∂f/∂θ and D = diag(‖J₁‖, …, ‖J_p‖) holds
    /// the largest column norms of J seen so far (so the damping is invariant to the parameters'
    /// units). λ starts at 10⁻³; it is divided by 10 after a step that lowers the RSS and
    /// multiplied by 10 after one that does not (which is then discarded).
    ///
    /// The iteration has converged when
    /// - an accepted step lowers the RSS by at most 10⁻¹⁰ of its value while λ ≤ 1 (so the step is
    ///   close to Gauss–Newton, not merely damped to nothing), or
    /// - a step is smaller than 10⁻¹⁰ relative to the parameters in the scaled norm (‖D·Δ‖ ≤ 10⁻¹⁰·‖D·θ‖), or
    /// - the RSS is exactly zero.
    ///
    /// Starting values come from the data (see `startingParameters(_:times:values:)`).
    /// Standard errors come from σ²·(JᵀJ)⁻¹ at the solution with σ² = RSS / (n − p); (JᵀJ)⁻¹ is
    /// computed from a Cholesky factorization (dpotrf) of JᵀJ with its columns scaled to unit
    /// diagonal, and the fit is refused as unidentifiable when that scaled matrix has a
    /// reciprocal condition number below about 10⁻¹².
    ///
    /// - Parameters:
    ///   - curve: The curve family.
    ///   - times: The observation times tᵢ, in years, in any order.
    ///   - values: The observed values yᵢ, in any unit.
    ///   - maximumIterations: The most Levenberg–Marquardt steps (accepted or rejected) to try.
    /// - Returns: The fit; every number in it is finite.
    /// - Throws: `CurveFitError`: `.mismatchedLengths`, `.tooFewObservations` (fewer than p + 1),
    ///   `.nonFiniteData`, `.nonPositiveValue` (exponential only), `.modelOverflow`,
    ///   `.noConvergence`, `.singularJacobian`, or `.linearAlgebra` for other LAPACK failures.
    /// - Complexity: O(n·p²) per iteration for n observations and p parameters.
    public static func fit(
        _ curve: GrowthCurve, times: [Double], values: [Double], maximumIterations: Int = 200
    ) throws(CurveFitError) -> CurveFit {
        guard times.count == values.count else {
            throw .mismatchedLengths(times: times.count, values: values.count)
        }
        let (n, p) = (times.count, curve.parameterCount)
        guard n >= p + 1 else { throw .tooFewObservations(curve: curve, count: n, required: p + 1) }
        if let index = times.indices.first(where: { !times[$0].isFinite || !values[$0].isFinite }) {
            throw .nonFiniteData(index: index, time: times[index], value: values[index])
        }

        let problem = Problem(curve: curve, times: times, values: values)
        var θ = try startingParameters(curve, times: times, values: values)
        var (residual, rss) = problem.residuals(θ)
        guard rss.isFinite else { throw .modelOverflow(curve: curve) }
        var jacobian = problem.jacobian(θ)
        var scale = [Double](repeating: 0, count: p)
        var λ = 1e-3
        var iterations = 0
        var converged = rss == 0

        while !converged {
            guard iterations < maximumIterations else {
                throw .noConvergence(curve: curve, iterations: iterations)
            }
            iterations += 1
            for j in 0..<p {
                scale[j] = max(scale[j], norm(jacobian.column(j)))
            }
            let d = scale.map { $0 > 0 ? $0 : 1 }
            let step = try problem.dampedStep(jacobian: jacobian, residual: residual, damping: λ, scale: d)
            let trial = zip(θ, step).map { $0 + $1 }
            let stepIsTiny = norm(zip(d, step).map { $0 * $1 }) <= tolerance * norm(zip(d, θ).map { $0 * $1 })
            let (trialResidual, trialRSS) = problem.residuals(trial)
            if trialRSS.isFinite && trialRSS <= rss {
                let decrease = rss - trialRSS
                converged = (decrease <= tolerance * rss && λ <= 1) || stepIsTiny || trialRSS == 0
                (θ, residual, rss) = (trial, trialResidual, trialRSS)
                jacobian = problem.jacobian(θ)
                λ = max(λ / 10, 1e-15)
            } else {
                converged = stepIsTiny
                λ *= 10
            }
        }
        return try problem.finish(θ, jacobian: jacobian, rss: rss, iterations: iterations)
    }
}

/// One fitting problem: the curve and the observations.
private struct Problem {
    let curve: GrowthCurve
    let times: [Double]
    let values: [Double]

    /// The residuals f(tᵢ; θ) − yᵢ and their sum of squares (NaN or ∞ if the curve overflows).
    func residuals(_ θ: [Double]) -> (residual: [Double], rss: Double) {
        let r = times.indices.map { curve.value(at: times[$0], parameters: θ) - values[$0] }
        return (r, r.reduce(0) { $0 + $1 * $1 })
    }

    /// The n×p Jacobian ∂f(tᵢ; θ)/∂θⱼ.
    func jacobian(_ θ: [Double]) -> Matrix {
        let p = curve.parameterCount
        var elements = [Double](repeating: 0, count: times.count * p)
        for (i, t) in times.enumerated() {
            for (j, g) in curve.gradient(at: t, parameters: θ).enumerated() {
                elements[j * times.count + i] = g
            }
        }
        return Matrix(rows: times.count, columns: p, elements: elements)
    }

    /// The Levenberg–Marquardt step: least-squares solution of [J; √λ·D]·Δ = [−r; 0] by dgels.
    func dampedStep(
        jacobian: Matrix, residual: [Double], damping λ: Double, scale d: [Double]
    ) throws(CurveFitError) -> [Double] {
        let (n, p) = (jacobian.rows, jacobian.columns)
        var elements = [Double](repeating: 0, count: (n + p) * p)
        for j in 0..<p {
            for i in 0..<n {
                elements[j * (n + p) + i] = jacobian[i, j]
            }
            elements[j * (n + p) + n + j] = λ.squareRoot() * d[j]
        }
        let rhs = residual.map { -$0 } + [Double](repeating: 0, count: p)
        do {
            return try leastSquares(Matrix(rows: n + p, columns: p, elements: elements), rhs)
        } catch {
            throw CurveFitter.fitError(error, curve: curve)
        }
    }

    /// The fit at the solution θ: σ², the covariance σ²·(JᵀJ)⁻¹ and the standard errors.
    func finish(
        _ θ: [Double], jacobian: Matrix, rss: Double, iterations: Int
    ) throws(CurveFitError) -> CurveFit {
        let (n, p) = (jacobian.rows, jacobian.columns)
        let normal = jacobian.transposed().multiplied(by: jacobian)
        let d = (0..<p).map { normal[$0, $0].squareRoot() }
        guard d.allSatisfy({ $0 > 0 && $0.isFinite }) else { throw .singularJacobian(curve: curve) }
        // Scale to unit diagonal so the conditioning test does not depend on the parameters' units.
        var scaled = Matrix(rows: p, columns: p)
        for i in 0..<p {
            for j in 0..<p {
                scaled[i, j] = normal[i, j] / (d[i] * d[j])
            }
        }
        let cholesky: CholeskyFactorization
        let inverse: Matrix
        do {
            cholesky = try CholeskyFactorization(scaled)
            inverse = try cholesky.solve(Matrix.identity(p))
        } catch {
            throw CurveFitter.fitError(error, curve: curve)
        }
        // A pivot ratio below 10⁻⁶ means a reciprocal condition number below about 10⁻¹².
        let pivots = (0..<p).map { cholesky.lower[$0, $0] }
        guard pivots.min()! >= 1e-6 * pivots.max()! else { throw .singularJacobian(curve: curve) }
        let σ2 = rss / Double(n - p)
        let covariance = (0..<p).map { i in (0..<p).map { j in σ2 * inverse[i, j] / (d[i] * d[j]) } }
        let standardErrors = (0..<p).map { covariance[$0][$0].squareRoot() }
        let numbers = θ + standardErrors + covariance.flatMap { $0 } + [rss, σ2]
        guard numbers.allSatisfy(\.isFinite) else { throw .singularJacobian(curve: curve) }
        return CurveFit(
            curve: curve, parameters: θ, standardErrors: standardErrors, covariance: covariance,
            residualSumOfSquares: rss, residualVariance: σ2, iterations: iterations, observations: n)
    }
}

/// The Euclidean norm.
private func norm(_ v: [Double]) -> Double {
    v.reduce(0) { $0 + $1 * $1 }.squareRoot()
}
