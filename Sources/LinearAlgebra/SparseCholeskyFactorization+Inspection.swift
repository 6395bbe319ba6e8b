// Reading the factor back as a dense matrix, for tests and diagnostics (not the hot path).

extension SparseCholeskyFactorization {
    /// The factor L of P·A·Pᵀ = L·Lᵀ as a dense n×n lower-triangular matrix, in the permuted
    /// ordering (row and column k belong to original index `analysis.permutation[k]`).
    ///
    /// Entries outside the pattern of L are zero; entries stored as explicit zeros by
    /// supernode relaxation are zero too. Call only after a successful `factor(values:)`;
    /// otherwise the contents are unspecified.
    ///
    /// - Complexity: O(n² + storage).
    public func lowerFactor() -> Matrix {
        let n = analysis.dimension
        var lower = Matrix(rows: n, columns: n)
        for s in 0..<analysis.supernodeCount {
            let first = analysis.supernodeColumnStarts[s]
            let width = analysis.supernodeColumnStarts[s + 1] - first
            let rowBase = analysis.supernodeRowStarts[s]
            let rowCount = analysis.supernodeRowStarts[s + 1] - rowBase
            let block = analysis.supernodeValueStarts[s]
            for column in 0..<width {
                for local in column..<rowCount {
                    lower[analysis.supernodeRows[rowBase + local], first + column] =
                        storage[block + column * rowCount + local]
                }
            }
        }
        return lower
    }
}
