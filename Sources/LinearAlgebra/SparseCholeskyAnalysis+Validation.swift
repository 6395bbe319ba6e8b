// Checks on the caller's compressed-sparse-column pattern, made before any analysis,
// so that a malformed pattern fails with a clear error instead of a trap or a wrong factor.

extension SparseCholeskyAnalysis {
    /// The routine name carried by analysis errors.
    static let analysisRoutine = "sparse Cholesky analysis"

    /// Validates a lower-triangle CSC pattern and returns, for each column j, the
    /// position in `rowIndices` of its diagonal entry (j, j).
    ///
    /// - Throws: `LAPACKError.dimensionMismatch` describing the first problem found,
    ///   scanning columns in order.
    /// - Complexity: O(n + nnz).
    static func validatedDiagonalPositions(
        dimension n: Int, columnStarts: [Int], rowIndices: [Int]
    ) throws(LAPACKError) -> [Int] {
        func mismatch(_ expected: String, _ found: String) -> LAPACKError {
            .dimensionMismatch(routine: analysisRoutine, expected: expected, found: found)
        }
        guard n >= 0 else { throw mismatch("a dimension of 0 or more", "\(n)") }
        guard columnStarts.count == n + 1 else {
            throw mismatch("\(n + 1) column starts for dimension \(n)", "\(columnStarts.count)")
        }
        guard columnStarts[0] == 0 else {
            throw mismatch("column starts beginning at 0", "\(columnStarts[0])")
        }
        guard columnStarts[n] == rowIndices.count else {
            throw mismatch(
                "column starts ending at the number of row indices, \(rowIndices.count)",
                "\(columnStarts[n])")
        }
        for j in 0..<n where columnStarts[j] > columnStarts[j + 1] {
            throw mismatch(
                "nondecreasing column starts",
                "column \(j) starting at \(columnStarts[j]) and ending at \(columnStarts[j + 1])")
        }
        var diagonalPositions = [Int](repeating: -1, count: n)
        // lastSeenInColumn[i] == j marks row i as already present in column j.
        var lastSeenInColumn = [Int](repeating: -1, count: n)
        for j in 0..<n {
            for p in columnStarts[j]..<columnStarts[j + 1] {
                let row = rowIndices[p]
                guard row >= 0 && row < n else {
                    throw mismatch("row indices in 0..<\(n)", "row \(row) in column \(j)")
                }
                guard row >= j else {
                    throw mismatch(
                        "only the lower triangle (row ≥ column)", "an entry above the diagonal at row \(row), column \(j)")
                }
                guard lastSeenInColumn[row] != j else {
                    throw mismatch("each entry at most once", "row \(row) twice in column \(j)")
                }
                lastSeenInColumn[row] = j
                if row == j { diagonalPositions[j] = p }
            }
            guard diagonalPositions[j] >= 0 else {
                throw mismatch("a diagonal entry in every column", "none in column \(j)")
            }
        }
        return diagonalPositions
    }
}
