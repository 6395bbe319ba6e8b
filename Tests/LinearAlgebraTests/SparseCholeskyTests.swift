import LinearAlgebra
import TestSupport
import Testing

/// A symmetric matrix's lower triangle in compressed-sparse-column form, as the sparse
/// Cholesky analysis takes it: the diagonal always, plus every nonzero below it.
struct LowerPattern {
    var dimension: Int
    var columnStarts: [Int]
    var rowIndices: [Int]
    var values: [Double]

    /// The lower triangle of `a`; with `reversed`, each column's rows are listed bottom-up
    /// (the analysis accepts any order within a column).
    init(_ a: Matrix, reversed: Bool = false) {
        dimension = a.rows
        columnStarts = [0]
        rowIndices = []
        values = []
        for column in 0..<a.columns {
            var rows = (column..<a.rows).filter { $0 == column || a[$0, column] != 0 }
            if reversed { rows.reverse() }
            rowIndices += rows
            values += rows.map { a[$0, column] }
            columnStarts.append(rowIndices.count)
        }
    }

    func analysis() throws -> SparseCholeskyAnalysis {
        try SparseCholeskyAnalysis(dimension: dimension, columnStarts: columnStarts, rowIndices: rowIndices)
    }

    func factorization() throws -> SparseCholeskyFactorization {
        var factorization = SparseCholeskyFactorization(analysis: try analysis())
        try factorization.factor(values: values)
        return factorization
    }
}

extension SeededGenerator {
    /// B·Bᵀ + n·I for an n×n B with about `perColumn` nonzeros in each column: sparse,
    /// symmetric positive definite, and well conditioned.
    mutating func sparseSymmetricPositiveDefinite(_ n: Int, perColumn: Int) -> Matrix {
        var b = Matrix(rows: n, columns: n)
        for column in 0..<n {
            for _ in 0..<perColumn { b[Int(next() % UInt64(n)), column] = nextSigned() }
        }
        var a = b * b.transposed()
        for i in 0..<n { a[i, i] += Double(n) }
        return a
    }
}

/// Solves with the sparse factor and returns x.
func sparseSolve(_ factorization: SparseCholeskyFactorization, _ b: [Double]) throws -> [Double] {
    var x = b
    try factorization.solve(&x)
    return x
}

@Suite("SparseCholeskyFactorization")
struct SparseCholeskyTests {
    // [[4, 2, 0], [2, 5, 3], [0, 3, 6.25]] = L·Lᵀ with L = [[2, 0, 0], [1, 2, 0], [0, 1.5, 2]].
    // Minimum degree keeps the natural order: degrees 1, 2, 1, ties to the smallest index.
    let tridiagonal = Matrix(rowMajor: [[4, 2, 0], [2, 5, 3], [0, 3, 6.25]])

    @Test("a 3×3 tridiagonal matrix has the hand-computed factor and solution")
    func handComputed() throws {
        let factorization = try LowerPattern(tridiagonal).factorization()
        #expect(factorization.analysis.permutation == [0, 1, 2])
        #expect(factorization.analysis.factorNonzeros == 5)
        #expect(factorization.analysis.factorMultiplyAdds == 2, "columns of 2, 2 and 1 nonzeros: 1 + 1 + 0")
        let expected = Matrix(rowMajor: [[2, 0, 0], [1, 2, 0], [0, 1.5, 2]])
        #expect(isClose(factorization.lowerFactor(), expected, relative: 1e-15, absolute: 1e-15))
        // x = (1, 1, 1) gives b = A·x = (6, 10, 9.25).
        #expect(isClose(try sparseSolve(factorization, [6, 10, 9.25]), [1, 1, 1], relative: 1e-15, absolute: 1e-15))
    }

    @Test("a 4×4 arrow matrix is reordered to eliminate its hub late, with no fill")
    func handComputedArrow() throws {
        // Index 0 (the hub) touches every other index; 1, 2, 3 touch only 0. Minimum degree
        // takes 1 and 2 (degree 1), then 0 and 3 tie at degree 1 and the smaller index goes first.
        let arrow = Matrix(rowMajor: [[11, 1, 2, 3], [1, 1, 0, 0], [2, 0, 4, 0], [3, 0, 0, 10]])
        let factorization = try LowerPattern(arrow).factorization()
        #expect(factorization.analysis.permutation == [1, 2, 0, 3])
        #expect(factorization.analysis.factorNonzeros == 7)
        // L of P·A·Pᵀ: pivots 1, 2, √(11 − 1 − 1) = 3, √(10 − 1) = 3.
        let expected = Matrix(rowMajor: [[1, 0, 0, 0], [0, 2, 0, 0], [1, 1, 3, 0], [0, 0, 1, 3]])
        #expect(isClose(factorization.lowerFactor(), expected, relative: 1e-15, absolute: 1e-15))
        #expect(isClose(try sparseSolve(factorization, [17, 2, 6, 13]), [1, 1, 1, 1], relative: 1e-14, absolute: 1e-14))
    }

