// The pattern of L, its supernodes, and the index maps the numeric phase follows.

/// The row structure of every column of L (strictly below the diagonal), in permuted indices.
struct ColumnStructure {
    /// The elimination tree: the parent of each column, −1 for a root.
    let parents: [Int]
    /// Column j's rows below the diagonal are `rows[starts[j]..<starts[j + 1]]`, ascending.
    let starts: [Int]
    /// The concatenated column structures.
    let rows: [Int]

    /// Computes struct(L_j) = struct(A_j) ∪ ⋃_{children c} struct(L_c) ∖ {c, j}, column by column.
    ///
    /// - Complexity: O(nnz(A) + nnz(L) log n) (each column is sorted once).
    init(pattern: PermutedPattern, parents: [Int]) {
        let n = pattern.dimension
        var childStarts = [Int](repeating: 0, count: n + 1)
        for node in 0..<n where parents[node] != -1 { childStarts[parents[node] + 1] += 1 }
        for k in 0..<n { childStarts[k + 1] += childStarts[k] }
        var children = [Int](repeating: 0, count: childStarts[n])
        var nextChild = childStarts
        for node in 0..<n where parents[node] != -1 {
            children[nextChild[parents[node]]] = node
            nextChild[parents[node]] += 1
        }
        var starts = [0]
        starts.reserveCapacity(n + 1)
        var rows = [Int]()
        // marker[r] == j means row r is already in column j's structure.
        var marker = [Int](repeating: -1, count: n)
        for j in 0..<n {
            let start = rows.count
            marker[j] = j
            for p in pattern.lowerStarts[j]..<pattern.lowerStarts[j + 1] where marker[pattern.lowerRows[p]] != j {
                marker[pattern.lowerRows[p]] = j
                rows.append(pattern.lowerRows[p])
            }
            for child in children[childStarts[j]..<childStarts[j + 1]] {
                for q in starts[child]..<starts[child + 1] where marker[rows[q]] != j {
                    marker[rows[q]] = j
                    rows.append(rows[q])
                }
            }
            rows[start...].sort()
            starts.append(rows.count)
        }
        self.parents = parents
        self.starts = starts
        self.rows = rows
    }

    /// The number of nonzeros in column j of L, including the diagonal.
    func count(_ j: Int) -> Int { starts[j + 1] - starts[j] + 1 }

    /// The number of nonzeros of L, including the diagonal.
    var factorNonzeros: Int { rows.count + parents.count }

    /// Σⱼ cⱼ(cⱼ − 1)/2: the multiply-adds of a column Cholesky on this structure.
    var multiplyAdds: Double {
        (0..<parents.count).reduce(0.0) { total, j in
            let c = Double(count(j))
            return total + c * (c - 1) / 2
        }
    }
}

/// The supernodes of L and where their dense blocks live.
///
/// A fundamental supernode is a run of columns f..<l in which each column's parent is the
/// next column and each column has exactly one nonzero fewer than the one before, so the
/// run's structure is one dense lower trapezoid: rows f..<l, then the rows below l shared
/// by all its columns. Relaxed supernodes also merge runs whose structures nearly agree,
/// storing the difference as explicit zeros. Each is stored column-major with leading
/// dimension equal to its row count; the strict upper part of its square top is stored but unused.
struct SupernodeLayout {
    let columnStarts: [Int]
    let rowStarts: [Int]
    let rows: [Int]
    let valueStarts: [Int]
    let supernodeOfColumn: [Int]

    /// Groups the columns into fundamental supernodes, then relaxes them (see `relaxed`).
    ///
    /// - Complexity: O(nnz(L)).
    init(structure: ColumnStructure, parents: [Int]) {
        let n = parents.count
        var columnStarts = [Int]()
        for j in 0..<n {
            let continuesPrevious = j > 0 && parents[j - 1] == j && structure.count(j - 1) == structure.count(j) + 1
            if !continuesPrevious { columnStarts.append(j) }
        }
        columnStarts.append(n)
        columnStarts = Self.relaxed(columnStarts, structure: structure, parents: parents)
        var rowStarts = [0]
        var rows = [Int]()
        var valueStarts = [0]
        var supernodeOfColumn = [Int](repeating: 0, count: n)
        for s in 0..<columnStarts.count - 1 {
            let first = columnStarts[s]
            let width = columnStarts[s + 1] - first
            let last = first + width - 1
            rows.append(contentsOf: first..<last)
            rows.append(last)
            rows.append(contentsOf: structure.rows[structure.starts[last]..<structure.starts[last + 1]])
            rowStarts.append(rows.count)
            valueStarts.append(valueStarts[s] + (rowStarts[s + 1] - rowStarts[s]) * width)
            for column in first..<first + width { supernodeOfColumn[column] = s }
        }
        self.columnStarts = columnStarts
        self.rowStarts = rowStarts
        self.rows = rows
        self.valueStarts = valueStarts
        self.supernodeOfColumn = supernodeOfColumn
    }

