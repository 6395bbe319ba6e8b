import LinearAlgebra

/// The normal-equations matrix A Θ Aᵀ, factored once per iteration and used for both the
/// predictor and the corrector.
///
/// **Sparse or dense.** Created once per LP, it works out A Θ Aᵀ's pattern and the fill of its
/// Cholesky factor under a minimum-degree ordering (`SparseCholeskyAnalysis`). When the sparse
/// factor's multiply-adds are well below the dense factor's m³/6, every iteration assembles the
/// matrix into that pattern and factors it sparsely; otherwise it is formed densely and factored
/// by LAPACK dpotrf. Planning LPs (a few hundred rows, ~12 % of A Θ Aᵀ non-zero) need 20–24×
/// fewer multiply-adds sparsely (0.60 M against 12.0 M on nl-baseline); dense random LPs stay on
/// LAPACK, whose blocked kernels win when there is little to skip.
///
/// **Rank-deficiency fallback.** When the factorization fails, as it does for dependent rows or
/// when Θ spans many orders of magnitude near the optimum, it is retried on
/// A Θ Aᵀ + δ·diag(A Θ Aᵀ) with δ = 1e-10, 1e-8, 1e-6, 1e-4 (levels 1…4). The perturbation is
/// relative to each row's own diagonal, so a row with a huge diagonal does not swamp the others
/// (a perturbation relative to the largest diagonal was tried and destroyed convergence on lotfi,
/// capri and bore3d). Strictly this is a dual (proximal-in-y) regularisation, not a primal δI on
/// Θ⁻¹: a constant primal term was also tried and made etamacro stall. Each solve is then
/// polished by iterative refinement against A Θ Aᵀ without δ, which recovers the exact dual step
/// outside the near-null directions; any remaining error only perturbs the Newton step, because
/// residuals are always measured on the unregularised program. The solver keeps the last level
/// that worked for later iterations; after level 4 fails it reports `.numericalTrouble`.
struct NormalEquations {
    static let maximumLevel = 4
    /// A sparse factor must need fewer than 1/`sparseAdvantage` of the dense multiply-adds.
    /// Measured on the nl-baseline plan matrix, the sparse factor runs 3.4× slower per
    /// multiply-add than dpotrf (0.16 ms for 0.60 M against 0.95 ms for 12.0 M); 8 leaves room
    /// for patterns with smaller supernodes, which run slower still.
    static let sparseAdvantage = 8.0

    /// How the matrix is stored and factored.
    private enum Method {
        case dense
        case sparse(NormalMatrixPattern)
    }

    private let method: Method
    /// Θ = (Z/X + V/W)⁻¹ of the last factorization.
    private(set) var theta: [Double] = []
    /// The regularisation level that factored (0 when none was needed).
    private(set) var level = 0
    /// The relative regularisation δ (0 at level 0).
    private(set) var delta = 0.0
    /// Dense method: the factor, and the lower triangle of A Θ Aᵀ without δ (column-major m×m).
    private var denseFactor: CholeskyFactorization?
    private var lowerTriangle: [Double] = []
    /// Sparse method: the factor, and the pattern's values of A Θ Aᵀ without and with δ.
    private var sparseFactor: SparseCholeskyFactorization?
    private var values: [Double] = []
    private var regularised: [Double] = []

    /// Whether the sparse method was chosen (for tests and diagnostics).
    var isSparse: Bool {
        if case .sparse = method { return true }
        return false
    }

    /// Chooses the method for the standard form's A: sparse when A Θ Aᵀ's Cholesky factor is
    /// sparse enough to pay, dense otherwise (including when even the pattern would cost more
    /// to work out than a dense matrix holds).
    init(_ form: StandardForm) {
        let m = form.rows
        let denseMultiplyAdds = Double(m) * Double(m) * Double(m) / 6
        guard NormalMatrixPattern.productCount(form) <= 2 * m * m else { method = .dense; return }
        let pattern = NormalMatrixPattern(form)
        guard Double(pattern.rowIndices.count) <= 0.4 * Double(m) * Double(m + 1) / 2,
              let analysis = try? SparseCholeskyAnalysis(
                dimension: m, columnStarts: pattern.columnStarts, rowIndices: pattern.rowIndices),
              analysis.factorMultiplyAdds * Self.sparseAdvantage < denseMultiplyAdds
        else { method = .dense; return }
        method = .sparse(pattern)
        sparseFactor = SparseCholeskyFactorization(analysis: analysis)
        values = [Double](repeating: 0, count: pattern.rowIndices.count)
        regularised = values
    }

