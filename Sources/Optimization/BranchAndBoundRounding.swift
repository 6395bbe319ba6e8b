/// The rounding heuristic of `BranchAndBoundSolver`: turns a fractional LP point into integer
/// values for the integer variables, repairing the rows that hold integer variables only.
///
/// Rounding every integer variable the same way rarely works on a planning model: rounding
/// down breaks the "at least" rows (quota coverage), rounding up or to nearest breaks the
/// "at most" rows (budget). So after rounding by the rule, each violated all-integer row is
/// repaired by switching fractional variables to their other rounding, the one nearest to its
/// other rounding first (ties: lowest index), while the switch moves the row towards its
/// limits, until the row holds or no such variable is left. Rows with continuous variables are
/// left to the LP re-solve that follows, which places the continuous variables.
struct BranchAndBoundRounding {
    /// Row entries of the rows whose variables are all integer.
    private let integerRows: [(row: Int, entries: [(column: Int, value: Double)])]
    private let program: LinearProgram
    private let tolerance: Double

    /// Prepares the heuristic for `program` (integer bounds already rounded inwards).
    init(program: LinearProgram, integralityTolerance: Double) {
        self.program = program
        tolerance = integralityTolerance
        let a = program.matrix
        var entries = [[(column: Int, value: Double)]](repeating: [], count: a.rows)
        var allInteger = [Bool](repeating: true, count: a.rows)
        for j in 0..<a.columns {
            for k in a.columnStarts[j]..<a.columnStarts[j + 1] {
                entries[a.rowIndices[k]].append((j, a.values[k]))
                if !program.isInteger[j] { allInteger[a.rowIndices[k]] = false }
            }
        }
        integerRows = (0..<a.rows).filter { allInteger[$0] && !entries[$0].isEmpty }.map { ($0, entries[$0]) }
    }

    /// Integer values for the integer variables of `point` (other entries unchanged), rounded
    /// by `rule` and repaired, within the variables' bounds.
    func round(_ point: [Double], _ rule: FloatingPointRoundingRule) -> [Double] {
        var values = point
        var alternative = point
        for j in point.indices where program.isInteger[j] {
            let nearest = point[j].rounded()
            if abs(point[j] - nearest) <= tolerance {
                values[j] = clamp(nearest, j)
                alternative[j] = values[j]
            } else {
                values[j] = clamp(point[j].rounded(rule), j)
                let other = values[j] <= point[j] ? point[j].rounded(.up) : point[j].rounded(.down)
                alternative[j] = clamp(other, j)
            }
        }
        for (row, entries) in integerRows {
            var activity = entries.reduce(0) { $0 + $1.value * values[$1.column] }
            let low = program.rowLower[row], high = program.rowUpper[row]
            var switchable = entries.filter { alternative[$0.column] != values[$0.column] }
            // Nearest to its other rounding first, then lowest index.
            switchable.sort {
                let a = abs(point[$0.column] - alternative[$0.column]), b = abs(point[$1.column] - alternative[$1.column])
                return a != b ? a < b : $0.column < $1.column
            }
            for entry in switchable {
                let below = activity < low - 1e-9 * (1 + abs(low)), above = activity > high + 1e-9 * (1 + abs(high))
                guard below || above else { break }
                let change = entry.value * (alternative[entry.column] - values[entry.column])
                guard (below && change > 0) || (above && change < 0) else { continue }
                activity += change
                swap(&values[entry.column], &alternative[entry.column])
            }
        }
        return values
    }

    private func clamp(_ value: Double, _ j: Int) -> Double {
        min(max(value, program.lowerBounds[j]), program.upperBounds[j])
    }
}
