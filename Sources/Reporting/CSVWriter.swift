/// Builds CSV text in one `CSVDialect`, CRLF line ends, cells quoted when they hold the
/// separator, a quote or a line break, and spreadsheet formulas neutralised.
///
/// The dialect is chosen here, when writing: an `excel-nl` file is written directly, never
/// converted from RFC 4180 text.
public struct CSVWriter: Sendable {
    /// The notation the text is written in.
    public let dialect: CSVDialect
    /// The text written so far, starting with the dialect's byte-order mark.
    public private(set) var text: String

    /// Creates an empty writer for `dialect` (RFC 4180 unless told otherwise).
    public init(dialect: CSVDialect = .rfc4180) {
        self.dialect = dialect
        text = dialect.byteOrderMark
    }

    /// Appends one row of cells, each given as RFC 4180 would hold it unquoted (numbers with `.`).
    public mutating func appendRow(_ cells: [String]) {
        text += cells.map { dialect.cell(Self.neutralised($0)) }.joined(separator: String(dialect.separator)) + "\r\n"
    }

    /// One cell as RFC 4180 writes it: neutralised, then quoted when it holds a comma, quote or
    /// line break.
    public static func escape(_ cell: String) -> String { CSVDialect.rfc4180.cell(neutralised(cell)) }

    /// A cell that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or
    /// carriage return) gets a leading `'`, unless it is a plain number such as `-3.5`.
    static func neutralised(_ cell: String) -> String {
        if let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(cell) == nil {
            return "'" + cell
        }
        return cell
    }
}
