/// A sparse matrix in compressed sparse column form: the nonzeros of column j are
/// `values[columnStarts[j]..<columnStarts[j + 1]]` at rows `rowIndices[...]`, rows ascending.
public struct SparseMatrix: Sendable, Equatable {
    /// Number of rows.
    public var rows: Int
    /// Number of columns.
    public var columns: Int
    /// `columns + 1` offsets into `rowIndices` and `values`.
    public var columnStarts: [Int]
    /// Row of each nonzero.
    public var rowIndices: [Int]
    /// Value of each nonzero.
    public var values: [Double]

    /// Creates a matrix from CSC arrays (validated by precondition).
    public init(rows: Int, columns: Int, columnStarts: [Int], rowIndices: [Int], values: [Double]) {
        precondition(columnStarts.count == columns + 1 && rowIndices.count == values.count && columnStarts.last == values.count)
        self.rows = rows
        self.columns = columns
        self.columnStarts = columnStarts
        self.rowIndices = rowIndices
        self.values = values
    }

    /// Builds a matrix from (row, column, value) triplets; duplicates are summed, zeros kept out.
    public init(rows: Int, columns: Int, triplets: [(row: Int, column: Int, value: Double)]) {
        var byColumn = [[(row: Int, value: Double)]](repeating: [], count: columns)
        for entry in triplets { byColumn[entry.column].append((entry.row, entry.value)) }
        var starts = [0]
        var rowIndices: [Int] = []
        var values: [Double] = []
        for column in byColumn {
            var merged: [Int: Double] = [:]
            for entry in column { merged[entry.row, default: 0] += entry.value }
            for row in merged.keys.sorted() where merged[row]! != 0 {
                rowIndices.append(row)
                values.append(merged[row]!)
            }
            starts.append(values.count)
        }
        self.init(rows: rows, columns: columns, columnStarts: starts, rowIndices: rowIndices, values: values)
    }

    /// Nonzeros.
    public var nonzeroCount: Int { values.count }
}

/// A linear (or mixed-integer) program in general form:
///
///     minimise or maximise  cᵀx + objectiveConstant
///     subject to            rowLower ≤ A x ≤ rowUpper
///                           lowerBounds ≤ x ≤ upperBounds,  x_j integer where isInteger[j]
///
/// Infinite bounds are `-Double.infinity` / `Double.infinity`; an equality row has
/// `rowLower == rowUpper`, a free row both infinite. This is the model the MPS reader fills,
/// the MPS writer prints and the interior-point and branch-and-bound solvers take.
public struct LinearProgram: Sendable, Equatable {
    /// Whether the objective is minimised or maximised.
    public enum Sense: String, Sendable, Equatable {
        case minimize, maximize
    }

    /// The problem's name (the MPS `NAME` line).
    public var name: String
    /// Minimise or maximise.
    public var sense: Sense
    /// The objective row's name (MPS `N` row).
    public var objectiveName: String
    /// c: one objective coefficient per variable.
    public var objective: [Double]
    /// A constant added to the objective (MPS: minus the objective row's RHS).
    public var objectiveConstant: Double
    /// Variable (column) names, in order.
    public var variableNames: [String]
    /// Lower bound of each variable.
    public var lowerBounds: [Double]
    /// Upper bound of each variable.
    public var upperBounds: [Double]
    /// Whether each variable must take an integer value.
    public var isInteger: [Bool]
    /// Constraint (row) names, in order.
    public var rowNames: [String]
    /// Lower limit of each row's activity.
    public var rowLower: [Double]
    /// Upper limit of each row's activity.
    public var rowUpper: [Double]
    /// A: rows × variables.
    public var matrix: SparseMatrix

    /// Creates a program; array lengths must agree with the matrix (checked by precondition).
    public init(
        name: String = "", sense: Sense = .minimize, objectiveName: String = "obj", objective: [Double],
        objectiveConstant: Double = 0, variableNames: [String]? = nil, lowerBounds: [Double], upperBounds: [Double],
        isInteger: [Bool]? = nil, rowNames: [String]? = nil, rowLower: [Double], rowUpper: [Double], matrix: SparseMatrix
    ) {
        precondition(objective.count == matrix.columns && lowerBounds.count == matrix.columns && upperBounds.count == matrix.columns)
        precondition(rowLower.count == matrix.rows && rowUpper.count == matrix.rows)
        self.name = name
        self.sense = sense
        self.objectiveName = objectiveName
        self.objective = objective
        self.objectiveConstant = objectiveConstant
        self.variableNames = variableNames ?? (0..<matrix.columns).map { "x\($0 + 1)" }
        self.lowerBounds = lowerBounds
        self.upperBounds = upperBounds
        self.isInteger = isInteger ?? [Bool](repeating: false, count: matrix.columns)
        self.rowNames = rowNames ?? (0..<matrix.rows).map { "r\($0 + 1)" }
        self.rowLower = rowLower
        self.rowUpper = rowUpper
        self.matrix = matrix
    }

    /// Number of variables.
    public var variableCount: Int { matrix.columns }
    /// Number of constraint rows.
    public var rowCount: Int { matrix.rows }
}
