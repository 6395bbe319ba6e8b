/// Why a trace could not be read, with the place: file, line and column (both from 1).
///
/// The message is written for the person who supplied the trace, e.g.
/// `traces/x.swf:17:12: field 4 (run time) is "abc", expected a number of seconds or -1`.
public struct TraceReadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The trace file's path, as the caller gave it.
    public var path: String
    /// Line number from 1, nil when the problem concerns the whole file.
    public var line: Int?
    /// Column from 1 (counted in Unicode scalars, a tab counts one), nil when the problem
    /// concerns the whole line or file.
    public var column: Int?
    /// What is wrong and what was expected, in plain words: one printable line of bounded
    /// length (`PrintableText.message`), whatever the reader interpolated into it.
    public var message: String

    /// Creates an error; `message` is made printable (control characters escaped, over-long
    /// words and messages clipped).
    public init(path: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = PrintableText.message(message)
    }

    /// `PATH:LINE:COLUMN: message`, leaving out the line or column when unknown; the path with
    /// control characters escaped.
    public var description: String {
        var place = PrintableText.place(path)
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        return "\(place): \(message)"
    }
}

/// Messages as they are printed: one line, no raw control characters, bounded in length.
///
/// The same rules as the scenario loader's `Excerpt` (see `docs/scenario-format.md`, "Loader
/// limits"), restated here because this target sits below the scenario format: a control,
/// format or unassigned character is written as a `\u{…}` escape (a tab `\t`, a line break
/// `\n`), so that a value echoed from the file cannot act on a terminal or start an output line
/// without a place in front; a word longer than 160 characters is clipped with `…`; a message
/// longer than 600 characters loses its middle; a path longer than 160 loses its start.
enum PrintableText {
    static let wordLimit = 160
    static let messageLimit = 600
    static let placeLimit = 160

    static func message(_ text: String) -> String {
        let joined = text.split(separator: " ", omittingEmptySubsequences: false).map(word).joined(separator: " ")
        let scalars = Array(joined.unicodeScalars)
        guard scalars.count > messageLimit else { return joined }
        let tail = messageLimit / 4
        return String(String.UnicodeScalarView(scalars[..<(messageLimit - tail - 3)])) + " … "
            + String(String.UnicodeScalarView(scalars[(scalars.count - tail)...]))
    }

    static func place(_ path: String) -> String {
        let scalars = Array(escaped(path[...]).unicodeScalars)
        guard scalars.count > placeLimit else { return String(String.UnicodeScalarView(scalars)) }
        return "…" + String(String.UnicodeScalarView(scalars[(scalars.count - placeLimit + 1)...]))
    }

    private static func word(_ word: Substring) -> String {
        let shown = Array(escaped(word).unicodeScalars)
        guard shown.count > wordLimit else { return String(String.UnicodeScalarView(shown)) }
        let closers: Set<Unicode.Scalar> = ["\"", "'", "`", ")", "]", "}", ";", ",", ".", ":"]
        let closing = word.unicodeScalars.reversed().prefix(3).prefix { closers.contains($0) }
        return String(String.UnicodeScalarView(shown[..<wordLimit])) + "…" + String(String.UnicodeScalarView(closing.reversed()))
    }

    private static func escaped(_ text: Substring) -> String {
        var shown = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\t": shown += "\\t"
            case "\n": shown += "\\n"
            case "\r": shown += "\\r"
            default:
                switch scalar.properties.generalCategory {
                case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse, .unassigned:
                    shown += "\\u{\(String(scalar.value, radix: 16))}"
                default:
                    shown.unicodeScalars.append(scalar)
                }
            }
        }
        return shown
    }
}