    @Test("an arrow matrix of order 200 keeps 2n − 1 nonzeros in L and solves to 1e-14", arguments: [false, true])
    func arrow(reversedRows: Bool) throws {
        let n = 200
        var rng = SeededGenerator(seed: 17)
        var arrow = Matrix(rows: n, columns: n)
        arrow[0, 0] = Double(n)
        for i in 1..<n {
            arrow[i, i] = 2
            arrow[i, 0] = rng.nextSigned()
            arrow[0, i] = arrow[i, 0]
        }
        let factorization = try LowerPattern(arrow, reversed: reversedRows).factorization()
        #expect(factorization.analysis.factorNonzeros == 2 * n - 1)
        #expect(Array(factorization.analysis.permutation.suffix(2)) == [0, n - 1], "the hub waits until one neighbour is left")
        let b = rng.vector(n)
        #expect(relativeResidual(arrow, try sparseSolve(factorization, b), b) <= 1e-14)
    }

    @Test("banded matrices are factored with no fill", arguments: [1, 2, 5])
    func banded(halfBandwidth: Int) throws {
        let n = 120
        var rng = SeededGenerator(seed: 23)
        var band = Matrix(rows: n, columns: n)
        for column in 0..<n {
            band[column, column] = Double(4 * halfBandwidth)
            for row in column + 1..<min(n, column + halfBandwidth + 1) {
                band[row, column] = rng.nextSigned()
                band[column, row] = band[row, column]
            }
        }
        let pattern = LowerPattern(band)
        let factorization = try pattern.factorization()
        #expect(factorization.analysis.factorNonzeros == pattern.rowIndices.count, "nnz(L) = nnz(lower A)")
        let b = rng.vector(n)
        #expect(relativeResidual(band, try sparseSolve(factorization, b), b) <= 1e-14)
    }

    @Test(
        "random sparse SPD systems B·Bᵀ + nI solve to 1e-12 and agree with dense dpotrf",
        arguments: [(5, 1), (40, 2), (150, 2), (300, 3), (500, 2)])
    func randomSparse(order: Int, perColumn: Int) throws {
        var rng = SeededGenerator(seed: UInt64(1_000 + order))
        let a = rng.sparseSymmetricPositiveDefinite(order, perColumn: perColumn)
        let factorization = try LowerPattern(a).factorization()
        let dense = try CholeskyFactorization(a)
        #expect(factorization.analysis.factorNonzeros <= order * (order + 1) / 2)
        for _ in 0..<2 {
            let b = rng.vector(order)
            let x = try sparseSolve(factorization, b)
            #expect(relativeResidual(a, x, b) <= 1e-12)
            #expect(isClose(x, try dense.solve(b), relative: 1e-12, absolute: 1e-12))
        }
        // P·A·Pᵀ = L·Lᵀ entry by entry.
        let p = factorization.analysis.permutation
        let l = factorization.lowerFactor()
        let product = l * l.transposed()
        let worst = (0..<order).reduce(0.0) { worst, i in
            (0..<order).reduce(worst) { max($0, abs(product[i, $1] - a[p[i], p[$1]])) }
        }
        #expect(worst <= 1e-12 * maxAbs(a))
    }

    @Test("a full pattern costs n(n² − 1)/6 multiply-adds and n(n + 1)/2 nonzeros, like dpotrf")
    func densePattern() throws {
        var rng = SeededGenerator(seed: 5)
        let a = rng.symmetricPositiveDefinite(60)
        let factorization = try LowerPattern(a).factorization()
        #expect(factorization.analysis.factorNonzeros == 60 * 61 / 2)
        #expect(factorization.analysis.factorMultiplyAdds == Double(60 * (60 * 60 - 1) / 6))
        let b = rng.vector(60)
        #expect(isClose(try sparseSolve(factorization, b), try CholeskyFactorization(a).solve(b), relative: 1e-12, absolute: 1e-12))
    }

    @Test("refactoring with new values gives bit-for-bit the result of a fresh factorization")
    func refactorIsBitIdentical() throws {
        var rng = SeededGenerator(seed: 77)
        let first = LowerPattern(rng.sparseSymmetricPositiveDefinite(200, perColumn: 2))
        var second = first
        second.values = second.values.map { $0 * (1.5 + 0.5 * rng.nextSigned()) }
        second.values = zip(second.values, first.values).map { $0 + abs($1) }
        for d in try first.analysis().diagonalPositions { second.values[d] += 400 }

        var reused = try first.factorization()
        try reused.factor(values: second.values)
        let fresh = try second.factorization()
        #expect(try first.analysis().permutation == second.analysis().permutation, "the ordering depends on the pattern only")
        #expect(reused.lowerFactor() == fresh.lowerFactor())
        let b = rng.vector(200)
        #expect(try sparseSolve(reused, b) == sparseSolve(fresh, b))
    }

    @Test("diagonal positions point at each diagonal entry in the caller's order")
    func diagonalPositions() throws {
        let pattern = LowerPattern(tridiagonal, reversed: true)
        let positions = try pattern.analysis().diagonalPositions
        #expect(positions.map { pattern.rowIndices[$0] } == [0, 1, 2])
        #expect(positions.map { pattern.values[$0] } == [4, 5, 6.25])
    }

