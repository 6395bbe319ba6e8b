import LinearAlgebra

/// The sparsity pattern of the normal-equations matrix A Θ Aᵀ (its lower triangle), worked out
/// once per LP, with the slot each product a_rj·a_qj is added into, so that every interior-point
/// iteration assembles the matrix by walking A's columns with no search, no branch and no
/// allocation.
///
/// Θ changes every iteration but the pattern does not: column j of A contributes θ_j·a_rj·a_qj to
/// entry (q, r) for every pair of rows r ≤ q in that column; a_rj·a_qj is computed once.
struct NormalMatrixPattern {
    /// The order m of A Θ Aᵀ (rows of A).
    let dimension: Int
    /// Column c of the lower triangle holds rows `rowIndices[columnStarts[c] ..< columnStarts[c + 1]]`, ascending, diagonal first.
    let columnStarts: [Int]
    /// Row indices of the lower triangle, column by column.
    let rowIndices: [Int]
    /// For each pair (p, q) of entries of a column of A with row(q) ≥ row(p): the slot of entry
    /// (row(q), row(p)), and a_p·a_q, which Θ does not change. Pairs are stored by their
    /// smaller row, then by column of A, in segments that share one θ_j, so that both building
    /// and assembling write near the last write.
    let productSlots: [Int32]
    let productCoefficients: [Double]
    /// Each segment's column j of A (whose θ_j weighs it) and where it ends in `productSlots`.
    let productSegmentColumns: [Int32]
    let productSegmentEnds: [Int]
    /// The slot of each diagonal entry (c, c).
    let diagonalSlots: [Int]

    /// Pairs of one column's entries summed over columns, Σ_j nnz(a_j)(nnz(a_j) + 1)/2: the assembly's cost.
    static func productCount(_ form: StandardForm) -> Int {
        var count = 0
        for j in 0..<form.columns {
            let entries = form.columnStarts[j + 1] - form.columnStarts[j]
            count += entries * (entries + 1) / 2
        }
        return count
    }

    /// Works out the pattern of A Θ Aᵀ for the standard form's A.
    ///
    /// Each column of A is taken in ascending row order, so its pairs (r ≤ q) for the entry at
    /// local position i are positions i…k−1, and they sit at a computable offset in the product
    /// list. The pattern is then built one lower-triangle column c at a time: the rows it holds
    /// are found once (a marker per row), numbered, and every pair whose smaller row is c is
    /// given its slot by that numbering, with no search.
    ///
    /// - Complexity: O(Σ_j nnz(a_j)² + nnz(L-pattern) log m) once.
    init(_ form: StandardForm) {
        let m = form.rows
        let n = form.columns
        // Each column's entries in ascending row order (positions into form.rowIndices/values).
        var sorted = Array(0..<form.rowIndices.count)
        for j in 0..<n {
            let range = form.columnStarts[j]..<form.columnStarts[j + 1]
            if range.count > 1 { sorted[range].sort { form.rowIndices[$0] < form.rowIndices[$1] } }
        }
        // For each row r, the (column j, local position i) of its entries.
        var rowCounts = [Int](repeating: 0, count: m + 1)
        for p in 0..<form.rowIndices.count { rowCounts[form.rowIndices[p] + 1] += 1 }
        for r in 0..<m { rowCounts[r + 1] += rowCounts[r] }
        var entriesOfRow = [(column: Int, local: Int)](repeating: (0, 0), count: form.rowIndices.count)
        var fill = rowCounts
        for j in 0..<n {
            let start = form.columnStarts[j]
            for i in 0..<(form.columnStarts[j + 1] - start) {
                let row = form.rowIndices[sorted[start + i]]
                entriesOfRow[fill[row]] = (j, i)
                fill[row] += 1
            }
        }
        var slots: [Int32] = []
        var coefficients: [Double] = []
        slots.reserveCapacity(Self.productCount(form))
        coefficients.reserveCapacity(Self.productCount(form))
        var segmentColumns: [Int32] = []
        var segmentEnds: [Int] = []
        segmentColumns.reserveCapacity(form.rowIndices.count)
        segmentEnds.reserveCapacity(form.rowIndices.count)
        var starts = [0]
        starts.reserveCapacity(m + 1)
        var indices: [Int] = []
        var lastSeenIn = [Int](repeating: -1, count: m)
        var slotOfRow = [Int](repeating: 0, count: m)
        var found: [Int] = []
        for column in 0..<m {
            // The rows q ≥ c that share a column of A with row c, each once, ascending, c first.
            found.removeAll(keepingCapacity: true)
            found.append(column)
            lastSeenIn[column] = column
            for entry in entriesOfRow[rowCounts[column]..<rowCounts[column + 1]] {
                let start = form.columnStarts[entry.column]
                for position in sorted[(start + entry.local + 1)..<form.columnStarts[entry.column + 1]] {
                    let row = form.rowIndices[position]
                    if lastSeenIn[row] != column {
                        lastSeenIn[row] = column
                        found.append(row)
                    }
                }
            }
            found.sort()
            for (offset, row) in found.enumerated() { slotOfRow[row] = indices.count + offset }
            indices.append(contentsOf: found)
            starts.append(indices.count)
            // Every pair whose smaller row is c, one segment per column of A: slots by the
            // numbering just made.
            for entry in entriesOfRow[rowCounts[column]..<rowCounts[column + 1]] {
                let start = form.columnStarts[entry.column]
                let value = form.values[sorted[start + entry.local]]
                for position in sorted[(start + entry.local)..<form.columnStarts[entry.column + 1]] {
                    slots.append(Int32(slotOfRow[form.rowIndices[position]]))
                    coefficients.append(value * form.values[position])
                }
                segmentColumns.append(Int32(entry.column))
                segmentEnds.append(slots.count)
            }
        }
        dimension = m
        columnStarts = starts
        rowIndices = indices
        productSlots = slots
        productCoefficients = coefficients
        productSegmentColumns = segmentColumns
        productSegmentEnds = segmentEnds
        diagonalSlots = Array(starts.dropLast())
    }

    /// Assembles the lower triangle of A Θ Aᵀ into `values` (one per pattern entry), overwriting it.
    ///
    /// - Complexity: O(Σ_j nnz(a_j)²): one multiply-add per product, no allocation.
    func assemble(theta: [Double], into values: inout [Double]) {
        values.withUnsafeMutableBufferPointer { output in
            output.update(repeating: 0)
            productSlots.withUnsafeBufferPointer { slots in
                productCoefficients.withUnsafeBufferPointer { coefficients in
                    productSegmentEnds.withUnsafeBufferPointer { ends in
                        theta.withUnsafeBufferPointer { theta in
                            var start = 0
                            for segment in 0..<ends.count {
                                let end = ends[segment]
                                let weight = theta[Int(productSegmentColumns[segment])]
                                for t in start..<end {
                                    output[Int(slots[t])] += weight * coefficients[t]
                                }
                                start = end
                            }
                        }
                    }
                }
            }
        }
    }

    /// residual ← rhs − M·x for the symmetric matrix M whose lower triangle is `values`.
    ///
    /// - Complexity: O(nnz of the lower triangle).
    func residual(_ rhs: [Double], values: [Double], x: [Double]) -> [Double] {
        var residual = rhs
        for column in 0..<dimension {
            let start = columnStarts[column], end = columnStarts[column + 1]
            residual[column] -= values[start] * x[column]  // the diagonal comes first
            for p in (start + 1)..<end {
                let row = rowIndices[p]
                residual[row] -= values[p] * x[column]
                residual[column] -= values[p] * x[row]
            }
        }
        return residual
    }
}
