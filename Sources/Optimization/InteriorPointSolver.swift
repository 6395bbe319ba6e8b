import LinearAlgebra

private typealias Vec = InteriorPointVector

/// A primal–dual interior-point LP solver (Mehrotra predictor–corrector) on the normal equations.
///
/// The program is presolved (`PresolvedProgram`), rewritten in the standard form
/// min cᵀx, Ax = b, 0 ≤ x ≤ u (`StandardForm`), scaled (geometric row and column scaling by
/// powers of two, `StandardForm.geometricScaling`) and solved by an infeasible-start primal–dual
/// method. Each iteration forms A Θ Aᵀ and factors it once by Cholesky, sparsely (minimum-degree
/// ordering) when its factor is sparse and by LAPACK dpotrf otherwise, with the regularisation
/// fallback described in `NormalEquations`, for the predictor, the corrector and up to two of
/// Gondzio's centrality correctors (`CentralityCorrectors`). Should the scaled program end in
/// numerical trouble, the unscaled one is solved with the iterations left. Suited to a few
/// thousand rows; a dense factor costs O(m³) per iteration.
///
/// Stopping, on the scaled standard form (2-norms):
/// - optimal when ‖b − Ax‖ / (1 + ‖b‖) (bound residual u − x − w included, with ‖u‖ of the
///   finite bounds added to the denominator), ‖c − Aᵀy − z + v‖ / (1 + ‖c‖) and
///   |cᵀx − (bᵀy − uᵀv)| / (1 + |cᵀx|) are all at most `tolerance`;
/// - infeasible when the dual iterate y is a Farkas certificate of primal infeasibility, and
///   unbounded when the primal iterate's unbounded part is a ray of descent (exact tests, see
///   `InteriorPointCertificates`): an infeasible-start method's iterates grow along such
///   certificates, and the tests are checked each iteration, so detection takes the iterations
///   the growth needs (tens), but a status is only ever reported with its certificate in hand;
/// - numerical trouble when the step lengths collapse (both below 1e-8 for 5 iterations) or the
///   iterates exceed 1e14 · (1 + max(‖b‖∞, ‖c‖∞, ‖u‖∞)) without a certificate.
public struct InteriorPointSolver: Sendable {
    /// Relative tolerance on residuals and gap.
    public var tolerance: Double
    /// Iteration limit.
    public var maximumIterations: Int
    /// Whether to scale the standard form geometrically before solving (see the type's summary);
    /// false solves the unscaled program only, a fallback for a solve that failed scaled.
    public var usesScaling: Bool

    /// Creates a solver.
    public init(tolerance: Double = 1e-8, maximumIterations: Int = 200, usesScaling: Bool = true) {
        self.tolerance = tolerance
        self.maximumIterations = maximumIterations
        self.usesScaling = usesScaling
    }

    /// Solves `program`; never traps: linear-algebra failures, NaN data and a program whose arrays
    /// disagree with its matrix all become `.numericalTrouble`.
    /// - Complexity: O(iterations · (m³ + Σ_j nnz(a_j)²)) for m surviving rows.
    public func solve(_ program: LinearProgram) -> LPResult {
        guard PresolvedProgram.isWellFormed(program) else {
            let zeros = [Double](repeating: 0, count: max(program.matrix.columns, 0))
            return LPResult(
                status: .numericalTrouble, objective: .nan, primal: zeros,
                rowDuals: [Double](repeating: 0, count: max(program.matrix.rows, 0)), reducedCosts: zeros,
                iterations: 0, primalInfeasibility: .nan, dualInfeasibility: .nan, relativeGap: .nan)
        }
        let presolved = PresolvedProgram(program)
        if let decided = presolved.decided {
            return finish(program, presolved, form: nil, point: nil, status: decided, iterations: 0, measures: (0, 0, 0))
        }
        let form = StandardForm(presolved, matrix: program.matrix)
        if form.rows == 0 {
            return finish(program, presolved, form: nil, point: nil, status: .optimal, iterations: 0, measures: (0, 0, 0))
        }
        let scaling = usesScaling ? form.geometricScaling() : StandardFormScaling(rows: form.rows, columns: form.columns)
        var outcome = attempt(form, scaling: scaling, iterationLimit: max(0, maximumIterations))
        if outcome.status == .numericalTrouble && !scaling.isIdentity {
            // Scaling shortens most solves (38 → 17 iterations on the Dutch baseline plan) but can
            // also make one numerically harder; the unscaled program gets the iterations left.
            let used = outcome.iterations
            let retry = attempt(form, scaling: StandardFormScaling(rows: form.rows, columns: form.columns),
                                iterationLimit: max(0, maximumIterations - used))
            if retry.status != .numericalTrouble || outcome.point == nil {
                outcome = retry
                outcome.iterations += used
            }
        }
        return finish(
            program, presolved, form: outcome.point == nil ? nil : form, point: outcome.point, status: outcome.status,
            iterations: outcome.iterations, measures: outcome.measures)
    }

