/// Solves a full-rank linear least-squares or minimum-norm problem.
///
/// For an m×n matrix A of full rank:
/// - if m ≥ n (overdetermined), returns the X that minimizes ‖A·X − B‖₂,
///   computed from a QR factorization;
/// - if m < n (underdetermined), returns the X of smallest ‖X‖₂ among the
///   exact solutions of A·X = B, computed from an LQ factorization.
///
/// The routine assumes A has full rank (rank min(m, n)). It throws
/// `.rankDeficient` when a diagonal element of the triangular factor is
/// exactly zero; a matrix that is only nearly rank deficient is not detected
/// and gives an inaccurate, typically very large, solution.
///
/// - Parameters:
///   - a: The m×n matrix A.
///   - b: The m×k right-hand sides B, one per column.
/// - Returns: The n×k solution X.
/// - Throws: `LAPACKError.dimensionMismatch` if B does not have m rows;
///   `.nonFiniteInput` if A or B contains NaN or infinity;
///   `.rankDeficient` if A does not have full rank;
///   `.nonFiniteResult` if the solution overflows.
/// - Complexity: O(mn·min(m, n) + max(m, n)·k·min(m, n)).
///
/// The corresponding LAPACK routine is dgels.
public func leastSquares(_ a: Matrix, _ b: Matrix) throws(LAPACKError) -> Matrix {
    let routine = "dgels"
    try requireRows(b, a.rows, routine: routine)
    try requireFiniteInput(a, b, routine: routine)
    let (m, n, k) = (a.rows, a.columns, b.columns)
    // With no unknowns, no equations or no right-hand sides the answer is all zeros.
    guard m > 0, n > 0, k > 0 else { return Matrix(rows: n, columns: k) }

    // dgels needs B in a max(m, n)×k array: B in, X out.
    let ldb = max(m, n)
    var work = [Double](repeating: 0, count: ldb * k)
    for column in 0..<k {
        work[(column * ldb)..<(column * ldb + m)] = b.elements[(column * m)..<(column * m + m)]
    }
    var factors = a.elements
    let info = try lapack_dgels(m: m, n: n, nrhs: k, a: &factors, b: &work)
    if info > 0 {
        throw .rankDeficient(routine: routine)
    }
    var solution = [Double]()
    solution.reserveCapacity(n * k)
    for column in 0..<k {
        solution.append(contentsOf: work[(column * ldb)..<(column * ldb + n)])
    }
    try requireFiniteResult(solution, routine: routine)
    return Matrix(rows: n, columns: k, elements: solution)
}

/// Solves a full-rank linear least-squares or minimum-norm problem for one right-hand side.
///
/// See `leastSquares(_:_:)` for a matrix right-hand side: least squares
/// when A is m×n with m ≥ n, minimum norm when m < n; A must have full rank.
///
/// - Parameters:
///   - a: The m×n matrix A.
///   - b: The right-hand side, of length m.
/// - Returns: The solution x, of length n.
/// - Throws: The same errors as `leastSquares(_:_:)` for a matrix right-hand side.
/// - Complexity: O(mn·min(m, n)).
///
/// The corresponding LAPACK routine is dgels.
public func leastSquares(_ a: Matrix, _ b: [Double]) throws(LAPACKError) -> [Double] {
    try leastSquares(a, Matrix(columnVector: b)).elements
}
