import LinearAlgebra

/// Gondzio's multiple centrality correctors (J. Gondzio, "Multiple centrality corrections in a
/// primal–dual method for linear programming", Computational Optimization and Applications 6,
/// 1996), applied after Mehrotra's predictor–corrector step.
///
/// Mehrotra's direction aims every complementarity product x_j·z_j (and w_j·v_j) at σμ but says
/// nothing about products that are far from it; when a few are, the step to the boundary is
/// short and the method can stall with the gap oscillating (seen on the nl-300m-liquid plan LP:
/// steps of 0.3–8 % for 170 iterations). A corrector asks for a longer step ᾱ = α + 0.2: it looks
/// at the products at that trial point, and only those outside [0.1·σμ, 10·σμ] are pulled back to
/// the box's edge (products above it by at most 10·σμ). The Newton system is linear, so the
/// correction is one more solve with the same factor and zero primal and dual residuals; it is
/// kept only when the step grows by at least 0.1 × 0.2 and the direction still meets A·dx = rb
/// (to twice the Mehrotra direction's error), and at most two are tried per iteration.
enum CentralityCorrectors {
    /// How much longer a step each corrector asks for.
    static let stepIncrease = 0.2
    /// The box around σμ that products are pulled into: [0.1·σμ, 10·σμ].
    static let lowerFactor = 0.1
    static let upperFactor = 10.0
    /// A corrector is kept when both steps together grow by at least this fraction of `stepIncrease`.
    static let acceptanceFraction = 0.1
    /// Correctors tried per iteration.
    static let maximumCount = 2

    /// Improves `direction` (with primal and dual steps to the boundary `steps`) by up to two
    /// centrality correctors towards target σμ = `target`; returns the direction and its steps.
    /// - Complexity: per corrector O(n) plus one solve with the iteration's factor.
    static func improve(
        _ form: StandardForm, _ point: InteriorPointIterate, normal: NormalEquations,
        direction: InteriorPointDirection, rb: [Double], steps: (primal: Double, dual: Double), target: Double,
        stepLengths: (InteriorPointDirection) -> (Double, Double)
    ) -> (direction: InteriorPointDirection, steps: (primal: Double, dual: Double)) {
        let n = form.columns
        let zeroRows = [Double](repeating: 0, count: form.rows)
        let zeroColumns = [Double](repeating: 0, count: n)
        var best = direction
        var bestSteps = steps
        // A correction should leave A·dx unchanged; with an ill-conditioned factor it need not, so
        // a candidate whose primal error ‖A·dx − rb‖ grows beyond twice the Mehrotra direction's is refused.
        let allowedError = 2 * primalError(form, best.dx, rb: rb) + 1e-14 * (1 + InteriorPointVector.norm2(rb))
        for _ in 0..<maximumCount {
            let trialP = min(1, min(1, 0.9995 * bestSteps.primal) + stepIncrease)
            let trialD = min(1, min(1, 0.9995 * bestSteps.dual) + stepIncrease)
            let low = lowerFactor * target, high = upperFactor * target
            func pull(_ product: Double) -> Double {
                if product < low { return low - product }
                if product > high { return max(high - product, -high) }
                return 0
            }
            var rxz = zeroColumns, rwv = zeroColumns
            for j in 0..<n {
                rxz[j] = pull((point.x[j] + trialP * best.dx[j]) * (point.z[j] + trialD * best.dz[j]))
                if form.upper[j].isFinite {
                    rwv[j] = pull((point.w[j] + trialP * best.dw[j]) * (point.v[j] + trialD * best.dv[j]))
                }
            }
            guard let correction = try? normal.direction(
                form, point, rb: zeroRows, rc: zeroColumns, ru: zeroColumns, rxz: rxz, rwv: rwv) else { break }
            var candidate = best
            for j in 0..<n {
                candidate.dx[j] += correction.dx[j]
                candidate.dz[j] += correction.dz[j]
                candidate.dw[j] += correction.dw[j]
                candidate.dv[j] += correction.dv[j]
            }
            for i in 0..<form.rows { candidate.dy[i] += correction.dy[i] }
            guard primalError(form, candidate.dx, rb: rb) <= allowedError else { break }
            let (primal, dual) = stepLengths(candidate)
            let gain = min(1, primal) + min(1, dual) - min(1, bestSteps.primal) - min(1, bestSteps.dual)
            guard gain >= acceptanceFraction * stepIncrease else { break }
            best = candidate
            bestSteps = (primal, dual)
        }
        return (best, bestSteps)
    }

    /// ‖A·dx − rb‖₂.
    static func primalError(_ form: StandardForm, _ dx: [Double], rb: [Double]) -> Double {
        var ax = form.multiply(dx)
        for i in ax.indices { ax[i] -= rb[i] }
        return InteriorPointVector.norm2(ax)
    }
}
