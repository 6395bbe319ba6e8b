import LinearAlgebra

/// The primal–dual iterate of  min cᵀx, Ax = b, x + w = u, x, w ≥ 0  and its dual
/// Aᵀy + z − v = c, z, v ≥ 0. For columns without an upper bound w and v stay 0.
struct InteriorPointIterate {
    var x: [Double]
    var w: [Double]
    var y: [Double]
    var z: [Double]
    var v: [Double]
}

/// A search direction, laid out like the iterate.
struct InteriorPointDirection {
    var dx: [Double]
    var dw: [Double]
    var dy: [Double]
    var dz: [Double]
    var dv: [Double]
}

/// The normal-equations matrix A Θ Aᵀ, factored once per iteration and used for both the
/// predictor and the corrector.
///
/// Rank-deficiency fallback: when the Cholesky factorization (LAPACK dpotrf) fails, as it does
/// for dependent rows or when Θ spans many orders of magnitude near the optimum, the factor is
/// retried on A Θ Aᵀ + δ·diag(A Θ Aᵀ) with δ = 1e-10, 1e-8, 1e-6, 1e-4 (levels 1…4). The
/// perturbation is relative to each row's own diagonal, so a row with a huge diagonal does not
/// swamp the others (a perturbation relative to the largest diagonal was tried and destroyed
/// convergence on lotfi, capri and bore3d). Strictly this is a dual (proximal-in-y)
/// regularisation, not a primal δI on Θ⁻¹: a constant primal term was also tried and made
/// etamacro stall. Each solve is then polished by iterative refinement against A Θ Aᵀ without δ,
/// which recovers the exact dual step outside the near-null directions; any remaining error only
/// perturbs the Newton step, because residuals are always measured on the unregularised program.
/// The solver keeps the last level that worked for later iterations; after level 4 fails it
/// reports `.numericalTrouble`.
struct NormalEquations {
    static let maximumLevel = 4
    /// Θ = (Z/X + V/W)⁻¹.
    let theta: [Double]
    let factor: CholeskyFactorization
    /// The regularisation level that factored (0 when none was needed).
    let level: Int
    /// The relative regularisation δ (0 at level 0).
    let delta: Double
    /// The lower triangle of A Θ Aᵀ without δ, kept for iterative refinement.
    private let lowerTriangle: [Double]

    /// Forms A Θ Aᵀ densely and factors it, starting at regularisation level `startLevel`.
    /// - Complexity: O(Σ_j nnz(a_j)² + m³/3 per level tried).
    init(_ form: StandardForm, _ point: InteriorPointIterate, startLevel: Int) throws(LAPACKError) {
        try self.init(form, inverseTheta: Self.inverseTheta(form, point), startLevel: startLevel)
    }

    /// Forms A Θ Aᵀ for a given Θ⁻¹ (all ones for the starting point's A Aᵀ).
    init(_ form: StandardForm, inverseTheta: [Double], startLevel: Int) throws(LAPACKError) {
        let m = form.rows
        let theta = inverseTheta.map { 1 / max($0, 1e-300) }
        var elements = [Double](repeating: 0, count: m * m)
        for j in 0..<form.columns {
            let range = form.columnStarts[j]..<form.columnStarts[j + 1]
            for p in range {
                let scaled = theta[j] * form.values[p]
                let row = form.rowIndices[p]
                for q in range where form.rowIndices[q] >= row {
                    // Lower triangle only: column `row`, row `rowIndices[q]`.
                    elements[row * m + form.rowIndices[q]] += scaled * form.values[q]
                }
            }
        }
        let diagonal = (0..<m).map { elements[$0 * m + $0] }
        let floor = 1e-300 * max(diagonal.max() ?? 1, 1)
        var level = startLevel
        while true {
            var delta = 0.0
            var regularised = elements
            if level > 0 {
                delta = 1e-10
                for _ in 1..<level { delta *= 100 }
                for i in 0..<m { regularised[i * m + i] += delta * max(diagonal[i], floor) }
            }
            do {
                factor = try CholeskyFactorization(Matrix(rows: m, columns: m, elements: regularised))
                self.theta = theta
                self.level = level
                self.delta = delta
                lowerTriangle = elements
                return
            } catch {
                level += 1
                if level > Self.maximumLevel { throw error }
            }
        }
    }

    /// Θ⁻¹_j = z_j/x_j + v_j/w_j, before regularisation.
    static func inverseTheta(_ form: StandardForm, _ point: InteriorPointIterate) -> [Double] {
        (0..<form.columns).map { j in
            var inverse = point.z[j] / point.x[j]
            if form.upper[j].isFinite { inverse += point.v[j] / point.w[j] }
            return inverse
        }
    }