    var supernodeCount: Int { columnStarts.count - 1 }

    /// Merges each supernode into the next one when the next holds its last column's parent
    /// and the explicit zeros this stores are few enough: always up to 4 columns, up to 16
    /// columns with < 80 % zeros, up to 48 with < 10 %, any width with < 5 % (CHOLMOD's
    /// default relaxed amalgamation). Fewer, wider supernodes mean fewer scattered updates and
    /// more work in contiguous loops; on normal-equations matrices of 400–500 rows this
    /// halved the numeric factorization time although it adds about 15 % more multiply-adds on zeros.
    ///
    /// - Parameter fundamental: The first column of each fundamental supernode, then n.
    /// - Returns: The first column of each relaxed supernode, then n.
    /// - Complexity: O(n).
    static func relaxed(_ fundamental: [Int], structure: ColumnStructure, parents: [Int]) -> [Int] {
        func acceptsMerge(columns: Int, zeroFraction: Double) -> Bool {
            columns <= 4 || (columns <= 16 && zeroFraction < 0.8) || (columns <= 48 && zeroFraction < 0.1)
                || zeroFraction < 0.05
        }
        var merged = [Int]()
        var groupNonzeros = 0
        var groupWidth = 0
        for s in 0..<fundamental.count - 1 {
            let first = fundamental[s]
            let width = fundamental[s + 1] - first
            let nonzeros = (first..<first + width).reduce(0) { $0 + structure.count($1) }
            if groupWidth > 0 && parents[first - 1] == first {
                let rowCount = groupWidth + structure.count(first)
                let columns = groupWidth + width
                let stored = columns * rowCount - columns * (columns - 1) / 2
                let zeros = Double(stored - groupNonzeros - nonzeros) / Double(stored)
                if acceptsMerge(columns: columns, zeroFraction: zeros) {
                    groupWidth = columns
                    groupNonzeros += nonzeros
                    continue
                }
            }
            merged.append(first)
            groupWidth = width
            groupNonzeros = nonzeros
        }
        merged.append(fundamental[fundamental.count - 1])
        return merged
    }

    /// For each input entry, its slot in the value storage: entry (r, c) of P·A·Pᵀ
    /// (r ≥ c) goes to row r, column c of the block of the supernode that owns column c.
    ///
    /// - Complexity: O(n + nnz(A) + Σ rows per supernode).
    func entrySlots(pattern: PermutedPattern, inputNonzeros: Int) -> [Int] {
        var slots = [Int](repeating: 0, count: inputNonzeros)
        var localRow = [Int](repeating: 0, count: pattern.dimension)
        for s in 0..<supernodeCount {
            let rowCount = rowStarts[s + 1] - rowStarts[s]
            for local in 0..<rowCount { localRow[rows[rowStarts[s] + local]] = local }
            for column in columnStarts[s]..<columnStarts[s + 1] {
                let columnOffset = valueStarts[s] + (column - columnStarts[s]) * rowCount
                for p in pattern.lowerStarts[column]..<pattern.lowerStarts[column + 1] {
                    slots[pattern.lowerEntries[p]] = columnOffset + localRow[pattern.lowerRows[p]]
                }
            }
        }
        return slots
    }

    /// For each supernode s, the earlier supernodes d that update it, with the run of
    /// d's local rows that fall in s's columns. Sources are listed in ascending order,
    /// which fixes the order of the numeric updates.
    ///
    /// - Complexity: O(Σ rows per supernode).
    func updateLists() -> (starts: [Int], sources: [Int], rowBegins: [Int], rowEnds: [Int]) {
        var runs = [(target: Int, source: Int, begin: Int, end: Int)]()
        for d in 0..<supernodeCount {
            let width = columnStarts[d + 1] - columnStarts[d]
            let rowCount = rowStarts[d + 1] - rowStarts[d]
            var local = width
            while local < rowCount {
                let target = supernodeOfColumn[rows[rowStarts[d] + local]]
                var end = local + 1
                while end < rowCount && supernodeOfColumn[rows[rowStarts[d] + end]] == target { end += 1 }
                runs.append((target, d, local, end))
                local = end
            }
        }
        var starts = [Int](repeating: 0, count: supernodeCount + 1)
        for run in runs { starts[run.target + 1] += 1 }
        for s in 0..<supernodeCount { starts[s + 1] += starts[s] }
        var next = starts
        var sources = [Int](repeating: 0, count: runs.count)
        var rowBegins = sources
        var rowEnds = sources
        for run in runs {
            sources[next[run.target]] = run.source
            rowBegins[next[run.target]] = run.begin
            rowEnds[next[run.target]] = run.end
            next[run.target] += 1
        }
        return (starts, sources, rowBegins, rowEnds)
    }
}