    /// One interior-point solve of `form` scaled by `scaling`: the iterate mapped back to the
    /// unscaled form (nil when no starting point could be factored), status, iterations used,
    /// and the stopping measures on the scaled program.
    private func attempt(_ form: StandardForm, scaling: StandardFormScaling, iterationLimit: Int)
        -> (point: InteriorPointIterate?, status: LPStatus, iterations: Int, measures: Measures) {
        let scaled = scaling.isIdentity ? form : form.scaled(by: scaling)
        var normal = NormalEquations(scaled)
        guard let start = try? InteriorPointIterate(start: scaled, normal: &normal) else {
            return (nil, .numericalTrouble, 0, (.nan, .nan, .nan))
        }
        let outcome = iterate(scaled, from: start, normal: &normal, iterationLimit: iterationLimit)
        return (outcome.point.unscaled(by: scaling), outcome.status, outcome.iterations, outcome.measures)
    }

    typealias Measures = (primal: Double, dual: Double, gap: Double)

    /// Runs Mehrotra's predictor–corrector from `start`; a LAPACK failure that survives every
    /// regularisation level ends the run with `.numericalTrouble` at the current iterate.
    private func iterate(_ form: StandardForm, from start: InteriorPointIterate, normal: inout NormalEquations, iterationLimit: Int) -> (point: InteriorPointIterate, status: LPStatus, iterations: Int, measures: Measures) {
        let n = form.columns
        let bounded = (0..<n).filter { form.upper[$0].isFinite }
        let normB = Vec.norm2(form.rhs)
        let normU = Vec.norm2(bounded.map { form.upper[$0] })
        let normC = Vec.norm2(form.cost)
        let normUInf = Vec.normInf(bounded.map { form.upper[$0] })
        let scaleInf = 1 + max(Vec.normInf(form.rhs), Vec.normInf(form.cost), normUInf)
        var point = start
        var stalls = 0
        var level = 0
        var measures: Measures = (.infinity, .infinity, .infinity)
        for iteration in 0...iterationLimit {
            // Residuals.
            let ax = form.multiply(point.x)
            let rb = (0..<form.rows).map { form.rhs[$0] - ax[$0] }
            let aty = form.multiplyTransposed(point.y)
            let rc = (0..<n).map { form.cost[$0] - aty[$0] - point.z[$0] + point.v[$0] }
            var ru = [Double](repeating: 0, count: n)
            for j in bounded { ru[j] = form.upper[j] - point.x[j] - point.w[j] }
            let primalObjective = Vec.dot(form.cost, point.x)
            let dualObjective = Vec.dot(form.rhs, point.y) - bounded.reduce(0) { $0 + form.upper[$1] * point.v[$1] }
            measures = (
                (Vec.norm2(rb + bounded.map { ru[$0] })) / (1 + normB + normU),
                Vec.norm2(rc) / (1 + normC),
                abs(primalObjective - dualObjective) / (1 + abs(primalObjective)))
            let allFinite = [measures.primal, measures.dual, measures.gap].allSatisfy(\.isFinite)
            if !allFinite { return (point, .numericalTrouble, iteration, measures) }
            if measures.primal <= tolerance && measures.dual <= tolerance && measures.gap <= tolerance {
                return (point, .optimal, iteration, measures)
            }
            if measures.primal > tolerance && InteriorPointCertificates.provesPrimalInfeasible(form, y: point.y, aty: aty) {
                return (point, .infeasible, iteration, measures)
            }
            if measures.dual > tolerance && InteriorPointCertificates.provesDualInfeasible(form, x: point.x, ax: ax) {
                return (point, .unbounded, iteration, measures)
            }
            let diverged = max(Vec.normInf(point.x), Vec.normInf(point.w), Vec.normInf(point.y), Vec.normInf(point.z), Vec.normInf(point.v)) > 1e14 * scaleInf
            if stalls >= 5 || diverged {
                return (point, .numericalTrouble, iteration, measures)
            }
            if iteration == iterationLimit { break }

            // Predictor (affine scaling) direction.
            do {
                try normal.factor(form, point, startLevel: level)
            } catch {
                return (point, .numericalTrouble, iteration, measures)
            }
            level = normal.level
            let complementarity = bounded.count + n
            var mu = 0.0
            for j in 0..<n { mu += point.x[j] * point.z[j] + point.w[j] * point.v[j] }
            mu /= Double(complementarity)
            let rxzAffine = (0..<n).map { -point.x[$0] * point.z[$0] }
            let rwvAffine = (0..<n).map { -point.w[$0] * point.v[$0] }
            guard let affine = try? normal.direction(form, point, rb: rb, rc: rc, ru: ru, rxz: rxzAffine, rwv: rwvAffine) else {
                return (point, .numericalTrouble, iteration, measures)
            }
            let (alphaPAffine, alphaDAffine) = stepLengths(form, point, affine)
            var muAffine = 0.0
            for j in 0..<n {
                muAffine += (point.x[j] + alphaPAffine * affine.dx[j]) * (point.z[j] + alphaDAffine * affine.dz[j])
                muAffine += (point.w[j] + alphaPAffine * affine.dw[j]) * (point.v[j] + alphaDAffine * affine.dv[j])
            }
            muAffine /= Double(complementarity)
            let ratio = muAffine / mu
            let sigma = min(1, max(0, ratio * ratio * ratio))

            // Corrector (centring plus second-order) direction.
            let rxz = (0..<n).map { sigma * mu - point.x[$0] * point.z[$0] - affine.dx[$0] * affine.dz[$0] }
            var rwv = [Double](repeating: 0, count: n)
            for j in bounded { rwv[j] = sigma * mu - point.w[j] * point.v[j] - affine.dw[j] * affine.dv[j] }
            guard let mehrotra = try? normal.direction(form, point, rb: rb, rc: rc, ru: ru, rxz: rxz, rwv: rwv) else {
                return (point, .numericalTrouble, iteration, measures)
            }
            let (mehrotraP, mehrotraD) = stepLengths(form, point, mehrotra)
            let (step, (maxP, maxD)) = CentralityCorrectors.improve(
                form, point, normal: normal, direction: mehrotra, rb: rb, steps: (mehrotraP, mehrotraD), target: sigma * mu,
                stepLengths: { stepLengths(form, point, $0) })
            let alphaP = min(1, 0.9995 * maxP)
            let alphaD = min(1, 0.9995 * maxD)
            stalls = alphaP < 1e-8 && alphaD < 1e-8 ? stalls + 1 : 0
            for j in 0..<n {
                point.x[j] += alphaP * step.dx[j]
                point.z[j] += alphaD * step.dz[j]
            }
            for j in bounded {
                point.w[j] += alphaP * step.dw[j]
                point.v[j] += alphaD * step.dv[j]
            }
            for i in 0..<form.rows { point.y[i] += alphaD * step.dy[i] }
        }
        return (point, .iterationLimit, iterationLimit, measures)
    }

