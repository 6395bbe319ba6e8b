@testable import LinearAlgebra
import Testing

@Suite("LAPACKError")
struct LAPACKErrorTests {
    @Test(
        "every error explains itself in plain words and names the routine",
        arguments: [
            (LAPACKError.singularMatrix(routine: "dgesv", pivot: 3),
             "the matrix is singular: LAPACK dgesv found a zero pivot at row 3"),
            (.notPositiveDefinite(routine: "dpotrf", minorOrder: 2),
             "the matrix is not positive definite: LAPACK dpotrf found that its leading 2×2 block is not positive definite"),
            (.rankDeficient(routine: "dgels"),
             "the matrix does not have full rank: LAPACK dgels found a zero on the diagonal of its triangular factor, so there is no unique solution"),
            (.noConvergence(routine: "dsyevd", count: 4),
             "the eigenvalue computation did not converge: LAPACK dsyevd gave up (info = 4)"),
            (.illegalArgument(routine: "dgesv", position: 3),
             "LAPACK dgesv rejected its argument number 3 as invalid (a bug in the LinearAlgebra library)"),
            (.dimensionMismatch(routine: "dgesv", expected: "a square matrix", found: "a 2×3 matrix"),
             "the matrix shapes do not fit together for LAPACK dgesv: expected a square matrix, found a 2×3 matrix"),
            (.sizeTooLarge(routine: "dgesv", size: 3_000_000_000),
             "the size 3000000000 is too large for LAPACK dgesv, which counts with 32-bit integers (at most 2147483647)"),
            (.nonFiniteInput(routine: "dgels"), "the input to LAPACK dgels contains NaN or infinity"),
        ])
    func descriptions(error: LAPACKError, message: String) {
        #expect(error.description == message)
        #expect(message.contains(error.routine))
    }

    @Test("sizes are converted to 32-bit integers exactly or rejected")
    func sizeConversion() throws {
        #expect(try lapackInt(300, routine: "dgesv") == 300)
        #expect(try lapackInt(Int(Int32.max), routine: "dgesv") == Int32.max)
        #expect(throws: LAPACKError.sizeTooLarge(routine: "dgesv", size: Int(Int32.max) + 1)) {
            try lapackInt(Int(Int32.max) + 1, routine: "dgesv")
        }
    }

    @Test("a negative info from LAPACKE becomes illegalArgument")
    func illegalArgument() {
        // LAPACKE numbers its arguments from matrix_layout, so nrhs is argument 3.
        // LAPACK's xerbla also prints "On entry to DGESV parameter number 2 ..."; that line is expected.
        var a: [Double] = [1, 0, 0, 1]
        var b: [Double] = [1, 1]
        #expect(throws: LAPACKError.illegalArgument(routine: "dgesv", position: 3)) {
            try lapack_dgesv(n: 2, nrhs: -1, a: &a, b: &b)
        }
    }
}
