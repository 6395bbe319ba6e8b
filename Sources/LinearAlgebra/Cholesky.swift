/// The Cholesky factorization A = L·Lᵀ of a symmetric positive definite matrix.
///
/// Factor once, then call `solve(_:)` for as many right-hand sides as needed;
/// each solve costs only O(n²) per right-hand side.
///
/// Only the lower triangle of A (including the diagonal) is read; the strict
/// upper triangle is ignored, as LAPACK does, and is assumed to mirror it.
public struct CholeskyFactorization: Sendable, Equatable {
    /// The lower-triangular factor L, with zeros above the diagonal.
    public let lower: Matrix

    /// The order n of the factored n×n matrix.
    public var dimension: Int { lower.rows }

    /// Factors a symmetric positive definite matrix.
    ///
    /// - Parameter a: The n×n symmetric positive definite matrix A; only its
    ///   lower triangle is used.
    /// - Throws: `LAPACKError.dimensionMismatch` if A is not square;
    ///   `.nonFiniteInput` if A contains NaN or infinity;
    ///   `.notPositiveDefinite` if A is not (numerically) positive definite.
    /// - Complexity: O(n³).
    ///
    /// The corresponding LAPACK routine is dpotrf.
    public init(_ a: Matrix) throws(LAPACKError) {
        let routine = "dpotrf"
        try requireSquare(a, routine: routine)
        try requireFiniteInput(a, routine: routine)
        let n = a.rows
        var factor = a.elements
        if n > 0 {
            let info = try lapack_dpotrf(n: n, a: &factor)
            if info > 0 {
                throw .notPositiveDefinite(routine: routine, minorOrder: Int(info))
            }
        }
        // dpotrf leaves A's strict upper triangle in place; clear it so `lower` is L.
        for column in 0..<n {
            for row in 0..<column {
                factor[column * n + row] = 0
            }
        }
        try requireFiniteResult(factor, routine: routine)
        lower = Matrix(rows: n, columns: n, elements: factor)
    }

    /// Solves A·X = B using the stored factorization.
    ///
    /// - Parameter b: The n×k right-hand sides B, one per column.
    /// - Returns: The n×k solution X.
    /// - Throws: `LAPACKError.dimensionMismatch` if B does not have n rows;
    ///   `.nonFiniteInput` if B contains NaN or infinity;
    ///   `.nonFiniteResult` if the solution overflows.
    /// - Complexity: O(n²k).
    ///
    /// The corresponding LAPACK routine is dpotrs.
    public func solve(_ b: Matrix) throws(LAPACKError) -> Matrix {
        let routine = "dpotrs"
        try requireRows(b, dimension, routine: routine)
        try requireFiniteInput(b, routine: routine)
        guard dimension > 0, b.columns > 0 else { return Matrix(rows: dimension, columns: b.columns) }

        var solution = b.elements
        _ = try lapack_dpotrs(n: dimension, nrhs: b.columns, factor: lower.elements, b: &solution)
        try requireFiniteResult(solution, routine: routine)
        return Matrix(rows: dimension, columns: b.columns, elements: solution)
    }

    /// Solves A·x = b using the stored factorization.
    ///
    /// - Parameter b: The right-hand side, of length n.
    /// - Returns: The solution x, of length n.
    /// - Throws: The same errors as `solve(_:)` for a matrix right-hand side.
    /// - Complexity: O(n²).
    ///
    /// The corresponding LAPACK routine is dpotrs.
    public func solve(_ b: [Double]) throws(LAPACKError) -> [Double] {
        try solve(Matrix(columnVector: b)).elements
    }
}