    /// The largest steps keeping x, w (primal) and z, v (dual) nonnegative, capped at 1/0.9995 so
    /// that the damped step (× 0.9995) is at most a full Newton step.
    private func stepLengths(_ form: StandardForm, _ point: InteriorPointIterate, _ d: InteriorPointDirection) -> (Double, Double) {
        var primal = Double.infinity
        var dual = Double.infinity
        for j in 0..<form.columns {
            if d.dx[j] < 0 { primal = min(primal, -point.x[j] / d.dx[j]) }
            if d.dz[j] < 0 { dual = min(dual, -point.z[j] / d.dz[j]) }
            if form.upper[j].isFinite {
                if d.dw[j] < 0 { primal = min(primal, -point.w[j] / d.dw[j]) }
                if d.dv[j] < 0 { dual = min(dual, -point.v[j] / d.dv[j]) }
            }
        }
        return (min(primal, 1 / 0.9995), min(dual, 1 / 0.9995))
    }
}

/// Small dense-vector helpers, namespaced so they cannot clash with other files of the module.
enum InteriorPointVector {
    /// aᵀb.
    static func dot(_ a: [Double], _ b: [Double]) -> Double {
        var sum = 0.0
        for i in a.indices { sum += a[i] * b[i] }
        return sum
    }

    /// ‖a‖₂.
    static func norm2(_ a: [Double]) -> Double { dot(a, a).squareRoot() }

    /// ‖a‖∞ (0 for an empty vector).
    static func normInf(_ a: [Double]) -> Double { a.reduce(0) { max($0, abs($1)) } }
}
