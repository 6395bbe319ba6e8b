// The permuted pattern and its elimination tree: parent(j) is the first row below the
// diagonal in column j of L, and column j's structure flows into its parent's.

/// The lower triangle of P·A·Pᵀ, in permuted indices, both by column and by row.
struct PermutedPattern {
    /// `inversePermutation[i]` is the step at which original index i is eliminated.
    let inversePermutation: [Int]
    /// Column c's entries (diagonal included) are `lowerRows[lowerStarts[c]..<lowerStarts[c + 1]]`, rows ≥ c.
    let lowerStarts: [Int]
    /// The permuted row of each entry, by permuted column.
    let lowerRows: [Int]
    /// The position in the caller's `rowIndices`/`values` of each entry, aligned with `lowerRows`.
    let lowerEntries: [Int]
    /// Row r's strictly-lower entries are in columns `upperColumns[upperStarts[r]..<upperStarts[r + 1]]`, all < r.
    let upperStarts: [Int]
    /// The permuted column of each strictly-lower entry, by permuted row.
    let upperColumns: [Int]

    /// Permutes a validated lower-triangle CSC pattern: entry (i, j) moves to
    /// (max(p(i), p(j)), min(p(i), p(j))) with p the inverse permutation.
    ///
    /// - Complexity: O(n + nnz).
    init(permutation: [Int], columnStarts: [Int], rowIndices: [Int]) {
        let n = permutation.count
        var inverse = [Int](repeating: 0, count: n)
        for (step, original) in permutation.enumerated() { inverse[original] = step }
        var lowerCounts = [Int](repeating: 0, count: n + 1)
        var upperCounts = [Int](repeating: 0, count: n + 1)
        for j in 0..<n {
            for p in columnStarts[j]..<columnStarts[j + 1] {
                let a = inverse[rowIndices[p]]
                let b = inverse[j]
                lowerCounts[min(a, b) + 1] += 1
                if a != b { upperCounts[max(a, b) + 1] += 1 }
            }
        }
        for k in 0..<n {
            lowerCounts[k + 1] += lowerCounts[k]
            upperCounts[k + 1] += upperCounts[k]
        }
        var lowerNext = lowerCounts
        var upperNext = upperCounts
        var lowerRows = [Int](repeating: 0, count: rowIndices.count)
        var lowerEntries = [Int](repeating: 0, count: rowIndices.count)
        var upperColumns = [Int](repeating: 0, count: lowerCounts[n] - n)
        for j in 0..<n {
            for p in columnStarts[j]..<columnStarts[j + 1] {
                let a = inverse[rowIndices[p]]
                let b = inverse[j]
                let (row, column) = (max(a, b), min(a, b))
                lowerRows[lowerNext[column]] = row
                lowerEntries[lowerNext[column]] = p
                lowerNext[column] += 1
                if row != column {
                    upperColumns[upperNext[row]] = column
                    upperNext[row] += 1
                }
            }
        }
        self.inversePermutation = inverse
        self.lowerStarts = lowerCounts
        self.lowerRows = lowerRows
        self.lowerEntries = lowerEntries
        self.upperStarts = upperCounts
        self.upperColumns = upperColumns
    }

    /// The order n of the matrix.
    var dimension: Int { inversePermutation.count }

    /// The elimination tree of the permuted matrix: `parents[j]` is the parent of column j,
    /// or −1 for a root. Liu's algorithm with path compression.
    ///
    /// - Complexity: O(nnz · α(n)), nearly linear.
    func eliminationTree() -> [Int] {
        let n = dimension
        var parents = [Int](repeating: -1, count: n)
        var ancestors = [Int](repeating: -1, count: n)
        for row in 0..<n {
            for p in upperStarts[row]..<upperStarts[row + 1] {
                var node = upperColumns[p]
                // Climb from the column to the root of its current subtree, pointing the path at `row`.
                while ancestors[node] != -1 && ancestors[node] != row {
                    let next = ancestors[node]
                    ancestors[node] = row
                    node = next
                }
                if ancestors[node] == -1 {
                    ancestors[node] = row
                    parents[node] = row
                }
            }
        }
        return parents
    }
}

extension SparseCholeskyAnalysis {
    /// A postorder of a forest: every node comes after its descendants, and each subtree
    /// occupies a consecutive run. Children are visited in ascending order, roots likewise.
    ///
    /// - Parameter parents: The parent of each node, −1 for roots; parents[j] > j.
    /// - Returns: `order[k]` is the node visited k-th.
    /// - Complexity: O(n).
    static func postorder(parents: [Int]) -> [Int] {
        let n = parents.count
        var firstChild = [Int](repeating: -1, count: n)
        var nextSibling = [Int](repeating: -1, count: n)
        // Pushing children in descending order leaves each list ascending.
        for node in (0..<n).reversed() where parents[node] != -1 {
            nextSibling[node] = firstChild[parents[node]]
            firstChild[parents[node]] = node
        }
        var order = [Int]()
        order.reserveCapacity(n)
        var stack = [Int]()
        for root in 0..<n where parents[root] == -1 {
            stack.append(root)
            while let top = stack.last {
                let child = firstChild[top]
                if child != -1 {
                    firstChild[top] = nextSibling[child]
                    stack.append(child)
                } else {
                    stack.removeLast()
                    order.append(top)
                }
            }
        }
        return order
    }
}
