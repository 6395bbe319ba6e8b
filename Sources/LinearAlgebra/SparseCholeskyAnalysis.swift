/// The symbolic analysis of a sparse symmetric matrix for Cholesky factorization:
/// a fill-reducing ordering, the elimination tree, and the pattern of the factor L.
///
/// Analyse a pattern once, then factor matrices with that pattern many times with
/// `SparseCholeskyFactorization`, which only does arithmetic. The analysis depends on
/// the pattern alone, never on values.
///
/// Pipeline: minimum-degree ordering (exact degrees on the elimination graph, ties to
/// the smallest original index) → elimination tree, postordered so that each
/// supernode's columns are consecutive → the row structure of every column of L →
/// supernodes (runs of columns with nested, identical structure below the diagonal,
/// relaxed to admit a few explicit zeros), each stored as one dense column-major block →
/// for every input entry its slot in that storage, and for every supernode the earlier
/// supernodes that update it.
///
/// The analysis is deterministic: the same pattern always gives the same ordering and
/// the same storage layout, so factorizations are bit-identical run to run.
public struct SparseCholeskyAnalysis: Sendable {
    /// The order n of the n×n matrix.
    public let dimension: Int
    /// The fill-reducing permutation: `permutation[k]` is the original index eliminated k-th.
    public let permutation: [Int]
    /// The inverse permutation: `inversePermutation[i]` is the step at which original index i is eliminated.
    public let inversePermutation: [Int]
    /// The number of stored entries in the input pattern (the length `values` must have).
    public let inputNonzeros: Int
    /// For each original index i, the position of the diagonal entry (i, i) in the
    /// input's `rowIndices` (and so in `values`); useful for adding a regularisation to the diagonal.
    public let diagonalPositions: [Int]
    /// The number of nonzeros of L, including the diagonal (structural: entries that
    /// happen to cancel to zero are counted).
    public let factorNonzeros: Int
    /// The exact number of multiply-adds in one numeric factorization,
    /// Σⱼ cⱼ(cⱼ − 1)/2 over the columns j of L, where cⱼ counts column j's nonzeros
    /// including the diagonal. Square roots (n) and divisions (nnz(L) − n) are not counted.
    /// A dense factorization of order n costs n(n² − 1)/6 by the same measure.
    public let factorMultiplyAdds: Double

    // The layout the numeric phase works on. Indices in the fields below are in the
    // permuted ordering (step k, not original index) unless said otherwise.

    /// The first column of each supernode; `supernodeColumnStarts.count` is the
    /// number of supernodes + 1, and the last element is `dimension`.
    let supernodeColumnStarts: [Int]
    /// For supernode s, its row structure is `supernodeRows[supernodeRowStarts[s]..<supernodeRowStarts[s + 1]]`,
    /// ascending; its first `width` rows are its own columns.
    let supernodeRowStarts: [Int]
    /// The concatenated row structures of all supernodes (permuted indices).
    let supernodeRows: [Int]
    /// `supernodeRows` mapped back to original indices, so that solves work on the
    /// caller's vector in place, without a permuted copy.
    let supernodeOriginalRows: [Int]
    /// Where supernode s's dense block (rows × width, column-major, leading dimension
    /// = its row count) starts in the factor's value storage; the last element is the storage size.
    let supernodeValueStarts: [Int]
    /// The supernode that owns each (permuted) column.
    let supernodeOfColumn: [Int]
    /// For input entry p (in the caller's CSC order), its slot in the factor's value storage.
    let entrySlots: [Int]
    /// The updates into supernode s are entries `updateStarts[s]..<updateStarts[s + 1]` of
    /// the three arrays below, ordered by source supernode.
    let updateStarts: [Int]
    /// The earlier supernode d whose columns update supernode s.
    let updateSources: [Int]
    /// The first local row of d that lies in s's columns; rows from here to the end of d update s.
    let updateRowBegins: [Int]
    /// One past the last local row of d that lies in s's columns.
    let updateRowEnds: [Int]

