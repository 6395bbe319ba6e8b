/// The sparse Cholesky factorization P·A·Pᵀ = L·Lᵀ of a symmetric positive definite
/// matrix whose pattern was analysed by `SparseCholeskyAnalysis`.
///
/// Create it once per pattern (this allocates all storage), then call
/// `factor(values:)` for each new set of values and `solve(_:)` for each right-hand
/// side. Neither allocates on the heap. Factorization is supernodal and left-looking:
/// each supernode gathers the updates of the earlier supernodes that touch it, then
/// factors its own dense block. The order of every floating-point operation is fixed
/// by the pattern alone, so results are bit-identical run to run. No threads are used.
///
/// A value type: a copy owns its own factor (the first `factor(values:)` on a copy
/// that shares storage copies it once).
public struct SparseCholeskyFactorization: Sendable {
    /// The symbolic analysis this factorization follows.
    public let analysis: SparseCholeskyAnalysis
    /// The supernode blocks of L, laid out as `analysis.supernodeValueStarts` says.
    var storage: [Double]
    /// Scratch of 2n indices: each row's local position in the supernode being
    /// factored, then the local positions of one scattered update's rows.
    var rowScratch: [Int]
    /// Scratch of n values: a one-column supernode spread out by permuted row while its updates arrive.
    var columnScratch: [Double]
    /// Whether `storage` holds the factor of the last values given, so that `solve` may use it.
    public private(set) var isFactored: Bool

    /// The routine name carried by factorization errors.
    static let factorRoutine = "sparse Cholesky"

    /// Prepares to factor matrices with the analysed pattern, allocating all storage for L.
    ///
    /// - Parameter analysis: The symbolic analysis of the pattern.
    /// - Complexity: O(`analysis.factorStorageCount` + n) time and memory.
    public init(analysis: SparseCholeskyAnalysis) {
        self.analysis = analysis
        self.storage = [Double](repeating: 0, count: analysis.factorStorageCount)
        self.rowScratch = [Int](repeating: 0, count: 2 * analysis.dimension)
        self.columnScratch = [Double](repeating: 0, count: analysis.dimension)
        self.isFactored = false
    }

    /// Factors a matrix with the analysed pattern, replacing any earlier factor.
    ///
    /// - Parameter values: The matrix entries, aligned with the `rowIndices` given to the
    ///   analysis (same CSC order, lower triangle, unpermuted); its count must be
    ///   `analysis.inputNonzeros`.
    /// - Throws: `LAPACKError.dimensionMismatch` for a wrong number of values;
    ///   `.nonFiniteInput` if a value is NaN or infinite;
    ///   `.notPositiveDefinite(routine: "sparse Cholesky", minorOrder: k)` if the pivot at
    ///   elimination step k (1-based, in the permuted order) is not positive and finite,
    ///   that is, the leading k×k block of P·A·Pᵀ is not (numerically) positive definite.
    ///   After a throw, `isFactored` is false until a later call succeeds.
    /// - Complexity: O(`analysis.factorMultiplyAdds` + nnz(A) + storage); no heap allocation.
    public mutating func factor(values: [Double]) throws(LAPACKError) {
        guard values.count == analysis.inputNonzeros else {
            throw .dimensionMismatch(
                routine: Self.factorRoutine, expected: "\(analysis.inputNonzeros) values, one per pattern entry",
                found: "\(values.count)")
        }
        isFactored = false
        let analysis = self.analysis
        let outcome = storage.withUnsafeMutableBufferPointer { factor in
            rowScratch.withUnsafeMutableBufferPointer { scratch in
                columnScratch.withUnsafeMutableBufferPointer { column in
                    values.withUnsafeBufferPointer { values in
                        Self.factorNumerically(
                            analysis: analysis, values: values, factor: factor, scratch: scratch, column: column)
                    }
                }
            }
        }
        switch outcome {
        case .success: isFactored = true
        case .nonFiniteInput: throw .nonFiniteInput(routine: Self.factorRoutine)
        case .nonPositivePivot(let step): throw .notPositiveDefinite(routine: Self.factorRoutine, minorOrder: step)
        }
    }

