// Solving A·x = b with the factor: permute, forward substitution with L, back
// substitution with Lᵀ, permute back.

extension SparseCholeskyFactorization {
    /// The routine name carried by solve errors.
    static let solveRoutine = "sparse Cholesky solve"

    /// Solves A·x = b in place using the last successful `factor(values:)`.
    ///
    /// Not mutating, so a factorization held in a `let` can solve; the permuted work
    /// vector lives in temporary (stack) storage, so no heap allocation for the sizes this
    /// library meets (the standard library falls back to the heap for very large n).
    ///
    /// - Parameter b: On entry the right-hand side b, on return the solution x; both of
    ///   length n, in the original (unpermuted) ordering.
    /// - Throws: `LAPACKError.dimensionMismatch` (routine "sparse Cholesky solve") if b's
    ///   length is not n or if there is no successful factorization to use (`isFactored`
    ///   is false); `.nonFiniteInput` if b contains NaN or infinity; `.nonFiniteResult` if
    ///   the solution overflows.
    /// - Complexity: O(nnz(L) + n), with 2·nnz(L) multiply-adds.
    public func solve(_ b: inout [Double]) throws(LAPACKError) {
        let n = analysis.dimension
        guard b.count == n else {
            throw .dimensionMismatch(
                routine: Self.solveRoutine, expected: "a right-hand side of length \(n)", found: "one of length \(b.count)")
        }
        guard isFactored || n == 0 else {
            throw .dimensionMismatch(
                routine: Self.solveRoutine, expected: "a successful factor(values:) before solving",
                found: "no valid factorization")
        }
        guard b.allSatisfy(\.isFinite) else { throw .nonFiniteInput(routine: Self.solveRoutine) }
        guard n > 0 else { return }
        let analysis = self.analysis
        storage.withUnsafeBufferPointer { factor in
            analysis.supernodeRows.withUnsafeBufferPointer { rows in
                b.withUnsafeMutableBufferPointer { b in
                    withUnsafeTemporaryAllocation(of: Double.self, capacity: n) { work in
                        for k in 0..<n { work[k] = b[analysis.permutation[k]] }
                        Self.substitute(analysis: analysis, factor: factor, rows: rows, work: work)
                        for k in 0..<n { b[analysis.permutation[k]] = work[k] }
                    }
                }
            }
        }
        guard b.allSatisfy(\.isFinite) else { throw .nonFiniteResult(routine: Self.solveRoutine) }
    }

    /// Solves L·y = w, then Lᵀ·z = y, in place in the permuted work vector.
    ///
    /// - Complexity: O(nnz(L)) over the supernode blocks' lower parts.
    static func substitute(
        analysis: SparseCholeskyAnalysis, factor: UnsafeBufferPointer<Double>,
        rows: UnsafeBufferPointer<Int>, work: UnsafeMutableBufferPointer<Double>
    ) {
        guard let l = factor.baseAddress, let rows = rows.baseAddress, let x = work.baseAddress else { return }
        let supernodes = analysis.supernodeCount
        for s in 0..<supernodes {
            let first = analysis.supernodeColumnStarts[s]
            let width = analysis.supernodeColumnStarts[s + 1] - first
            let rowBase = analysis.supernodeRowStarts[s]
            let rowCount = analysis.supernodeRowStarts[s + 1] - rowBase
            let block = l + analysis.supernodeValueStarts[s]
            for c in 0..<width {
                let column = block + c * rowCount
                let value = x[first + c] / column[c]
                x[first + c] = value
                // Rows c+1..<width are the supernode's own next columns; the rest are scattered.
                for i in c + 1..<width { x[first + i] -= column[i] * value }
                for i in width..<rowCount { x[rows[rowBase + i]] -= column[i] * value }
            }
        }
        for s in (0..<supernodes).reversed() {
            let first = analysis.supernodeColumnStarts[s]
            let width = analysis.supernodeColumnStarts[s + 1] - first
            let rowBase = analysis.supernodeRowStarts[s]
            let rowCount = analysis.supernodeRowStarts[s + 1] - rowBase
            let block = l + analysis.supernodeValueStarts[s]
            for c in (0..<width).reversed() {
                let column = block + c * rowCount
                var sum = x[first + c]
                for i in c + 1..<width { sum -= column[i] * x[first + i] }
                for i in width..<rowCount { sum -= column[i] * x[rows[rowBase + i]] }
                x[first + c] = sum / column[c]
            }
        }
    }
}
