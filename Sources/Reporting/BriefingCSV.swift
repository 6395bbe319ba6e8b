import FactoryModel
import Foundation

/// A problem in an output folder's file that stops a briefing: the file, the line (1-based,
/// when there is one) and what is wrong, in words for the analyst who has to fix it.
public struct BriefingInputError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The file's name in the output folder, e.g. `tenants.csv`.
    public let file: String
    /// The 1-based line the problem is on; nil when it concerns the whole file (a missing file).
    public let line: Int?
    /// What is wrong.
    public let message: String

    /// Creates an error for `file`, at `line` when known.
    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`, as compilers and `aifactory validate` print problems.
    public var description: String { line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)" }
}

/// A CSV file read per RFC 4180 (quoted cells may hold commas, quotes and line breaks; CRLF or
/// LF line ends), with the line each record starts on, so every error can name its line.
///
/// Also reads the Dutch-Excel notation the commands can write (`--csv-dialect excel-nl`): a
/// byte-order mark, `;` between cells and a decimal comma. It is recognised by a header line
/// that holds `;` and no `,` (header cells are plain column names).
struct BriefingCSV {
    /// One data record: its cells and the 1-based line it starts on.
    struct Record {
        let line: Int
        let cells: [String]
    }

    /// The file's name, for errors.
    let file: String
    /// The header's cells.
    let header: [String]
    /// The data records, in file order.
    let records: [Record]
    /// True for the Dutch-Excel notation: numbers are written with a decimal comma.
    let usesDecimalComma: Bool

    /// Parses `text`; throws when a quote is not closed, a record has a different number of
    /// cells than the header, or there is no header.
    init(file: String, text: String) throws {
        self.file = file
        var text = Substring(text)
        if text.unicodeScalars.first == "\u{FEFF}" { text = Substring(text.unicodeScalars.dropFirst()) }
        let headerLine = text.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
        usesDecimalComma = headerLine.contains(";") && !headerLine.contains(",")
        let separator: Unicode.Scalar = usesDecimalComma ? ";" : ","
        var records: [Record] = []
        var cells: [String] = []
        var cell = ""
        var line = 1, recordLine = 1
        var inQuotes = false, cellWasQuoted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func endRecord() {
            cells.append(cell)
            // A blank line (one empty, unquoted cell) is not a record.
            if !(cells.count == 1 && cells[0].isEmpty && !cellWasQuoted) { records.append(Record(line: recordLine, cells: cells)) }
            cells = []
            cell = ""
            cellWasQuoted = false
        }
        while let scalar = pending ?? scalars.next() {
            pending = nil
            if inQuotes {
                if scalar == "\"" {
                    let next = scalars.next()
                    if next == "\"" { cell.unicodeScalars.append("\"") } else { inQuotes = false; pending = next }
                } else {
                    if scalar == "\n" { line += 1 }
                    cell.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where cell.isEmpty && !cellWasQuoted:
                inQuotes = true
                cellWasQuoted = true
            case "\"":
                throw BriefingInputError(file: file, line: line, message: "a quote inside an unquoted cell; quote the whole cell and double the quote (RFC 4180)")
            case separator:
                cells.append(cell)
                cell = ""
                cellWasQuoted = false
            case "\r":
                let next = scalars.next()
                if next != "\n" { pending = next }
                endRecord()
                line += 1
                recordLine = line
            case "\n":
                endRecord()
                line += 1
                recordLine = line
            default:
                if cellWasQuoted {
                    throw BriefingInputError(file: file, line: line, message: "text after the closing quote of a cell")
                }
                cell.unicodeScalars.append(scalar)
            }
        }
        if inQuotes { throw BriefingInputError(file: file, line: recordLine, message: "a quoted cell is never closed") }
        if !cell.isEmpty || !cells.isEmpty || cellWasQuoted { endRecord() }
        guard let header = records.first else {
            throw BriefingInputError(file: file, line: 1, message: "the file is empty; expected a header row")
        }
        self.header = header.cells
        self.records = Array(records.dropFirst())
        for record in self.records where record.cells.count != self.header.count {
            throw BriefingInputError(file: file, line: record.line,
                                     message: "\(record.cells.count) cells, but the header has \(self.header.count)")
        }
    }

    /// The position of column `name`; throws (line 1) when the header lacks it.
    func column(_ name: String) throws -> Int {
        guard let index = header.firstIndex(of: name) else {
            throw BriefingInputError(file: file, line: 1, message: "the header has no column `\(name)`")
        }
        return index
    }

    /// Reads one record through named columns, so that errors can name the column and line.
    struct Reader {
        let csv: BriefingCSV
        let record: Record

        /// The cell in column `name`, as text.
        func text(_ name: String) throws -> String { record.cells[try csv.column(name)] }

        /// The cell in column `name` as a finite number.
        func number(_ name: String) throws -> Double {
            let cell = try text(name)
            let plain = csv.usesDecimalComma ? cell.replacingOccurrences(of: ",", with: ".") : cell
            guard let value = Double(plain), value.isFinite else {
                throw BriefingInputError(file: csv.file, line: record.line, message: "column `\(name)`: `\(cell)` is not a number")
            }
            return value
        }

        /// The cell in column `name` as a finite number, or nil when the cell is empty.
        func optionalNumber(_ name: String) throws -> Double? {
            try text(name).isEmpty ? nil : try number(name)
        }

        /// The cell in column `name` as a whole number.
        func count(_ name: String) throws -> Int {
            let cell = try text(name)
            guard let value = Int(cell) else {
                throw BriefingInputError(file: csv.file, line: record.line, message: "column `\(name)`: `\(cell)` is not a whole number")
            }
            return value
        }

        /// The cell in column `name` as a month `YYYY-MM`.
        func month(_ name: String) throws -> Month {
            let cell = try text(name)
            guard let month = Month(parsing: cell) else {
                throw BriefingInputError(file: csv.file, line: record.line, message: "column `\(name)`: `\(cell)` is not a month (YYYY-MM)")
            }
            return month
        }

        /// An error at this record's line.
        func error(_ message: String) -> BriefingInputError {
            BriefingInputError(file: csv.file, line: record.line, message: message)
        }
    }

    /// Checks that every column in `names` is there, then maps each record through `read`.
    func rows<Row>(requiring names: [String], _ read: (Reader) throws -> Row) throws -> [Row] {
        for name in names { _ = try column(name) }
        return try records.map { try read(Reader(csv: self, record: $0)) }
    }
}
