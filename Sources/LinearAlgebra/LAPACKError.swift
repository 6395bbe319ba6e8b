/// A failure reported by, or detected before calling, a LAPACK routine.
///
/// Every case carries the name of the LAPACK routine involved (for example
/// `"dgesv"`), and `description` explains the problem in plain words.
/// Row, pivot and argument numbers are 1-based, exactly as LAPACK reports them.
public enum LAPACKError: Error, Equatable, Sendable, CustomStringConvertible {
    /// LU factorization found an exactly zero pivot: `U(pivot, pivot) == 0`,
    /// so the matrix is singular and the system has no unique solution
    /// (LAPACK `info > 0` from dgesv).
    case singularMatrix(routine: String, pivot: Int)
    /// Cholesky factorization found that the leading minor of order
    /// `minorOrder` is not positive, so the matrix is not positive definite
    /// (LAPACK `info > 0` from dpotrf).
    case notPositiveDefinite(routine: String, minorOrder: Int)
    /// A diagonal element of the triangular factor is exactly zero, so the
    /// matrix does not have full rank (LAPACK `info > 0` from dgels).
    case rankDeficient(routine: String)
    /// The eigenvalue algorithm failed to converge; `count` is LAPACK's
    /// positive `info` value (LAPACK `info > 0` from dsyevd).
    case noConvergence(routine: String, count: Int)
    /// LAPACK rejected its argument number `position` (LAPACK `info < 0`),
    /// counted in the LAPACKE function's argument list, where `matrix_layout`
    /// is argument 1. This indicates a bug in this library, not in the caller's data.
    case illegalArgument(routine: String, position: Int)
    /// The shapes of the arguments do not fit together; detected in Swift
    /// before calling LAPACK. `expected` and `found` describe the shapes.
    case dimensionMismatch(routine: String, expected: String, found: String)
    /// A size does not fit in LAPACK's 32-bit integer type.
    case sizeTooLarge(routine: String, size: Int)
    /// An input contains NaN or an infinity; detected in Swift before calling LAPACK.
    case nonFiniteInput(routine: String)
    /// The routine succeeded on finite input but produced NaN or an infinity,
    /// which happens when the problem is so badly conditioned that the
    /// result overflows.
    case nonFiniteResult(routine: String)
    /// LAPACKE could not allocate its work or transposition memory.
    case outOfMemory(routine: String)

    /// The LAPACK routine involved, such as `"dgesv"`.
    public var routine: String {
        switch self {
        case .singularMatrix(let routine, _), .notPositiveDefinite(let routine, _),
            .rankDeficient(let routine), .noConvergence(let routine, _),
            .illegalArgument(let routine, _), .dimensionMismatch(let routine, _, _),
            .sizeTooLarge(let routine, _), .nonFiniteInput(let routine),
            .nonFiniteResult(let routine), .outOfMemory(let routine):
            return routine
        }
    }

    /// A plain-language explanation of the failure.
    public var description: String {
        switch self {
        case .singularMatrix(let routine, let pivot):
            return "the matrix is singular: LAPACK \(routine) found a zero pivot at row \(pivot)"
        case .notPositiveDefinite(let routine, let order):
            return "the matrix is not positive definite: LAPACK \(routine) found that "
                + "its leading \(order)×\(order) block is not positive definite"
        case .rankDeficient(let routine):
            return "the matrix does not have full rank: LAPACK \(routine) found a zero "
                + "on the diagonal of its triangular factor, so there is no unique solution"
        case .noConvergence(let routine, let count):
            return "the eigenvalue computation did not converge: LAPACK \(routine) "
                + "gave up (info = \(count))"
        case .illegalArgument(let routine, let position):
            return "LAPACK \(routine) rejected its argument number \(position) as invalid "
                + "(a bug in the LinearAlgebra library)"
        case .dimensionMismatch(let routine, let expected, let found):
            return "the matrix shapes do not fit together for LAPACK \(routine): "
                + "expected \(expected), found \(found)"
        case .sizeTooLarge(let routine, let size):
            return "the size \(size) is too large for LAPACK \(routine), "
                + "which counts with 32-bit integers (at most \(Int32.max))"
        case .nonFiniteInput(let routine):
            return "the input to LAPACK \(routine) contains NaN or infinity"
        case .nonFiniteResult(let routine):
            return "LAPACK \(routine) produced NaN or infinity from finite input; "
                + "the problem is too badly conditioned to solve accurately"
        case .outOfMemory(let routine):
            return "LAPACK \(routine) could not allocate working memory"
        }
    }
}