    /// Analyses the pattern of a symmetric matrix given by its lower triangle.
    ///
    /// - Parameters:
    ///   - dimension: The order n ≥ 0 of the matrix.
    ///   - columnStarts: n + 1 nondecreasing offsets into `rowIndices`, starting at 0 and
    ///     ending at `rowIndices.count`; column j's entries are `columnStarts[j]..<columnStarts[j + 1]`.
    ///   - rowIndices: The row of each entry of the LOWER triangle of the unpermuted matrix,
    ///     compressed by column: every row index is in j..<n for column j, no duplicates
    ///     within a column, any order; every diagonal entry (j, j) must be present.
    /// - Throws: `LAPACKError.dimensionMismatch` (routine "sparse Cholesky analysis"),
    ///   saying what was expected and what was found, for a negative dimension, a wrong
    ///   number of column starts, offsets that are not nondecreasing from 0 to
    ///   `rowIndices.count`, a row index out of range or above the diagonal, a duplicate
    ///   entry, or a missing diagonal entry.
    /// - Complexity: O(n²/64 · n + Σ_v deg(v)·n/64) for the bitset minimum-degree ordering
    ///   (a few milliseconds for n = 500), plus O(nnz(A) + nnz(L) log n) for the symbolic
    ///   factorization. Memory O(n²/64 + nnz(L)).
    public init(dimension: Int, columnStarts: [Int], rowIndices: [Int]) throws(LAPACKError) {
        let diagonals = try Self.validatedDiagonalPositions(
            dimension: dimension, columnStarts: columnStarts, rowIndices: rowIndices)
        let n = dimension
        self.dimension = n
        self.inputNonzeros = rowIndices.count
        self.diagonalPositions = diagonals

        // Order, then postorder the elimination tree so that supernodes are consecutive.
        let degreeOrder = Self.minimumDegreeOrdering(
            dimension: n, columnStarts: columnStarts, rowIndices: rowIndices)
        let preliminary = PermutedPattern(
            permutation: degreeOrder, columnStarts: columnStarts, rowIndices: rowIndices)
        let postorder = Self.postorder(parents: preliminary.eliminationTree())
        let permutation = postorder.map { degreeOrder[$0] }
        let pattern = PermutedPattern(
            permutation: permutation, columnStarts: columnStarts, rowIndices: rowIndices)
        self.permutation = permutation
        self.inversePermutation = pattern.inversePermutation

        let structure = ColumnStructure(pattern: pattern, parents: pattern.eliminationTree())
        self.factorNonzeros = structure.factorNonzeros
        self.factorMultiplyAdds = structure.multiplyAdds

        let layout = SupernodeLayout(structure: structure, parents: structure.parents)
        self.supernodeColumnStarts = layout.columnStarts
        self.supernodeRowStarts = layout.rowStarts
        self.supernodeRows = layout.rows
        self.supernodeOriginalRows = layout.rows.map { permutation[$0] }
        self.supernodeValueStarts = layout.valueStarts
        self.supernodeOfColumn = layout.supernodeOfColumn
        self.entrySlots = layout.entrySlots(pattern: pattern, inputNonzeros: rowIndices.count)
        let updates = layout.updateLists()
        self.updateStarts = updates.starts
        self.updateSources = updates.sources
        self.updateRowBegins = updates.rowBegins
        self.updateRowEnds = updates.rowEnds
    }

    /// The number of supernodes: runs of consecutive columns of L factored as one dense block.
    public var supernodeCount: Int { supernodeColumnStarts.count - 1 }

    /// The number of doubles the factor's dense supernode blocks occupy (≥ `factorNonzeros`,
    /// because each block's diagonal part is stored as a full square).
    public var factorStorageCount: Int { supernodeValueStarts.last ?? 0 }
}