    /// Solves A Θ Aᵀ dy = rhs. When δ > 0, iterative refinement against the matrix without δ
    /// (at most 10 sweeps, O(m²) each) removes most of the perturbation δ introduced, in the
    /// directions where A Θ Aᵀ is not singular.
    private func solveNormal(_ rhs: [Double]) throws(LAPACKError) -> [Double] {
        var dy = try factor.solve(rhs)
        guard delta > 0 else { return dy }
        let m = rhs.count
        let rhsNorm = InteriorPointVector.norm2(rhs)
        var previous = Double.infinity
        for _ in 0..<10 {
            var residual = rhs
            for column in 0..<m {
                residual[column] -= lowerTriangle[column * m + column] * dy[column]
                for row in (column + 1)..<m {
                    let value = lowerTriangle[column * m + row]
                    residual[row] -= value * dy[column]
                    residual[column] -= value * dy[row]
                }
            }
            let size = InteriorPointVector.norm2(residual)
            if size <= 1e-14 * rhsNorm || size >= 0.5 * previous { break }
            previous = size
            let correction = try factor.solve(residual)
            for i in 0..<m { dy[i] += correction[i] }
        }
        return dy
    }

    /// Solves the Newton system for right-hand sides
    /// rb = b − Ax, rc = c − Aᵀy − z + v, ru = u − x − w, rxz (for Z dx + X dz), rwv (for V dw + W dv).
    func direction(
        _ form: StandardForm, _ point: InteriorPointIterate,
        rb: [Double], rc: [Double], ru: [Double], rxz: [Double], rwv: [Double]
    ) throws(LAPACKError) -> InteriorPointDirection {
        let n = form.columns
        var r = [Double](repeating: 0, count: n)
        for j in 0..<n {
            r[j] = rc[j] - rxz[j] / point.x[j]
            if form.upper[j].isFinite { r[j] += (rwv[j] - point.v[j] * ru[j]) / point.w[j] }
        }
        var rhs = form.multiply((0..<n).map { theta[$0] * r[$0] })
        for i in 0..<form.rows { rhs[i] += rb[i] }
        let dy = try solveNormal(rhs)
        let aty = form.multiplyTransposed(dy)
        var result = InteriorPointDirection(
            dx: [Double](repeating: 0, count: n), dw: [Double](repeating: 0, count: n), dy: dy,
            dz: [Double](repeating: 0, count: n), dv: [Double](repeating: 0, count: n))
        for j in 0..<n {
            let dx = theta[j] * (aty[j] - r[j])
            result.dx[j] = dx
            result.dz[j] = (rxz[j] - point.z[j] * dx) / point.x[j]
            if form.upper[j].isFinite {
                result.dw[j] = ru[j] - dx
                result.dv[j] = (rwv[j] - point.v[j] * result.dw[j]) / point.w[j]
            }
        }
        return result
    }
}

extension InteriorPointIterate {
    /// Mehrotra's starting point: x̃ = Aᵀ(AAᵀ)⁻¹b, ỹ = (AAᵀ)⁻¹Ac, z̃ = c − Aᵀỹ, shifted positive
    /// and then balanced so that xᵀz is spread evenly. A bounded column's z̃ is split into its
    /// positive part (z) and negative part (v), and x is kept at most u/2 so that w = u − x > 0.
    init(start form: StandardForm) throws(LAPACKError) {
        let n = form.columns
        let normal = try NormalEquations(form, inverseTheta: [Double](repeating: 1, count: n), startLevel: 0)
        var x = form.multiplyTransposed(try normal.factor.solve(form.rhs))
        y = try normal.factor.solve(form.multiply(form.cost))
        let aty = form.multiplyTransposed(y)
        var z = (0..<n).map { form.cost[$0] - aty[$0] }
        var v = [Double](repeating: 0, count: n)
        for j in 0..<n where form.upper[j].isFinite {
            v[j] = max(-z[j], 0)
            z[j] = max(z[j], 0)
        }
        let shiftX = max(-1.5 * (x.min() ?? 0), 0)
        let shiftZ = max(-1.5 * (z.min() ?? 0), 0)
        x = x.map { $0 + shiftX }
        z = z.map { $0 + shiftZ }
        for j in 0..<n where form.upper[j].isFinite { v[j] += shiftZ }
        var w = [Double](repeating: 0, count: n)
        for j in 0..<n where form.upper[j].isFinite {
            x[j] = min(x[j], 0.5 * form.upper[j])
            w[j] = form.upper[j] - x[j]
        }
        var product = 0.0
        for j in 0..<n { product += x[j] * z[j] + w[j] * v[j] }
        let sumX = x.reduce(0, +) + w.reduce(0, +)
        let sumZ = z.reduce(0, +) + v.reduce(0, +)
        let balanceX = sumZ > 0 ? 0.5 * product / sumZ : 0
        let balanceZ = sumX > 0 ? 0.5 * product / sumX : 0
        for j in 0..<n {
            x[j] = max(x[j] + balanceX, 1e-2)
            z[j] = max(z[j] + balanceZ, 1e-2)
            if form.upper[j].isFinite {
                x[j] = min(x[j], 0.5 * form.upper[j])
                w[j] = max(form.upper[j] - x[j], 1e-2 * form.upper[j])
                v[j] = max(v[j] + balanceZ, 1e-2)
            }
        }
        self.x = x
        self.w = w
        self.z = z
        self.v = v
    }
}
