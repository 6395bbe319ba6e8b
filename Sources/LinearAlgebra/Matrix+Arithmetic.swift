extension Matrix {
    /// Returns the matrix product `self · other`.
    ///
    /// - Parameter other: A matrix with as many rows as `self` has columns.
    ///   A mismatch is a programming error and traps.
    /// - Returns: A `rows`×`other.columns` matrix.
    /// - Complexity: O(rows × columns × other.columns).
    ///
    /// The corresponding BLAS routine is dgemm.
    public func multiplied(by other: Matrix) -> Matrix {
        precondition(
            columns == other.rows,
            "Cannot multiply a \(shapeDescription) matrix by a \(other.shapeDescription) matrix")
        guard rows > 0, other.columns > 0, columns > 0 else {
            return Matrix(rows: rows, columns: other.columns)
        }
        let product = blas_dgemm(m: rows, n: other.columns, k: columns, a: elements, b: other.elements)
        return Matrix(rows: rows, columns: other.columns, elements: product)
    }

    /// Returns the matrix–vector product `self · vector`.
    ///
    /// - Parameter vector: A vector of length `columns`. A mismatch is a
    ///   programming error and traps.
    /// - Returns: A vector of length `rows`.
    /// - Complexity: O(rows × columns).
    ///
    /// The corresponding BLAS routine is dgemv.
    public func multiplied(by vector: [Double]) -> [Double] {
        precondition(
            columns == vector.count,
            "Cannot multiply a \(shapeDescription) matrix by a vector of length \(vector.count)")
        guard rows > 0, columns > 0 else {
            return [Double](repeating: 0, count: rows)
        }
        return blas_dgemv(m: rows, n: columns, a: elements, x: vector)
    }

    /// Returns the matrix product `lhs · rhs`; the same as `lhs.multiplied(by: rhs)`.
    ///
    /// - Complexity: O(lhs.rows × lhs.columns × rhs.columns).
    ///
    /// The corresponding BLAS routine is dgemm.
    public static func * (lhs: Matrix, rhs: Matrix) -> Matrix {
        lhs.multiplied(by: rhs)
    }

    /// Returns the matrix–vector product `lhs · rhs`; the same as `lhs.multiplied(by: rhs)`.
    ///
    /// - Complexity: O(lhs.rows × lhs.columns).
    ///
    /// The corresponding BLAS routine is dgemv.
    public static func * (lhs: Matrix, rhs: [Double]) -> [Double] {
        lhs.multiplied(by: rhs)
    }
}
