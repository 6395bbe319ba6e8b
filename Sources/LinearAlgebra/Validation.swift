// Checks made in Swift before and after each LAPACK call, so that bad input
// fails with a clear error instead of a LAPACK argument error or a silent
// wrong answer.

extension Matrix {
    /// Wraps a vector as an n×1 matrix.
    init(columnVector vector: [Double]) {
        self.init(rows: vector.count, columns: 1, elements: vector)
    }
}

/// Throws `.dimensionMismatch` unless `a` is square.
func requireSquare(_ a: Matrix, routine: String) throws(LAPACKError) {
    guard a.rows == a.columns else {
        throw .dimensionMismatch(routine: routine, expected: "a square matrix", found: "a \(a.shapeDescription) matrix")
    }
}

/// Throws `.dimensionMismatch` unless the right-hand side `b` has `rows` rows.
func requireRows(_ b: Matrix, _ rows: Int, routine: String) throws(LAPACKError) {
    guard b.rows == rows else {
        throw .dimensionMismatch(
            routine: routine, expected: "a right-hand side with \(rows) rows",
            found: "one with \(b.rows) rows")
    }
}

/// Throws `.nonFiniteInput` if any entry of the inputs is NaN or infinite.
func requireFiniteInput(_ matrices: Matrix..., routine: String) throws(LAPACKError) {
    for matrix in matrices where !matrix.isFinite {
        throw .nonFiniteInput(routine: routine)
    }
}

/// Throws `.nonFiniteResult` if LAPACK produced NaN or an infinity.
func requireFiniteResult(_ elements: [Double], routine: String) throws(LAPACKError) {
    guard elements.allSatisfy(\.isFinite) else {
        throw .nonFiniteResult(routine: routine)
    }
}