    @Test(
        "a matrix that is not positive definite reports the failing elimination step",
        arguments: [
            ([[1, 2], [2, 1]], 2),
            ([[-1, 0], [0, 1]], 1),
            ([[1, 0], [0, -1]], 2),
            ([[0]], 1),
        ] as [([[Double]], Int)])
    func notPositiveDefinite(rows: [[Double]], step: Int) throws {
        var factorization = SparseCholeskyFactorization(analysis: try LowerPattern(Matrix(rowMajor: rows)).analysis())
        #expect(throws: LAPACKError.notPositiveDefinite(routine: "sparse Cholesky", minorOrder: step)) {
            try factorization.factor(values: LowerPattern(Matrix(rowMajor: rows)).values)
        }
        #expect(!factorization.isFactored)
        var b = [Double](repeating: 1, count: rows.count)
        #expect(throws: LAPACKError.self) { try factorization.solve(&b) }
    }

    @Test("NaN or infinity in the values or the right-hand side is rejected", arguments: [Double.nan, .infinity])
    func nonFinite(bad: Double) throws {
        var pattern = LowerPattern(tridiagonal)
        var factorization = SparseCholeskyFactorization(analysis: try pattern.analysis())
        pattern.values[3] = bad
        #expect(throws: LAPACKError.nonFiniteInput(routine: "sparse Cholesky")) {
            try factorization.factor(values: pattern.values)
        }
        let good = try LowerPattern(tridiagonal).factorization()
        var b = [1, bad, 1]
        #expect(throws: LAPACKError.nonFiniteInput(routine: "sparse Cholesky solve")) { try good.solve(&b) }
    }

    @Test("wrong lengths of values or right-hand side, and solving before factoring, are rejected")
    func lengths() throws {
        var factorization = SparseCholeskyFactorization(analysis: try LowerPattern(tridiagonal).analysis())
        var b: [Double] = [1, 2, 3]
        #expect(
            throws: LAPACKError.dimensionMismatch(
                routine: "sparse Cholesky solve", expected: "a successful factor(values:) before solving",
                found: "no valid factorization")
        ) { try factorization.solve(&b) }
        #expect(
            throws: LAPACKError.dimensionMismatch(
                routine: "sparse Cholesky", expected: "5 values, one per pattern entry", found: "4")
        ) { try factorization.factor(values: [1, 2, 3, 4]) }
        try factorization.factor(values: LowerPattern(tridiagonal).values)
        var short: [Double] = [1, 2]
        #expect(
            throws: LAPACKError.dimensionMismatch(
                routine: "sparse Cholesky solve", expected: "a right-hand side of length 3", found: "one of length 2")
        ) { try factorization.solve(&short) }
    }

    @Test(
        "an invalid pattern is rejected with what was expected and what was found",
        arguments: [
            (2, [0, 1, 2], [1, 1], "a diagonal entry in every column", "none in column 0"),
            (2, [0, 2, 3], [0, 2, 1], "row indices in 0..<2", "row 2 in column 0"),
            (2, [0, 1, 3], [0, 0, 1], "only the lower triangle (row ≥ column)", "an entry above the diagonal at row 0, column 1"),
            (2, [0, 2, 3], [0, 0, 1], "each entry at most once", "row 0 twice in column 0"),
            (2, [0, 1], [0], "3 column starts for dimension 2", "2"),
            (-1, [0], [], "a dimension of 0 or more", "-1"),
            (2, [1, 1, 2], [0, 1], "column starts beginning at 0", "1"),
            (2, [0, 1, 3], [0, 1], "column starts ending at the number of row indices, 2", "3"),
            (3, [0, 2, 1, 3], [0, 1, 2], "nondecreasing column starts", "column 1 starting at 2 and ending at 1"),
        ] as [(Int, [Int], [Int], String, String)])
    func invalidPattern(dimension: Int, columnStarts: [Int], rowIndices: [Int], expected: String, found: String) {
        #expect(
            throws: LAPACKError.dimensionMismatch(routine: "sparse Cholesky analysis", expected: expected, found: found)
        ) {
            try SparseCholeskyAnalysis(dimension: dimension, columnStarts: columnStarts, rowIndices: rowIndices)
        }
    }

    @Test("order 0 and order 1 work")
    func tinyOrders() throws {
        var empty = SparseCholeskyFactorization(
            analysis: try SparseCholeskyAnalysis(dimension: 0, columnStarts: [0], rowIndices: []))
        try empty.factor(values: [])
        var nothing: [Double] = []
        try empty.solve(&nothing)
        #expect(nothing.isEmpty && empty.analysis.factorNonzeros == 0 && empty.analysis.factorMultiplyAdds == 0)

        var one = SparseCholeskyFactorization(
            analysis: try SparseCholeskyAnalysis(dimension: 1, columnStarts: [0, 1], rowIndices: [0]))
        try one.factor(values: [4])
        var b: [Double] = [8]
        try one.solve(&b)
        #expect(b == [2])
        #expect(one.analysis.permutation == [0] && one.analysis.factorNonzeros == 1)
    }
}
