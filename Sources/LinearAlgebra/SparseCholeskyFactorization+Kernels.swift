// The arithmetic of the numeric factorization, on raw pointers into the supernode blocks.
// Every kernel sums in a fixed order decided by the pattern, never by the values or timing.

/// One earlier supernode's contribution to the supernode being factored.
struct UpdateSource {
    /// The source supernode's block, column-major with leading dimension `rowCount`.
    let block: UnsafeMutablePointer<Double>
    /// The source's row structure (permuted indices, ascending).
    let rows: UnsafePointer<Int>
    let rowCount: Int
    let width: Int
    /// The source's local rows `rowBegin..<rowEnd` are columns of the target.
    let rowBegin: Int
    let rowEnd: Int
}

/// How an update finds the target entry for a source row.
enum TargetAddressing {
    /// The target's rows are consecutive permuted indices, or the target is a dense work
    /// column indexed by permuted row: row r lives at local row r − offset.
    case byPermutedRow(offset: Int)
    /// Row r lives at local row `localRow[r]`, a map filled for the target beforehand.
    case byLocalRow
}

extension SparseCholeskyFactorization {
    /// Subtracts L_d[rowBegin..., :] · L_d[rowBegin..<rowEnd, :]ᵀ from the target block.
    ///
    /// When the source rows land on consecutive target rows the update goes straight into
    /// the target's columns with contiguous loops; otherwise each row is placed through
    /// its permuted index or through the local-row map.
    ///
    /// - Parameters:
    ///   - target: The target block (or work column), leading dimension `rowCount`.
    ///   - localRow: For `.byLocalRow`, each permuted row's local row in the target.
    ///   - relativeRow: Scratch of at least `source.rowCount` indices.
    /// - Complexity: O(width_d · Σ_k (rowCount_d − k)) over the updated columns k.
    @inline(__always)
    static func applyUpdate(
        from source: UpdateSource, to target: UnsafeMutablePointer<Double>, rowCount: Int, firstColumn: Int,
        addressing: TargetAddressing, localRow: UnsafeMutablePointer<Int>, relativeRow: UnsafeMutablePointer<Int>
    ) {
        let begin = source.rowBegin
        let length = source.rowCount - begin
        let lastRow = source.rows[source.rowCount - 1]
        let firstRow = source.rows[begin]
        let position: UnsafePointer<Int>
        let offset: Int
        switch addressing {
        case .byPermutedRow(let rowOffset):
            if lastRow - firstRow == length - 1 {
                updateContiguously(
                    from: source, to: target + (firstRow - rowOffset), rowCount: rowCount, firstColumn: firstColumn)
                return
            }
            position = source.rows + begin
            offset = rowOffset
        case .byLocalRow:
            let firstLocal = localRow[firstRow]
            if localRow[lastRow] - firstLocal == length - 1 {
                updateContiguously(from: source, to: target + firstLocal, rowCount: rowCount, firstColumn: firstColumn)
                return
            }
            for i in 0..<length { relativeRow[i] = localRow[source.rows[begin + i]] }
            position = UnsafePointer(relativeRow)
            offset = 0
        }
        for k in begin..<source.rowEnd {
            let column = source.rows[k] - firstColumn
            subtractProducts(
                from: target + column * rowCount, at: position + (k - begin), minus: offset, source: source.block + k,
                leadingDimension: source.rowCount, width: source.width, length: source.rowCount - k)
        }
    }

    /// The update when source rows rowBegin... land on consecutive target rows starting at `target[0]`.
    @inline(__always)
    private static func updateContiguously(
        from source: UpdateSource, to target: UnsafeMutablePointer<Double>, rowCount: Int, firstColumn: Int
    ) {
        for k in source.rowBegin..<source.rowEnd {
            let column = source.rows[k] - firstColumn
            subtractProducts(
                from: target + column * rowCount + (k - source.rowBegin), source: source.block + k,
                leadingDimension: source.rowCount, width: source.width, length: source.rowCount - k)
        }
    }

    /// Factors a supernode's block in place once all outside updates are in: a left-looking
    /// dense Cholesky of the square top, which also solves for the rows below it.
    ///
    /// - Returns: The local column whose pivot was not positive and finite, or nil on success.
    /// - Complexity: O(width² · rowCount).
    @inline(__always)
    static func factorDenseBlock(_ block: UnsafeMutablePointer<Double>, rowCount: Int, width: Int) -> Int? {
        for c in 0..<width {
            let column = block + c * rowCount
            subtractProducts(
                from: column + c, source: block + c, leadingDimension: rowCount, width: c, length: rowCount - c)
            let pivot = column[c]
            guard pivot > 0 && pivot.isFinite else { return c }
            let diagonal = pivot.squareRoot()
            column[c] = diagonal
            let reciprocal = 1 / diagonal
            for i in c + 1..<rowCount { column[i] *= reciprocal }
        }
        return nil
    }

    /// target[i] −= Σ_t source[t·ld + i] · source[t·ld] for i in 0..<length, t in 0..<width:
    /// the column update of a left-looking Cholesky, whose multipliers are the first row of `source`.
    ///
    /// Four source columns are applied per pass over the target, summed as
    /// (a₀b₀ + a₁b₁) + (a₂b₂ + a₃b₃), then the remaining columns one at a time.
    ///
    /// - Complexity: O(width · length).
    @inline(__always)
    static func subtractProducts(
        from target: UnsafeMutablePointer<Double>, source: UnsafePointer<Double>,
        leadingDimension: Int, width: Int, length: Int
    ) {
        var t = 0
        while t + 4 <= width {
            let s0 = source + t * leadingDimension
            let s1 = s0 + leadingDimension
            let s2 = s1 + leadingDimension
            let s3 = s2 + leadingDimension
            let b0 = s0[0], b1 = s1[0], b2 = s2[0], b3 = s3[0]
            for i in 0..<length {
                target[i] -= (s0[i] * b0 + s1[i] * b1) + (s2[i] * b2 + s3[i] * b3)
            }
            t += 4
        }
        while t < width {
            let s0 = source + t * leadingDimension
            let b0 = s0[0]
            for i in 0..<length { target[i] -= s0[i] * b0 }
            t += 1
        }
    }

    /// The same update as `subtractProducts(from:source:leadingDimension:width:length:)`,
    /// but row i goes to `target[position[i] - offset]`.
    ///
    /// - Complexity: O(width · length).
    @inline(__always)
    static func subtractProducts(
        from target: UnsafeMutablePointer<Double>, at position: UnsafePointer<Int>, minus offset: Int,
        source: UnsafePointer<Double>,
        leadingDimension: Int, width: Int, length: Int
    ) {
        var t = 0
        while t + 4 <= width {
            let s0 = source + t * leadingDimension
            let s1 = s0 + leadingDimension
            let s2 = s1 + leadingDimension
            let s3 = s2 + leadingDimension
            let b0 = s0[0], b1 = s1[0], b2 = s2[0], b3 = s3[0]
            for i in 0..<length {
                target[position[i] - offset] -= (s0[i] * b0 + s1[i] * b1) + (s2[i] * b2 + s3[i] * b3)
            }
            t += 4
        }
        while t < width {
            let s0 = source + t * leadingDimension
            let b0 = s0[0]
            for i in 0..<length { target[position[i] - offset] -= s0[i] * b0 }
            t += 1
        }
    }
}
