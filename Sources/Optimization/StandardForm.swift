/// The presolved program rewritten as  min cᵀx  s.t.  Ax = b,  0 ≤ x ≤ u  (u_j may be +∞).
///
/// Every surviving row becomes an equality row. A ranged or one-sided row l ≤ aᵀx ≤ u becomes
/// aᵀx − s = 0 with a slack l ≤ s ≤ u; an equality row keeps its right-hand side. Each column
/// or slack g with bounds [l, u] then becomes standard columns:
/// - l finite:            g = l + x′,  0 ≤ x′ ≤ u − l;
/// - l = −∞, u finite:    g = u − x′,  x′ ≥ 0 (column and cost negated);
/// - free:                g = x′ − x″, both ≥ 0 (split; the pair may drift together, which the
///                        divergence test's large threshold tolerates).
struct StandardForm {
    var rows: Int
    var columns: Int { cost.count }
    var columnStarts: [Int] = [0]
    var rowIndices: [Int] = []
    var values: [Double] = []
    var cost: [Double] = []
    var rhs: [Double]
    /// +∞ where the column has no upper bound.
    var upper: [Double] = []
    /// cᵀ(shifts) dropped by the substitutions, in the minimisation sense.
    var objectiveOffset: Double = 0
    /// The original row of each standard row.
    var originalRow: [Int] = []
    /// For each original column that reached the solver: value = offset + sign·x[first] − x[second].
    var columnMap: [Int: (offset: Double, sign: Double, first: Int, second: Int?)] = [:]

    /// Builds the standard form of a presolved program (which must not be decided).
    /// - Complexity: O(nonzeros).
    init(_ presolved: PresolvedProgram, matrix a: SparseMatrix) {
        var rowNumber = [Int](repeating: -1, count: a.rows)
        for i in 0..<a.rows where presolved.rowActive[i] {
            rowNumber[i] = originalRow.count
            originalRow.append(i)
        }
        rows = originalRow.count
        rhs = [Double](repeating: 0, count: rows)
        for (r, i) in originalRow.enumerated() where presolved.rowLower[i] == presolved.rowUpper[i] {
            rhs[r] = presolved.rowLower[i]
        }
        for j in 0..<a.columns where presolved.columnActive[j] {
            var entries: [(row: Int, value: Double)] = []
            for k in a.columnStarts[j]..<a.columnStarts[j + 1] where rowNumber[a.rowIndices[k]] >= 0 {
                entries.append((rowNumber[a.rowIndices[k]], a.values[k]))
            }
            columnMap[j] = addGeneralColumn(
                entries, cost: presolved.cost[j], lower: presolved.lower[j], upper: presolved.upper[j])
        }
        for (r, i) in originalRow.enumerated() where presolved.rowLower[i] != presolved.rowUpper[i] {
            _ = addGeneralColumn(
                [(r, -1)], cost: 0, lower: presolved.rowLower[i], upper: presolved.rowUpper[i])
        }
    }

    private mutating func appendColumn(_ entries: [(row: Int, value: Double)], scale: Double, cost c: Double, upper u: Double) -> Int {
        for entry in entries {
            rowIndices.append(entry.row)
            values.append(scale * entry.value)
        }
        columnStarts.append(values.count)
        cost.append(scale * c)
        upper.append(u)
        return cost.count - 1
    }

    private mutating func addGeneralColumn(
        _ entries: [(row: Int, value: Double)], cost c: Double, lower l: Double, upper u: Double
    ) -> (offset: Double, sign: Double, first: Int, second: Int?) {
        if l.isFinite || u.isFinite {
            let (offset, sign): (Double, Double) = l.isFinite ? (l, 1) : (u, -1)
            for entry in entries { rhs[entry.row] -= entry.value * offset }
            objectiveOffset += c * offset
            let first = appendColumn(entries, scale: sign, cost: c, upper: l.isFinite ? u - l : .infinity)
            return (offset, sign, first, nil)
        }
        let first = appendColumn(entries, scale: 1, cost: c, upper: .infinity)
        let second = appendColumn(entries, scale: -1, cost: c, upper: .infinity)
        return (0, 1, first, second)
    }

    /// y ← A x (length `rows`).
    func multiply(_ x: [Double]) -> [Double] {
        var result = [Double](repeating: 0, count: rows)
        for j in 0..<columns where x[j] != 0 {
            for k in columnStarts[j]..<columnStarts[j + 1] { result[rowIndices[k]] += values[k] * x[j] }
        }
        return result
    }

    /// Aᵀ y (length `columns`).
    func multiplyTransposed(_ y: [Double]) -> [Double] {
        (0..<columns).map { j in
            var sum = 0.0
            for k in columnStarts[j]..<columnStarts[j + 1] { sum += values[k] * y[rowIndices[k]] }
            return sum
        }
    }
}
