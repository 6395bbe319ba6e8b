/// Short, escaped excerpts of text for messages, and the bounds every message keeps.
///
/// A message about a file quotes at most one short excerpt of the offending value, never the
/// whole of it: `extends:` can name any readable file, and CI prints `check`'s messages for
/// scenarios that arrive in pull requests, so a whole-file quote could put a password list or a
/// private key into a public log. A message is also one line: a raw line break in it would make
/// a second output line without a `FILE:LINE:COLUMN:` in front, and a raw control character
/// (an escape sequence, a bell, a right-to-left override) would act on the reader's terminal.
///
/// The rules, in `docs/scenario-format.md` ("Loader limits"):
/// - a value is echoed by `quoted` or `clipped`: at most `valueLimit` characters of its first
///   line, a path at most `pathLimit`, with `…` where anything was left out;
/// - control, format and unassigned characters are written as `\u{…}` escapes, a tab as `\t`;
/// - `bounded(message:)`, which every `Diagnostic` passes its message through, escapes what
///   its builder did not and clips any word longer than `wordLimit` and any message longer
///   than `messageLimit`, so that a value echoed without an excerpt still cannot flood a log.
enum Excerpt {
    /// The most characters an echoed value shows.
    static let valueLimit = 60
    /// The most characters an echoed file path shows.
    static let pathLimit = 120
    /// The most characters one unbroken word of a message may have (the longest excerpt, a
    /// quoted path, is shorter).
    static let wordLimit = 160
    /// The most characters a message may have; longer ones lose their middle.
    static let messageLimit = 600
    /// The most characters a location's file shows; longer ones lose their beginning.
    static let placeLimit = 160

    /// At most `limit` characters of the first line of `text`, in double quotes, with quotes,
    /// backslashes and control characters escaped, and `…` when anything was left out.
    static func quoted(_ text: String, limit: Int = valueLimit) -> String {
        "\"\(clipped(text, limit: limit))\""
    }

    /// As `quoted`, without the quotes.
    static func clipped(_ text: String, limit: Int = valueLimit) -> String {
        excerpt(text, limit: limit, firstLineOnly: true)
    }

    /// At most `limit` characters of `text`, every line break and control character escaped:
    /// for names that become part of a message's field path (keys, list item labels).
    static func escaped(_ text: String, limit: Int = valueLimit) -> String {
        excerpt(text, limit: limit, firstLineOnly: false)
    }

    private static func excerpt(_ text: String, limit: Int, firstLineOnly: Bool) -> String {
        var shown = ""
        var taken = 0
        var cut = false
        for scalar in text.unicodeScalars {
            if firstLineOnly, isLineBreak(scalar) {
                cut = true
                break
            }
            if taken == limit {
                cut = true
                break
            }
            switch scalar {
            case "\"": shown += "\\\""
            case "\\": shown += "\\\\"
            default: shown += escape(scalar) ?? String(scalar)
            }
            taken += 1
        }
        return shown + (cut ? "…" : "")
    }

    /// The escape a message writes for `scalar` (`\t`, `\n`, `\u{1b}`), nil when it is shown
    /// as it is.
    static func escape(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "\t": return "\\t"
        case "\n": return "\\n"
        case "\r": return "\\r"
        default:
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse, .unassigned:
                return "\\u{\(String(scalar.value, radix: 16))}"
            default:
                return nil
            }
        }
    }

    /// Whether `scalar` ends a line (as YAML and most editors count lines).
    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{85}"
    }

    /// `message` made safe to print on one line of a log: control characters escaped, every
    /// word longer than `wordLimit` clipped (keeping its closing quote or bracket), and the
    /// middle of a message longer than `messageLimit` replaced by ` … `.
    ///
    /// A backstop: messages quote values through `quoted` and `clipped`, which already keep
    /// them short; this bounds a message whose builder interpolated a value directly.
    static func bounded(message: String) -> String {
        let words = message.split(separator: " ", omittingEmptySubsequences: false).map { boundedWord($0) }
        let joined = words.joined(separator: " ")
        let scalars = Array(joined.unicodeScalars)
        guard scalars.count > messageLimit else { return joined }
        let tail = messageLimit / 4
        let head = messageLimit - tail - 3
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[..<head])
        result.append(contentsOf: " … ".unicodeScalars)
        result.append(contentsOf: scalars[(scalars.count - tail)...])
        return String(result)
    }

    private static func boundedWord(_ word: Substring) -> String {
        var shown = ""
        var shownCount = 0
        var cut = false
        for scalar in word.unicodeScalars {
            let piece = escape(scalar) ?? String(scalar)
            let count = piece.unicodeScalars.count
            if shownCount + count > wordLimit {
                cut = true
                break
            }
            shown += piece
            shownCount += count
        }
        guard cut else { return shown }
        let closers: Set<Unicode.Scalar> = ["\"", "'", "`", ")", "]", "}", ";", ",", ".", ":"]
        let closing = word.unicodeScalars.reversed().prefix(3).prefix { closers.contains($0) }
        return shown + "…" + String(String.UnicodeScalarView(closing.reversed()))
    }

    /// A location's file as messages print it: control characters escaped, and only the last
    /// `placeLimit` characters (with `…` before them) of a longer one, so that the file name
    /// itself stays visible.
    static func place(_ file: String) -> String {
        var pieces: [String] = []
        for scalar in file.unicodeScalars { pieces.append(escape(scalar) ?? String(scalar)) }
        let shown = pieces.joined()
        let scalars = Array(shown.unicodeScalars)
        guard scalars.count > placeLimit else { return shown }
        return "…" + String(String.UnicodeScalarView(scalars[(scalars.count - placeLimit + 1)...]))
    }
}