    /// How one numeric factorization ended.
    enum Outcome {
        case success
        case nonFiniteInput
        /// The pivot at this 1-based elimination step was not positive and finite.
        case nonPositivePivot(step: Int)
    }

    /// Scatters the values into L's blocks, then factors supernode by supernode.
    ///
    /// - Complexity: O(factorMultiplyAdds + nnz(A) + storage).
    static func factorNumerically(
        analysis: SparseCholeskyAnalysis, values: UnsafeBufferPointer<Double>,
        factor: UnsafeMutableBufferPointer<Double>, scratch: UnsafeMutableBufferPointer<Int>,
        column: UnsafeMutableBufferPointer<Double>
    ) -> Outcome {
        guard let l = factor.baseAddress, let scratch = scratch.baseAddress, let work = column.baseAddress else {
            return .success
        }
        factor.update(repeating: 0)
        let assembled = analysis.entrySlots.withUnsafeBufferPointer { slots in
            for p in 0..<values.count {
                let value = values[p]
                guard value.isFinite else { return false }
                l[slots[p]] = value
            }
            return true
        }
        guard assembled else { return .nonFiniteInput }
        let dimension = analysis.dimension
        return analysis.supernodeRows.withUnsafeBufferPointer { rows in
            let rows = rows.baseAddress!
            let localRow = scratch
            let relativeRow = scratch + dimension
            for s in 0..<analysis.supernodeCount {
                let first = analysis.supernodeColumnStarts[s]
                let width = analysis.supernodeColumnStarts[s + 1] - first
                let rowBase = analysis.supernodeRowStarts[s]
                let rowCount = analysis.supernodeRowStarts[s + 1] - rowBase
                let block = l + analysis.supernodeValueStarts[s]
                // Three ways to address the target, cheapest first: its rows are consecutive;
                // it is one column, spread into the work column by permuted row; or through the map.
                let addressing: TargetAddressing
                let target: UnsafeMutablePointer<Double>
                let leadingDimension: Int
                if rows[rowBase + rowCount - 1] == first + rowCount - 1 {
                    (addressing, target, leadingDimension) = (.byPermutedRow(offset: first), block, rowCount)
                } else if width == 1 {
                    (addressing, target, leadingDimension) = (.byPermutedRow(offset: 0), work, dimension)
                    for local in 0..<rowCount { work[rows[rowBase + local]] = block[local] }
                } else {
                    (addressing, target, leadingDimension) = (.byLocalRow, block, rowCount)
                    for local in 0..<rowCount { localRow[rows[rowBase + local]] = local }
                }
                for u in analysis.updateStarts[s]..<analysis.updateStarts[s + 1] {
                    let d = analysis.updateSources[u]
                    let sourceRowBase = analysis.supernodeRowStarts[d]
                    applyUpdate(
                        from: UpdateSource(
                            block: l + analysis.supernodeValueStarts[d],
                            rows: rows + sourceRowBase,
                            rowCount: analysis.supernodeRowStarts[d + 1] - sourceRowBase,
                            width: analysis.supernodeColumnStarts[d + 1] - analysis.supernodeColumnStarts[d],
                            rowBegin: analysis.updateRowBegins[u], rowEnd: analysis.updateRowEnds[u]),
                        to: target, rowCount: leadingDimension, firstColumn: first,
                        addressing: addressing, localRow: localRow, relativeRow: relativeRow)
                }
                if target == work {
                    for local in 0..<rowCount { block[local] = work[rows[rowBase + local]] }
                }
                if let column = factorDenseBlock(block, rowCount: rowCount, width: width) {
                    return .nonPositivePivot(step: first + column + 1)
                }
            }
            return .success
        }
    }
}
