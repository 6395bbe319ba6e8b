/// A dense matrix of `Double` values stored in column-major order.
///
/// Column-major means the entries of column 0 come first, then column 1, and
/// so on: the entry at `(row, column)` lives at
/// `elements[column * rows + row]`. This is the layout LAPACK and BLAS expect,
/// so the storage is handed to them without copying or transposing.
///
/// `Matrix` is a value type: copies are independent, and mutation of a copy
/// never affects the original (the storage is copy-on-write).
public struct Matrix: Sendable, Equatable {
    /// The number of rows.
    public let rows: Int
    /// The number of columns.
    public let columns: Int
    /// The entries in column-major order; `elements.count == rows * columns`.
    public private(set) var elements: [Double]

    /// Creates a matrix with every entry set to one value.
    ///
    /// - Parameters:
    ///   - rows: The number of rows, zero or more.
    ///   - columns: The number of columns, zero or more.
    ///   - value: The value of every entry.
    /// - Complexity: O(rows × columns).
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        precondition(rows >= 0 && columns >= 0, "Matrix dimensions must not be negative")
        self.rows = rows
        self.columns = columns
        self.elements = Array(repeating: value, count: rows * columns)
    }

    /// Creates a matrix from entries already in column-major order.
    ///
    /// - Parameters:
    ///   - rows: The number of rows, zero or more.
    ///   - columns: The number of columns, zero or more.
    ///   - elements: The entries, column by column; the count must be
    ///     `rows * columns`.
    /// - Complexity: O(1) beyond the array itself.
    public init(rows: Int, columns: Int, elements: [Double]) {
        precondition(rows >= 0 && columns >= 0, "Matrix dimensions must not be negative")
        precondition(
            elements.count == rows * columns,
            "A \(rows)×\(columns) matrix needs \(rows * columns) elements, got \(elements.count)")
        self.rows = rows
        self.columns = columns
        self.elements = elements
    }

    /// Creates a matrix from a list of rows, the way matrices are written on paper.
    ///
    /// `Matrix(rowMajor: [[1, 2], [3, 4]])` has first row `1 2` and second
    /// row `3 4`. Every row must have the same length. An empty list gives a
    /// 0×0 matrix.
    ///
    /// - Parameter rowMajor: The rows of the matrix, top to bottom.
    /// - Complexity: O(rows × columns).
    public init(rowMajor: [[Double]]) {
        let rowCount = rowMajor.count
        let columnCount = rowMajor.first?.count ?? 0
        precondition(
            rowMajor.allSatisfy { $0.count == columnCount },
            "Every row must have the same number of entries")
        var elements = [Double]()
        elements.reserveCapacity(rowCount * columnCount)
        for column in 0..<columnCount {
            for row in 0..<rowCount {
                elements.append(rowMajor[row][column])
            }
        }
        self.init(rows: rowCount, columns: columnCount, elements: elements)
    }

    /// Returns the n×n identity matrix.
    ///
    /// - Parameter n: The number of rows and columns.
    /// - Complexity: O(n²).
    public static func identity(_ n: Int) -> Matrix {
        var result = Matrix(rows: n, columns: n)
        for i in 0..<n {
            result[i, i] = 1
        }
        return result
    }

    /// Accesses the entry at a zero-based row and column.
    ///
    /// - Parameters:
    ///   - row: The row index, in `0..<rows`.
    ///   - column: The column index, in `0..<columns`.
    /// - Complexity: O(1).
    public subscript(row: Int, column: Int) -> Double {
        get {
            precondition(isValid(row: row, column: column), "Index (\(row), \(column)) is outside a \(rows)×\(columns) matrix")
            return elements[column * rows + row]
        }
        set {
            precondition(isValid(row: row, column: column), "Index (\(row), \(column)) is outside a \(rows)×\(columns) matrix")
            elements[column * rows + row] = newValue
        }
    }

    /// Returns the transpose: a `columns`×`rows` matrix whose `(j, i)` entry
    /// is this matrix's `(i, j)` entry.
    ///
    /// - Complexity: O(rows × columns).
    public func transposed() -> Matrix {
        var result = Matrix(rows: columns, columns: rows)
        for column in 0..<columns {
            for row in 0..<rows {
                result.elements[row * columns + column] = elements[column * rows + row]
            }
        }
        return result
    }

    /// Returns one column as an array of length `rows`.
    ///
    /// - Parameter index: The zero-based column index, in `0..<columns`.
    /// - Complexity: O(rows).
    public func column(_ index: Int) -> [Double] {
        precondition(index >= 0 && index < columns, "Column \(index) is outside a \(rows)×\(columns) matrix")
        return Array(elements[index * rows..<(index + 1) * rows])
    }

    /// Whether every entry is finite (neither NaN nor infinite).
    var isFinite: Bool { elements.allSatisfy(\.isFinite) }

    /// A description of the shape, such as "3×4", used in error messages.
    var shapeDescription: String { "\(rows)×\(columns)" }

    private func isValid(row: Int, column: Int) -> Bool {
        row >= 0 && row < rows && column >= 0 && column < columns
    }
}

extension Matrix: CustomStringConvertible {
    /// The matrix written row by row, one line per row.
    public var description: String {
        guard rows > 0 else { return "[\(rows)×\(columns) matrix]" }
        return (0..<rows).map { row in
            "[" + (0..<columns).map { String(self[row, $0]) }.joined(separator: ", ") + "]"
        }.joined(separator: "\n")
    }
}
