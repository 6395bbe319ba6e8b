/// The notations a CSV file can be written in. The numbers are the same; only the separator,
/// the decimal mark and the byte-order mark differ.
public enum CSVDialect: String, CaseIterable, Sendable {
    /// RFC 4180: comma separator, `.` decimal point, UTF-8 without a byte-order mark, CRLF.
    /// What every program reads, and what the committed baselines use.
    case rfc4180
    /// Excel in a Dutch locale: semicolon separator, decimal comma, UTF-8 with a byte-order mark
    /// (without it Excel reads UTF-8 as Windows-1252 and breaks every "€" and "ë"), CRLF.
    case excelNL = "excel-nl"

    /// The cell separator.
    public var separator: Character { self == .rfc4180 ? "," : ";" }
    /// The decimal mark of numbers.
    public var decimalMark: Character { self == .rfc4180 ? "." : "," }
    /// What the file starts with.
    public var byteOrderMark: String { self == .rfc4180 ? "" : "\u{FEFF}" }

    /// The dialect a file is written in, told from its header line: `excel-nl` when the header
    /// holds `;` and no `,` (header cells are plain column names), else RFC 4180.
    public static func detected(in text: String) -> CSVDialect {
        let header = text.unicodeScalars.prefix { $0 != "\n" && $0 != "\r" }
        return header.contains(";") && !header.contains(",") ? .excelNL : .rfc4180
    }

    /// Rewrites RFC 4180 text written elsewhere (a table not built by `CSVWriter`) in this
    /// dialect; files aifactory builds are written in their dialect directly. Cells that are plain
    /// numbers get this dialect's decimal mark, every cell is quoted again by this dialect's
    /// rules, and the byte-order mark is added. Text cells are never changed, so a tenant's name
    /// reads back the same; the one exception is a text that is itself a plain number (a tenant
    /// called "3.5"), which is written as the number Dutch Excel would read it as anyway.
    /// - Throws: `CSVParseError` when `text` is not valid RFC 4180.
    public func convert(_ text: String) throws(CSVParseError) -> String {
        guard self != .rfc4180 else { return text }
        let table = try CSVTable(parsing: text, dialect: .rfc4180, file: "(generated)")
        var out = byteOrderMark
        for row in [table.header] + table.rows {
            out += row.map(cell).joined(separator: String(separator)) + "\r\n"
        }
        return out
    }

    /// One cell in this dialect: a plain decimal number with its mark swapped; any cell holding
    /// the separator, a quote or a line break quoted.
    public func cell(_ value: String) -> String {
        let value = unquotedCell(value)
        guard value.unicodeScalars.contains(where: { $0 == separator.unicodeScalars.first! || "\"\r\n".unicodeScalars.contains($0) }) else {
            return value
        }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A cell's text as a reader gets it back from this dialect: a plain decimal number with
    /// this dialect's decimal mark, any other text unchanged.
    func unquotedCell(_ value: String) -> String {
        CSVDialect.isPlainNumber(value) ? String(value.map { $0 == "." ? decimalMark : $0 }) : value
    }

    /// Whether `text` is a number as the writers print it: optional minus, digits, at most one
    /// decimal point with digits on both sides, and an optional exponent (`1.5e-05`); no
    /// thousands separator.
    static func isPlainNumber(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        func digits() -> Bool {
            let count = scalars.prefix { ("0"..."9").contains($0) }.count
            scalars = scalars.dropFirst(count)
            return count > 0
        }
        if scalars.first == "-" { scalars = scalars.dropFirst() }
        guard digits() else { return false }
        if scalars.first == "." {
            scalars = scalars.dropFirst()
            guard digits() else { return false }
        }
        if scalars.first == "e" || scalars.first == "E" {
            scalars = scalars.dropFirst()
            if scalars.first == "-" || scalars.first == "+" { scalars = scalars.dropFirst() }
            guard digits() else { return false }
        }
        return scalars.isEmpty
    }
}
