/// Basic presolve of a general-form program, in the minimisation sense.
///
/// Repeated until nothing changes:
/// - free rows (both limits infinite) are dropped; their multiplier is 0;
/// - empty rows are dropped after checking 0 lies within their limits (else infeasible);
/// - singleton rows l ≤ a·x_j ≤ u become bounds on x_j; the row that set each bound is remembered
///   so its multiplier can be returned to it after the solve;
/// - fixed columns (lower == upper) are substituted into the row limits;
/// - empty columns are fixed at the bound their cost prefers. When that bound is infinite the
///   column is a ray of unbounded descent, but only if the rest of the program is feasible: the
///   column is then fixed at its finite bound (or 0) and listed in `unboundedColumns`, and the
///   solver reports unbounded only once the rest has been solved to optimality (an infeasible
///   rest makes the program infeasible, whatever the empty column does).
struct PresolvedProgram {
    /// Cost in the minimisation sense (negated for a maximisation).
    var cost: [Double]
    var lower: [Double]
    var upper: [Double]
    var rowLower: [Double]
    var rowUpper: [Double]
    var rowActive: [Bool]
    var columnActive: [Bool]
    /// The value of each removed column.
    var fixedValue: [Double]
    /// The singleton row (and its coefficient) that set a column's lower / upper bound, if any.
    var lowerSource: [(row: Int, coefficient: Double)?]
    var upperSource: [(row: Int, coefficient: Double)?]
    /// Singleton rows in the order they were removed, with their column.
    var singletonStack: [(row: Int, column: Int)] = []
    /// `.infeasible` (or `.numericalTrouble` for NaN data) when presolve alone decided the program.
    var decided: LPStatus?
    /// Empty columns whose cost improves without limit along an infinite bound (fixed at a
    /// finite value for the rest of the solve); the program is unbounded if the rest is feasible.
    var unboundedColumns: [Int] = []
    /// The rows of the original matrix: (column, value) pairs.
    let rowEntries: [[(column: Int, value: Double)]]

    /// Runs presolve on `program`.
    /// - Complexity: O(passes × nonzeros); a pass repeats only after a removal.
    init(_ program: LinearProgram) {
        let a = program.matrix
        let sign: Double = program.sense == .maximize ? -1 : 1
        cost = program.objective.map { sign * $0 }
        lower = program.lowerBounds
        upper = program.upperBounds
        rowLower = program.rowLower
        rowUpper = program.rowUpper
        rowActive = [Bool](repeating: true, count: a.rows)
        columnActive = [Bool](repeating: true, count: a.columns)
        fixedValue = [Double](repeating: 0, count: a.columns)
        lowerSource = Array(repeating: nil, count: a.columns)
        upperSource = Array(repeating: nil, count: a.columns)
        var entries = [[(column: Int, value: Double)]](repeating: [], count: a.rows)
        for j in 0..<a.columns {
            for k in a.columnStarts[j]..<a.columnStarts[j + 1] where a.values[k] != 0 {
                entries[a.rowIndices[k]].append((j, a.values[k]))
            }
        }
        rowEntries = entries
        if (cost + lower + upper + rowLower + rowUpper + a.values).contains(where: \.isNaN) {
            decided = .numericalTrouble
            return
        }
        var changed = true
        while changed && decided == nil {
            let rowsChanged = presolveRows()
            let columnsChanged = decided == nil && presolveColumns(a)
            changed = rowsChanged || columnsChanged
        }
    }

    /// Whether the program's arrays agree with its matrix and the matrix's indices are in range
    /// (`LinearProgram`'s fields are public and mutable, so its initializer's checks may no longer hold).
    static func isWellFormed(_ program: LinearProgram) -> Bool {
        let a = program.matrix
        guard a.rows >= 0, a.columns >= 0, a.columnStarts.count == a.columns + 1, a.columnStarts.first == 0,
            a.columnStarts.last == a.values.count, a.rowIndices.count == a.values.count,
            program.objective.count == a.columns, program.lowerBounds.count == a.columns,
            program.upperBounds.count == a.columns, program.rowLower.count == a.rows, program.rowUpper.count == a.rows
        else { return false }
        for j in 0..<a.columns where a.columnStarts[j] > a.columnStarts[j + 1] { return false }
        return a.rowIndices.allSatisfy { $0 >= 0 && $0 < a.rows }
    }

