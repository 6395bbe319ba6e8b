import LinearAlgebra
import TestSupport
import Testing

@Suite("solve (LU, dgesv)")
struct LUSolveTests {
    let a = Matrix(rowMajor: [[2, 1, -1], [-3, -1, 2], [-2, 1, 2]])

    @Test("a 3×3 system has its integer solution (2, 3, -1) to 1e-14")
    func integerSolution() throws {
        let x = try solve(a, [8, -11, -3])
        #expect(isClose(x, [2, 3, -1], relative: 1e-14, absolute: 1e-14))
    }

    @Test("each column of a matrix right-hand side is solved separately, to 1e-14")
    func multipleRightHandSides() throws {
        let b = Matrix(rowMajor: [[8, 2], [-11, -3], [-3, -2]])
        let x = try solve(a, b)
        #expect(x.rows == 3 && x.columns == 2)
        #expect(isClose(x.column(0), [2, 3, -1], relative: 1e-14, absolute: 1e-14))
        #expect(isClose(x.column(1), [1, 0, 0], relative: 1e-14, absolute: 1e-14))
    }

    @Test("the inputs are not modified")
    func inputsUntouched() throws {
        let copy = a
        _ = try solve(a, [8, -11, -3])
        #expect(a == copy)
    }

    @Test("a 300×300 diagonally dominant system has relative residual ≤ 1e-14")
    func randomLargeSystem() throws {
        var rng = SeededGenerator(seed: 300)
        let big = rng.diagonallyDominant(300)
        let b = rng.vector(300)
        let x = try solve(big, b)
        #expect(relativeResidual(big, x, b) <= 1e-14)
    }

    @Test("an empty system has an empty solution")
    func emptySystem() throws {
        #expect(try solve(Matrix(rows: 0, columns: 0), [Double]()) == [])
    }

    @Test(
        "a singular matrix reports the first exactly-zero pivot",
        arguments: [
            ([[1, 2, 3], [2, 4, 6], [1, 0, 1]], 3),
            ([[1, 2], [2, 4]], 2),
            ([[0, 0], [0, 1]], 1),
            ([[0]], 1),
        ] as [([[Double]], Int)])
    func singular(rows: [[Double]], pivot: Int) {
        let m = Matrix(rowMajor: rows)
        #expect(throws: LAPACKError.singularMatrix(routine: "dgesv", pivot: pivot)) {
            try solve(m, [Double](repeating: 1, count: m.rows))
        }
    }

    @Test("the singular-matrix message names the routine and the row")
    func singularMessage() {
        let error = #expect(throws: LAPACKError.self) {
            try solve(Matrix(rowMajor: [[1, 2, 3], [2, 4, 6], [1, 0, 1]]), [1, 2, 3])
        }
        #expect(error?.description == "the matrix is singular: LAPACK dgesv found a zero pivot at row 3")
    }

    @Test("a non-square matrix is a dimension mismatch")
    func nonSquare() {
        #expect(
            throws: LAPACKError.dimensionMismatch(
                routine: "dgesv", expected: "a square matrix", found: "a 2×3 matrix")
        ) {
            try solve(Matrix(rows: 2, columns: 3), [1, 2])
        }
    }

    @Test("a right-hand side of the wrong length is a dimension mismatch")
    func wrongRightHandSide() {
        let error = #expect(throws: LAPACKError.self) { try solve(a, [1, 2]) }
        guard case .dimensionMismatch(let routine, _, let found)? = error else {
            Issue.record("expected dimensionMismatch, got \(String(describing: error))")
            return
        }
        #expect(routine == "dgesv")
        #expect(found == "one with 2 rows")
    }

    @Test("NaN or infinity in A or b is rejected before calling LAPACK")
    func nonFinite() {
        var bad = a
        bad[1, 1] = .nan
        #expect(throws: LAPACKError.nonFiniteInput(routine: "dgesv")) { try solve(bad, [1, 2, 3]) }
        #expect(throws: LAPACKError.nonFiniteInput(routine: "dgesv")) { try solve(a, [1, .infinity, 3]) }
    }

    @Test("a solution that overflows is reported, not returned")
    func overflow() {
        let tiny = Matrix(rowMajor: [[1e-300, 0], [0, 1]])
        #expect(throws: LAPACKError.nonFiniteResult(routine: "dgesv")) { try solve(tiny, [1e300, 1]) }
    }
}
