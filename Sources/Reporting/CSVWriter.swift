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
        if let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), !isPlainNumber(cell) {
            return "'" + cell
        }
        return cell
    }

    /// True for the writer's own number grammar only: an optional sign, digits with at most one
    /// decimal point (at least one digit in all), an optional exponent `e`/`E`, sign, digits.
    /// Not Swift's `Double(_:)`, which also takes `nan(…)`, `inf` and hexadecimal, so that a name
    /// such as `-nan(cmd)` is never taken for a number and left unguarded.
    static func isPlainNumber(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        func digits() -> Int {
            var count = 0
            while let next = scalars.first, ("0"..."9").contains(next) { scalars.removeFirst(); count += 1 }
            return count
        }
        if let sign = scalars.first, sign == "+" || sign == "-" { scalars.removeFirst() }
        var mantissa = digits()
        if scalars.first == "." {
            scalars.removeFirst()
            mantissa += digits()
        }
        guard mantissa > 0 else { return false }
        if let e = scalars.first, e == "e" || e == "E" {
            scalars.removeFirst()
            if let sign = scalars.first, sign == "+" || sign == "-" { scalars.removeFirst() }
            guard digits() > 0 else { return false }
        }
        return scalars.isEmpty
    }
}
