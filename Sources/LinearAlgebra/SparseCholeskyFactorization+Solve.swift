// Solving A·x = b with the factor: forward substitution with L, back substitution with
// Lᵀ, both in place on the caller's vector, reaching its entries through the factor's
// rows mapped back to original indices (so the permutation costs nothing extra).

extension SparseCholeskyFactorization {
    /// The routine name carried by solve errors.
    static let solveRoutine = "sparse Cholesky solve"

    /// Solves A·x = b in place using the last successful `factor(values:)`.
    ///
    /// Not mutating, so a factorization held in a `let` can solve, and no heap allocation:
    /// the substitutions work in `b` itself.
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
            analysis.supernodeOriginalRows.withUnsafeBufferPointer { rows in
                b.withUnsafeMutableBufferPointer { b in
                    Self.substitute(analysis: analysis, factor: factor, originalRows: rows, vector: b)
                }
            }
        }
        guard b.allSatisfy(\.isFinite) else { throw .nonFiniteResult(routine: Self.solveRoutine) }
    }

    /// Solves L·y = P·b, then Lᵀ·z = y, in place in b, where entry k of the permuted vector
    /// is `b[permutation[k]]`: row r of a supernode is reached as `b[originalRows[r]]`.
    ///
    /// - Complexity: O(nnz(L)) over the supernode blocks' lower parts.
    static func substitute(
        analysis: SparseCholeskyAnalysis, factor: UnsafeBufferPointer<Double>,
        originalRows: UnsafeBufferPointer<Int>, vector: UnsafeMutableBufferPointer<Double>
    ) {
        guard let l = factor.baseAddress, let rows = originalRows.baseAddress, let x = vector.baseAddress else {
            return
        }
        let supernodes = analysis.supernodeCount
        for s in 0..<supernodes {
            let width = analysis.supernodeColumnStarts[s + 1] - analysis.supernodeColumnStarts[s]
            let rows = rows + analysis.supernodeRowStarts[s]
            let rowCount = analysis.supernodeRowStarts[s + 1] - analysis.supernodeRowStarts[s]
            let block = l + analysis.supernodeValueStarts[s]
            for c in 0..<width {
                let column = block + c * rowCount
                let value = x[rows[c]] / column[c]
                x[rows[c]] = value
                for i in c + 1..<rowCount { x[rows[i]] -= column[i] * value }
            }
        }
        for s in (0..<supernodes).reversed() {
            let width = analysis.supernodeColumnStarts[s + 1] - analysis.supernodeColumnStarts[s]
            let rows = rows + analysis.supernodeRowStarts[s]
            let rowCount = analysis.supernodeRowStarts[s + 1] - analysis.supernodeRowStarts[s]
            let block = l + analysis.supernodeValueStarts[s]
            for c in (0..<width).reversed() {
                let column = block + c * rowCount
                var sum = x[rows[c]]
                for i in c + 1..<rowCount { sum -= column[i] * x[rows[i]] }
                x[rows[c]] = sum / column[c]
            }
        }
    }
}
