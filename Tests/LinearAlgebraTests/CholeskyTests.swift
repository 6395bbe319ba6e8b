import LinearAlgebra
import TestSupport
import Testing

@Suite("CholeskyFactorization (dpotrf, dpotrs)")
struct CholeskyTests {
    // [[4, 2], [2, 3]] = L·Lᵀ with L = [[2, 0], [1, √2]].
    let a = Matrix(rowMajor: [[4, 2], [2, 3]])

    @Test("a 2×2 matrix has the hand-computed factor [[2, 0], [1, √2]] to 1e-15")
    func handComputedFactor() throws {
        let cholesky = try CholeskyFactorization(a)
        #expect(cholesky.dimension == 2)
        #expect(isClose(cholesky.lower, Matrix(rowMajor: [[2, 0], [1, 2.0.squareRoot()]]), relative: 1e-15, absolute: 1e-15))
        #expect(cholesky.lower[0, 1] == 0, "the upper triangle of L is cleared")
    }

    @Test("one factorization solves several right-hand sides to 1e-14")
    func reuse() throws {
        let cholesky = try CholeskyFactorization(a)
        #expect(isClose(try cholesky.solve([6, 5]), [1, 1], relative: 1e-14, absolute: 1e-14))
        #expect(isClose(try cholesky.solve([4, 2]), [1, 0], relative: 1e-14, absolute: 1e-14))
        let x = try cholesky.solve(Matrix(rowMajor: [[6, 4], [5, 2]]))
        #expect(isClose(x, Matrix(rowMajor: [[1, 1], [1, 0]]), relative: 1e-14, absolute: 1e-14))
    }

    @Test("only the lower triangle is read")
    func upperTriangleIgnored() throws {
        let garbageAbove = Matrix(rowMajor: [[4, 99], [2, 3]])
        #expect(try CholeskyFactorization(garbageAbove) == CholeskyFactorization(a))
    }

    @Test("a 300×300 SPD system AᵀA + nI has relative residual ≤ 1e-14")
    func randomLargeSystem() throws {
        var rng = SeededGenerator(seed: 301)
        let spd = rng.symmetricPositiveDefinite(300)
        let cholesky = try CholeskyFactorization(spd)
        for _ in 0..<3 {
            let b = rng.vector(300)
            let x = try cholesky.solve(b)
            #expect(relativeResidual(spd, x, b) <= 1e-14)
        }
        let l = cholesky.lower
        #expect(maxAbs(subtract(l * l.transposed(), spd)) <= 1e-12 * maxAbs(spd))
    }

    @Test(
        "a matrix that is not positive definite reports the failing leading minor",
        arguments: [
            ([[1, 2], [2, 1]], 2),
            ([[-1, 0], [0, 1]], 1),
            ([[1, 0, 0], [0, 1, 0], [0, 0, 0]], 3),
        ] as [([[Double]], Int)])
    func notPositiveDefinite(rows: [[Double]], order: Int) {
        #expect(throws: LAPACKError.notPositiveDefinite(routine: "dpotrf", minorOrder: order)) {
            try CholeskyFactorization(Matrix(rowMajor: rows))
        }
    }

    @Test("shape errors are dimension mismatches")
    func shapes() throws {
        #expect(
            throws: LAPACKError.dimensionMismatch(
                routine: "dpotrf", expected: "a square matrix", found: "a 3×2 matrix")
        ) {
            try CholeskyFactorization(Matrix(rows: 3, columns: 2))
        }
        let cholesky = try CholeskyFactorization(a)
        #expect(
            throws: LAPACKError.dimensionMismatch(
                routine: "dpotrs", expected: "a right-hand side with 2 rows", found: "one with 3 rows")
        ) {
            try cholesky.solve([1, 2, 3])
        }
    }

    @Test("NaN in the matrix or right-hand side is rejected")
    func nonFinite() throws {
        var bad = a
        bad[1, 0] = .nan
        #expect(throws: LAPACKError.nonFiniteInput(routine: "dpotrf")) { try CholeskyFactorization(bad) }
        let cholesky = try CholeskyFactorization(a)
        #expect(throws: LAPACKError.nonFiniteInput(routine: "dpotrs")) { try cholesky.solve([.nan, 1]) }
    }
}
