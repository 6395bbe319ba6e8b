/// A CSV file read back: its header and rows of text cells, in either `CSVDialect`, with the
/// line each row starts on. The one CSV reader: `check`, the sweep store and the output-folder
/// reader (`OutputResults(files:)`) all read through it.
///
/// Reads what RFC 4180 allows: quoted cells with doubled quotes and embedded separators or line
/// breaks, CRLF or LF line ends, a final line end or none, and a leading byte-order mark. Blank
/// lines are skipped.
public struct CSVTable: Sendable, Equatable {
    /// The first row.
    public var header: [String]
    /// The other rows, in file order.
    public var rows: [[String]]
    /// The 1-based line each of `rows` starts on (a quoted cell may span lines).
    public var rowLines: [Int]

    /// Parses `text` in `dialect`; `file` names it in errors.
    /// - Throws: `CSVParseError` with the line of an unterminated quote, a stray quote, text
    ///   after a closing quote, or a row whose cell count differs from the header's.
    /// - Complexity: O(length of `text`).
    public init(parsing text: String, dialect: CSVDialect, file: String) throws(CSVParseError) {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        let separator = dialect.separator.unicodeScalars.first!
        var records: [(line: Int, cells: [String])] = []
        var cells: [String] = []
        var cell = String.UnicodeScalarView()
        var line = 1
        var recordLine = 1
        var index = 0
        var quoted = false
        var cellWasQuoted = false
        func endCell() {
            cells.append(String(cell))
            cell = String.UnicodeScalarView()
        }
        func endRecord() {
            let isBlank = cells.isEmpty && cell.isEmpty && !cellWasQuoted
            endCell()
            if !isBlank { records.append((recordLine, cells)) }
            cells = []
            cellWasQuoted = false
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if quoted {
                if scalar == "\"" {
                    if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                        cell.append("\"")
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    cell.append(scalar)
                }
            } else if scalar == "\"" {
                guard cell.isEmpty, !cellWasQuoted else {
                    throw CSVParseError(file: file, line: line, message: "a quote in the middle of an unquoted cell; expected quotes only around a whole cell, doubled inside it")
                }
                quoted = true
                cellWasQuoted = true
            } else if scalar == separator {
                endCell()
                cellWasQuoted = false
            } else if scalar == "\r" || scalar == "\n" {
                if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
                endRecord()
                line += 1
                recordLine = line
            } else {
                guard !cellWasQuoted else {
                    throw CSVParseError(file: file, line: line, message: "text after the closing quote of a cell; quote the whole cell and double the quotes inside it")
                }
                cell.append(scalar)
            }
            index += 1
        }
        if quoted { throw CSVParseError(file: file, line: recordLine, message: "a quoted cell is never closed; expected a closing quote") }
        if !cell.isEmpty || !cells.isEmpty || cellWasQuoted { endRecord() }
        guard let first = records.first else {
            throw CSVParseError(file: file, line: 1, message: "the file is empty; expected a header row")
        }
        for record in records.dropFirst() where record.cells.count != first.cells.count {
            throw CSVParseError(file: file, line: record.line, message: "\(record.cells.count) cells, but the header has \(first.cells.count)")
        }
        header = first.cells
        rows = records.dropFirst().map(\.cells)
        rowLines = records.dropFirst().map(\.line)
    }

    /// The index of column `name`, if the header has it.
    public func column(_ name: String) -> Int? { header.firstIndex(of: name) }
}
/// A CSV file that could not be read, with its place.
public struct CSVParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file, as given.
    public let file: String
    /// The 1-based line the problem was found on.
    public let line: Int
    /// What is wrong, in words.
    public let message: String

    /// `FILE:LINE: message`.
    public var description: String { "\(file):\(line): \(message)" }
}
