import Reporting

/// Numbers as a briefing prints them: a fixed number of decimals, grouped thousands, and the
/// decimal mark of the briefing's language (`1,234.5` in English, `1.234,5` in Dutch).
///
/// Built on `NumberText.fixed` (POSIX locale), so the text never depends on the machine's locale.
struct BriefingNumbers: Sendable {
    /// The language whose marks are used.
    let language: BriefingLanguage

    /// `value` with exactly `decimals` decimals and grouped thousands; a minus sign (U+2212)
    /// when it is negative after rounding; "–" for a value that is not finite.
    func format(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "–" }
        let digits = NumberText.fixed(abs(value), decimals: decimals)
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        let whole = Array(parts[0])
        var grouped = ""
        for (index, digit) in whole.enumerated() {
            if index > 0, (whole.count - index) % 3 == 0 { grouped += language == .nl ? "." : "," }
            grouped.append(digit)
        }
        if parts.count > 1 { grouped += (language == .nl ? "," : ".") + parts[1] }
        let isZero = digits.allSatisfy { $0 == "0" || $0 == "." }
        return (value < 0 && !isZero ? "\u{2212}" : "") + grouped
    }

    /// A share (0.754) as a percentage with `decimals` decimals ("75.4").
    func percent(_ share: Double, decimals: Int = 1) -> String { format(100 * share, decimals: decimals) }

    /// Euros as millions with one decimal ("197.4").
    func millions(_ euros: Double, decimals: Int = 1) -> String { format(euros / 1_000_000, decimals: decimals) }

    /// Euros as "€197.4 M" (English) or "€ 197,4 mln" (Dutch).
    func moneyMillions(_ euros: Double) -> String {
        language == .nl ? "€ \(millions(euros)) mln" : "€\(millions(euros)) M"
    }

    /// Euros with two decimals, "€2.46" or "€ 2,46".
    func euros(_ value: Double) -> String {
        language == .nl ? "€ \(format(value, decimals: 2))" : "€\(format(value, decimals: 2))"
    }
}

/// HTML text helpers: escaping and tables. Every text that comes from a file goes through
/// `escape` before it reaches the page.
enum BriefingHTML {
    /// The most rows a table may have and still be kept whole on a printed page.
    static let keepTogetherRows = 12

    /// `text` safe as HTML element content and as a quoted attribute value: `& < > " '` as
    /// character references, control characters (other than tab and line breaks) as U+FFFD.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            case "\t", "\n", "\r": escaped.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value):
                escaped += "\u{FFFD}"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// A relative link target: every byte outside the unreserved set, `/` and `.` percent-encoded,
    /// so a folder name cannot end the attribute or name a scheme.
    static func linkTarget(_ path: String) -> String {
        var encoded = ""
        for byte in path.utf8 {
            let isPlain = (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "~") || byte == UInt8(ascii: "/")
            if isPlain {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                encoded += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        // A leading "scheme:" cannot survive: ":" is encoded above.
        return encoded
    }

    /// `text` escaped, with a line-break opportunity (`<wbr>`, which copied text does not
    /// contain) after every `.`, `_` and `/`, so that a long field path can wrap.
    static func escapeWrapping(_ text: String) -> String {
        var html = ""
        for character in text {
            html += escape(String(character))
            if character == "." || character == "_" || character == "/" { html += "<wbr>" }
        }
        return html
    }

    /// A table with a caption; the first column is a row header, the others are numbers
    /// (right-aligned) unless `textColumns` names them. All texts are escaped here; the cells of
    /// `wrappingColumns` may wrap inside field paths (`escapeWrapping`). Tables of up to
    /// `keepTogetherRows` rows are kept on one printed page (class `keep`) unless `mayBreak`
    /// (tables of tall rows of text, which would leave half pages blank).
    static func table(caption: String, columns: [String], rows: [[String]], textColumns: Set<Int> = [0], totalRowLast: Bool = false,
                      wrappingColumns: Set<Int> = [], mayBreak: Bool = false) -> String {
        var html = (rows.count <= keepTogetherRows && !mayBreak ? "<table class=\"keep\">" : "<table>") + "\n<caption>\(escape(caption))</caption>\n<thead><tr>"
        for (index, column) in columns.enumerated() {
            html += "<th scope=\"col\"\(textColumns.contains(index) ? "" : " class=\"num\"")>\(escape(column))</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for (rowIndex, row) in rows.enumerated() {
            let isTotal = totalRowLast && rowIndex == rows.count - 1
            html += isTotal ? "<tr class=\"total\">" : "<tr>"
            for (index, cell) in row.enumerated() {
                let numeric = textColumns.contains(index) ? "" : " class=\"num\""
                let text = wrappingColumns.contains(index) ? escapeWrapping(cell) : escape(cell)
                html += index == 0 ? "<th scope=\"row\"\(numeric)>\(text)</th>" : "<td\(numeric)>\(text)</td>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }
}