    private static func tolerance(_ values: Double...) -> Double {
        1e-9 * (1 + (values.filter(\.isFinite).map(abs).max() ?? 0))
    }

    private mutating func presolveRows() -> Bool {
        var changed = false
        for i in rowEntries.indices where rowActive[i] {
            let live = rowEntries[i].filter { columnActive[$0.column] }
            let (l, u) = (rowLower[i], rowUpper[i])
            if l > u + Self.tolerance(l, u) || l == .infinity || u == -.infinity {
                decided = .infeasible
                return false
            }
            if l == -.infinity && u == .infinity {
                rowActive[i] = false
            } else if live.isEmpty {
                let tol = Self.tolerance(l, u)
                if l > tol || u < -tol {
                    decided = .infeasible
                    return false
                }
                rowActive[i] = false
            } else if live.count == 1 {
                let (j, coefficient) = (live[0].column, live[0].value)
                var (lo, hi) = (l / coefficient, u / coefficient)
                if coefficient < 0 { swap(&lo, &hi) }
                if lo > lower[j] {
                    lower[j] = lo
                    lowerSource[j] = (i, coefficient)
                }
                if hi < upper[j] {
                    upper[j] = hi
                    upperSource[j] = (i, coefficient)
                }
                rowActive[i] = false
                singletonStack.append((i, j))
            } else {
                continue
            }
            changed = true
        }
        return changed
    }

    private mutating func presolveColumns(_ a: SparseMatrix) -> Bool {
        var changed = false
        for j in 0..<a.columns where columnActive[j] {
            let (l, u) = (lower[j], upper[j])
            let tol = Self.tolerance(l, u)
            if l > u + tol || l == .infinity || u == -.infinity {
                decided = .infeasible
                return false
            }
            var value: Double
            if u - l <= tol {
                value = l <= u ? l : 0.5 * (l + u)
            } else if !(a.columnStarts[j]..<a.columnStarts[j + 1]).contains(where: { rowActive[a.rowIndices[$0]] }) {
                if cost[j] > 0 {
                    value = l
                } else if cost[j] < 0 {
                    value = u
                } else {
                    value = min(max(0, l), u)
                }
                if !value.isFinite {
                    // A ray of descent if the rest is feasible; the rest is solved to find out.
                    value = min(max(0, l), u)
                    unboundedColumns.append(j)
                }
            } else {
                continue
            }
            fixedValue[j] = value
            columnActive[j] = false
            for k in a.columnStarts[j]..<a.columnStarts[j + 1] where rowActive[a.rowIndices[k]] {
                rowLower[a.rowIndices[k]] -= a.values[k] * value
                rowUpper[a.rowIndices[k]] -= a.values[k] * value
            }
            changed = true
        }
        return changed
    }

    /// Completes the row multipliers and reduced costs of the original program (minimisation
    /// sense) from the multipliers `y` of the rows that reached the solver (0 elsewhere):
    /// singleton rows are revisited in reverse order of removal, and a column's nonzero reduced
    /// cost at a bound set by such a row is moved to that row.
    func postsolveDuals(_ y: inout [Double], matrix a: SparseMatrix) -> [Double] {
        func reducedCost(_ j: Int) -> Double {
            var d = cost[j]
            for k in a.columnStarts[j]..<a.columnStarts[j + 1] { d -= a.values[k] * y[a.rowIndices[k]] }
            return d
        }
        for (row, column) in singletonStack.reversed() {
            let d = reducedCost(column)
            if d > 0, let source = lowerSource[column], source.row == row {
                y[row] = d / source.coefficient
            } else if d < 0, let source = upperSource[column], source.row == row {
                y[row] = d / source.coefficient
            }
        }
        return (0..<a.columns).map(reducedCost)
    }
}
