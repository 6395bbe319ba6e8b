/// Computes all eigenvalues and eigenvectors of a real symmetric matrix.
///
/// Only the lower triangle of A (including the diagonal) is read; the strict
/// upper triangle is ignored, as LAPACK does, and is assumed to mirror it.
///
/// - Parameter a: The n×n symmetric matrix A.
/// - Returns: `values`, the n eigenvalues in ascending order, and `vectors`,
///   an n×n matrix whose column i is a unit eigenvector for `values[i]`.
///   The columns are orthonormal, so A = V·diag(values)·Vᵀ. Each
///   eigenvector is determined only up to sign (and, for repeated
///   eigenvalues, up to a rotation within their eigenspace).
/// - Throws: `LAPACKError.dimensionMismatch` if A is not square;
///   `.nonFiniteInput` if A contains NaN or infinity;
///   `.noConvergence` if the algorithm fails to converge.
/// - Complexity: O(n³).
///
/// The corresponding LAPACK routine is dsyevd (divide and conquer).
public func symmetricEigen(_ a: Matrix) throws(LAPACKError) -> (values: [Double], vectors: Matrix) {
    let routine = "dsyevd"
    try requireSquare(a, routine: routine)
    try requireFiniteInput(a, routine: routine)
    let n = a.rows
    guard n > 0 else { return ([], Matrix(rows: 0, columns: 0)) }

    var vectors = a.elements
    var values = [Double](repeating: 0, count: n)
    let info = try lapack_dsyevd(n: n, a: &vectors, values: &values)
    if info > 0 {
        throw .noConvergence(routine: routine, count: Int(info))
    }
    try requireFiniteResult(values, routine: routine)
    try requireFiniteResult(vectors, routine: routine)
    return (values, Matrix(rows: n, columns: n, elements: vectors))
}
