/// The columns of one output CSV file, in order: what its writer writes and its reader reads.
public struct CSVColumns<Row>: Sendable {
    /// The columns, in file order.
    public let columns: [CSVColumn<Row>]

    /// A file of `columns`, in order.
    public init(_ columns: [CSVColumn<Row>]) { self.columns = columns }

    /// The header: every column's name.
    public var names: [String] { columns.map(\.name) }

    /// One row's cells as RFC 4180 holds them unquoted (numbers with a `.`).
    public func cells(_ row: Row) -> [String] { columns.map { $0.write(row) } }

    /// The file's text in `dialect`: the header, then one line per row.
    /// - Complexity: O(rows × columns).
    public func text(_ rows: some Sequence<Row>, dialect: CSVDialect) -> String {
        var writer = CSVWriter(dialect: dialect)
        writer.appendRow(names)
        for row in rows { writer.appendRow(cells(row)) }
        return writer.text
    }

    /// `row` as it reads back from a file written in `dialect`: every read-back column written
    /// as the writer writes it (its decimals; a text neutralised against formulas, and in
    /// excel-nl a text that is a plain number with a decimal comma) and read again, so a value
    /// computed in full precision equals the one a reader of the file gets. Columns that are
    /// written only, and cells that would not read back (a non-finite number), keep their value.
    public func rounded(_ row: Row, dialect: CSVDialect = .rfc4180) -> Row {
        var rounded = row
        for column in columns {
            guard let read = column.read else { continue }
            let text = dialect.unquotedCell(CSVWriter.neutralised(column.write(row)))
            try? read(&rounded, CSVCell(text: text, file: "", line: 0, column: column.name, dialect: dialect))
        }
        return rounded
    }

    /// Reads the rows of `text` (either dialect, told by its header), each from `template` with
    /// every read-back column set; `check` may reject a row (it gets the row and its line).
    /// - Throws: `OutputFileError` naming `file` and the line of a malformed cell, a missing
    ///   column (line 1), or a row `check` rejects.
    public func rows(in text: String, file: String, template: Row,
                     check: (Row, Int) throws -> Void = { _, _ in }) throws -> [Row] {
        let dialect = CSVDialect.detected(in: text)
        let table: CSVTable
        do { table = try CSVTable(parsing: text, dialect: dialect, file: file) } catch { throw OutputFileError(error) }
        var readers: [(index: Int, column: CSVColumn<Row>, read: @Sendable (inout Row, CSVCell) throws -> Void)] = []
        for column in columns {
            guard let read = column.read else { continue }
            guard let index = table.column(column.name) else {
                if column.mayBeAbsent { continue }
                throw OutputFileError(file: file, line: 1, message: "the header has no column `\(column.name)`")
            }
            readers.append((index, column, read))
        }
        var rows: [Row] = []
        rows.reserveCapacity(table.rows.count)
        for (cells, line) in zip(table.rows, table.rowLines) {
            var row = template
            for reader in readers {
                try reader.read(&row, CSVCell(text: cells[reader.index], file: file, line: line, column: reader.column.name, dialect: dialect))
            }
            try check(row, line)
            rows.append(row)
        }
        return rows
    }
}
