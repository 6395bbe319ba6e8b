/// Builds CSV text per RFC 4180: comma-separated, CRLF line ends, cells quoted when they hold
/// a comma, quote or line break, and spreadsheet formulas neutralised.
public struct CSVWriter: Sendable {
    /// The text written so far.
    public private(set) var text = ""

    /// Creates an empty writer.
    public init() {}

    /// Appends one row of cells.
    public mutating func appendRow(_ cells: [String]) {
        text += cells.map(Self.escape).joined(separator: ",") + "\r\n"
    }

    /// One cell as RFC 4180 writes it. A cell that a spreadsheet would run as a formula
    /// (starting with `=`, `+`, `-`, `@`, tab or carriage return) gets a leading `'`, unless it
    /// is a plain number such as `-3.5`.
    public static func escape(_ cell: String) -> String {
        var cell = cell
        if let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(cell) == nil {
            cell = "'" + cell
        }
        // Scalars, not Characters: "\r\n" is one Character, so a Character test would miss "\n".
        guard cell.unicodeScalars.contains(where: { ",\"\r\n".unicodeScalars.contains($0) }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

import Foundation
