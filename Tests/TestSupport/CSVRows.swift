import Foundation

/// The rows of a CSV text as column → cell, for the committed and generated files the tests
/// read (reports, plans, study tables, the netlib summary).
///
/// The header is the first line that does not start with `#` (leading `#` lines are comments);
/// blank lines are skipped; `\n` and `\r\n` both end a line. Cells are split at every comma:
/// quoted cells are not supported, so use it only on files without quoted commas. A row shorter
/// than the header lacks the missing columns; a repeated column name keeps its first cell.
public func csvRows(_ text: String) -> [[String: String]] {
    let lines = text.split(whereSeparator: \.isNewline).drop { $0.hasPrefix("#") }
    guard let header = lines.first.map(cells) else { return [] }
    return lines.dropFirst().map { Dictionary(zip(header, cells($0)), uniquingKeysWith: { first, _ in first }) }
}

/// The rows of the CSV file at `url` (see `csvRows(_:)`).
/// - Throws: when the file cannot be read as UTF-8 text.
public func csvRows(contentsOf url: URL) throws -> [[String: String]] {
    csvRows(try String(contentsOf: url, encoding: .utf8))
}

private func cells(_ line: Substring) -> [String] {
    line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
}
