import LinearAlgebra
import TestSupport
import Testing

@Suite("leastSquares (dgels)")
struct LeastSquaresTests {
    @Test("a line through (0,1) (1,2) (2,2) (3,4) has slope 0.9 and intercept 0.9, to 1e-14")
    func lineFit() throws {
        // Closed form: slope = Σ(x−x̄)(y−ȳ) / Σ(x−x̄)² = 4.5 / 5, intercept = ȳ − slope·x̄ = 2.25 − 1.35.
        let xs: [Double] = [0, 1, 2, 3]
        let ys: [Double] = [1, 2, 2, 4]
        let design = Matrix(rowMajor: xs.map { [1, $0] })
        let fit = try leastSquares(design, ys)
        #expect(isClose(fit, [0.9, 0.9], relative: 1e-14, absolute: 1e-14))
    }

    @Test(
        "an underdetermined system has its minimum-norm solution, to 1e-14",
        arguments: [
            ([[1, 1]], [2], [1, 1]),
            ([[1, 0, 1], [0, 1, 0]], [2, 3], [1, 3, 1]),
        ] as [([[Double]], [Double], [Double])])
    func minimumNorm(rows: [[Double]], b: [Double], expected: [Double]) throws {
        #expect(isClose(try leastSquares(Matrix(rowMajor: rows), b), expected, relative: 1e-14, absolute: 1e-14))
    }

    @Test("a square nonsingular system gives the exact solution, to 1e-14")
    func square() throws {
        let a = Matrix(rowMajor: [[2, 1, -1], [-3, -1, 2], [-2, 1, 2]])
        #expect(isClose(try leastSquares(a, [8, -11, -3]), [2, 3, -1], relative: 1e-14, absolute: 1e-14))
    }

    @Test("a random 400×300 problem satisfies the normal equations: ‖Aᵀ(Ax−b)‖∞ ≤ 1e-12·‖A‖∞(‖A‖∞‖x‖∞+‖b‖∞)")
    func randomOverdetermined() throws {
        var rng = SeededGenerator(seed: 400)
        let a = rng.matrix(rows: 400, columns: 300)
        let b = rng.matrix(rows: 400, columns: 2)
        let x = try leastSquares(a, b)
        #expect(x.rows == 300 && x.columns == 2)
        for j in 0..<2 {
            let residual = subtract(a * x.column(j), b.column(j))
            let gradient = a.transposed() * residual
            let scale = normInf(a) * (normInf(a) * normInf(x.column(j)) + normInf(b.column(j)))
            #expect(normInf(gradient) <= 1e-12 * scale)
        }
    }

    @Test("a random 200×300 problem is solved exactly with x = Aᵀ(AAᵀ)⁻¹b, to 1e-12")
    func randomUnderdetermined() throws {
        var rng = SeededGenerator(seed: 200)
        let a = rng.matrix(rows: 200, columns: 300)
        let b = rng.vector(200)
        let x = try leastSquares(a, b)
        #expect(x.count == 300)
        #expect(relativeResidual(a, x, b) <= 1e-14)
        let y = try CholeskyFactorization(a * a.transposed()).solve(b)
        #expect(isClose(x, a.transposed() * y, relative: 1e-12, absolute: 1e-12))
    }

    @Test(
        "a rank-deficient matrix is reported",
        arguments: [
            [[1, 0], [2, 0], [3, 0]],
            [[1, 2, 3], [0, 0, 0]],
        ] as [[[Double]]])
    func rankDeficient(rows: [[Double]]) {
        let a = Matrix(rowMajor: rows)
        #expect(throws: LAPACKError.rankDeficient(routine: "dgels")) {
            try leastSquares(a, [Double](repeating: 1, count: a.rows))
        }
    }

    @Test("a right-hand side of the wrong length is a dimension mismatch")
    func wrongRightHandSide() {
        #expect(
            throws: LAPACKError.dimensionMismatch(
                routine: "dgels", expected: "a right-hand side with 3 rows", found: "one with 2 rows")
        ) {
            try leastSquares(Matrix(rows: 3, columns: 2, repeating: 1), [1, 2])
        }
    }

    @Test("infinity in the matrix is rejected")
    func nonFinite() {
        let a = Matrix(rowMajor: [[1, 0], [0, -.infinity], [1, 1]])
        #expect(throws: LAPACKError.nonFiniteInput(routine: "dgels")) { try leastSquares(a, [1, 2, 3]) }
    }
}