    /// Θ⁻¹_j = z_j/x_j + v_j/w_j, before regularisation.
    static func inverseTheta(_ form: StandardForm, _ point: InteriorPointIterate) -> [Double] {
        (0..<form.columns).map { j in
            var inverse = point.z[j] / point.x[j]
            if form.upper[j].isFinite { inverse += point.v[j] / point.w[j] }
            return inverse
        }
    }

    /// Forms and factors A Θ Aᵀ at the iterate, starting at regularisation level `startLevel`.
    /// - Complexity: O(Σ_j nnz(a_j)²) to assemble, plus per level tried the sparse factor's
    ///   multiply-adds or m³/6 dense.
    mutating func factor(_ form: StandardForm, _ point: InteriorPointIterate, startLevel: Int) throws(LAPACKError) {
        try factor(form, inverseTheta: Self.inverseTheta(form, point), startLevel: startLevel)
    }

    /// Forms and factors A Θ Aᵀ for a given Θ⁻¹ (all ones for the starting point's A Aᵀ).
    mutating func factor(_ form: StandardForm, inverseTheta: [Double], startLevel: Int) throws(LAPACKError) {
        theta = inverseTheta.map { 1 / max($0, 1e-300) }
        switch method {
        case .dense: try factorDense(form, startLevel: startLevel)
        case .sparse(let pattern): try factorSparse(form, pattern, startLevel: startLevel)
        }
    }

    /// δ at `level`: 0, then 1e-10 × 100^(level − 1).
    private static func delta(at level: Int) -> Double {
        guard level > 0 else { return 0 }
        var delta = 1e-10
        for _ in 1..<level { delta *= 100 }
        return delta
    }

    private mutating func factorSparse(_ form: StandardForm, _ pattern: NormalMatrixPattern, startLevel: Int) throws(LAPACKError) {
        pattern.assemble(theta: theta, into: &values)
        var largest = 1.0
        for slot in pattern.diagonalSlots { largest = max(largest, values[slot]) }
        let floor = 1e-300 * largest
        var level = startLevel
        while true {
            let delta = Self.delta(at: level)
            for index in values.indices { regularised[index] = values[index] }
            if level > 0 {
                for slot in pattern.diagonalSlots { regularised[slot] += delta * max(values[slot], floor) }
            }
            do {
                try sparseFactor!.factor(values: regularised)
                self.level = level
                self.delta = delta
                return
            } catch {
                level += 1
                if level > Self.maximumLevel { throw error }
            }
        }
    }

    private mutating func factorDense(_ form: StandardForm, startLevel: Int) throws(LAPACKError) {
        let m = form.rows
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
            let delta = Self.delta(at: level)
            var matrix = elements
            if level > 0 {
                for i in 0..<m { matrix[i * m + i] += delta * max(diagonal[i], floor) }
            }
            do {
                denseFactor = try CholeskyFactorization(Matrix(rows: m, columns: m, elements: matrix))
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

    /// Solves (A Θ Aᵀ + δ·diag) dy = rhs with the factor alone.
    func solveUnrefined(_ rhs: [Double]) throws(LAPACKError) -> [Double] {
        switch method {
        case .dense:
            return try denseFactor!.solve(rhs)
        case .sparse:
            var solution = rhs
            try sparseFactor!.solve(&solution)
            return solution
        }
    }

    /// residual = rhs − A Θ Aᵀ·dy, without δ.
    private func residual(_ rhs: [Double], _ dy: [Double]) -> [Double] {
        switch method {
        case .sparse(let pattern):
            return pattern.residual(rhs, values: values, x: dy)
        case .dense:
            let m = rhs.count
            var residual = rhs
            for column in 0..<m {
                residual[column] -= lowerTriangle[column * m + column] * dy[column]
                for row in (column + 1)..<m {
                    let value = lowerTriangle[column * m + row]
                    residual[row] -= value * dy[column]
                    residual[column] -= value * dy[row]
                }
            }
            return residual
        }
    }

    /// Solves A Θ Aᵀ dy = rhs. When δ > 0, iterative refinement against the matrix without δ
    /// (at most 10 sweeps, one matrix product each) removes most of the perturbation δ
    /// introduced, in the directions where A Θ Aᵀ is not singular.
    func solve(_ rhs: [Double]) throws(LAPACKError) -> [Double] {
        var dy = try solveUnrefined(rhs)
        guard delta > 0 else { return dy }
        let rhsNorm = InteriorPointVector.norm2(rhs)
        var previous = Double.infinity
        for _ in 0..<10 {
            let residual = residual(rhs, dy)
            let size = InteriorPointVector.norm2(residual)
            if size <= 1e-14 * rhsNorm || size >= 0.5 * previous { break }
            previous = size
            let correction = try solveUnrefined(residual)
            for i in dy.indices { dy[i] += correction[i] }
        }
        return dy
    }
}
