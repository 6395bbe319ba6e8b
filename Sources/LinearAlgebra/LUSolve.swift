/// Solves the square linear system A·X = B by LU factorization with partial pivoting.
///
/// - Parameters:
///   - a: The n×n coefficient matrix A.
///   - b: The n×k right-hand sides B, one per column.
/// - Returns: The n×k solution X.
/// - Throws: `LAPACKError.dimensionMismatch` if A is not square or B does not
///   have n rows; `.nonFiniteInput` if A or B contains NaN or infinity;
///   `.singularMatrix` if the factorization meets an exactly zero pivot;
///   `.nonFiniteResult` if the solution overflows (A is nearly singular).
///   A nearly singular A that does not overflow is not detected.
/// - Complexity: O(n³ + n²k).
///
/// The corresponding LAPACK routine is dgesv.
public func solve(_ a: Matrix, _ b: Matrix) throws(LAPACKError) -> Matrix {
    let routine = "dgesv"
    try requireSquare(a, routine: routine)
    try requireRows(b, a.rows, routine: routine)
    try requireFiniteInput(a, b, routine: routine)
    let n = a.rows
    guard n > 0, b.columns > 0 else { return Matrix(rows: n, columns: b.columns) }

    var factors = a.elements
    var solution = b.elements
    let info = try lapack_dgesv(n: n, nrhs: b.columns, a: &factors, b: &solution)
    if info > 0 {
        throw .singularMatrix(routine: routine, pivot: Int(info))
    }
    try requireFiniteResult(solution, routine: routine)
    return Matrix(rows: n, columns: b.columns, elements: solution)
}

/// Solves the square linear system A·x = b by LU factorization with partial pivoting.
///
/// - Parameters:
///   - a: The n×n coefficient matrix A.
///   - b: The right-hand side, of length n.
/// - Returns: The solution x, of length n.
/// - Throws: The same errors as `solve(_:_:)` for a matrix right-hand side.
/// - Complexity: O(n³).
///
/// The corresponding LAPACK routine is dgesv.
public func solve(_ a: Matrix, _ b: [Double]) throws(LAPACKError) -> [Double] {
    try solve(a, Matrix(columnVector: b)).elements
}
