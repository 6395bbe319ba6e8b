/// A problem found while reading an MPS file, with the place it was found.
///
/// `description` reads `path:line: message`, for example
/// `x.mps:17: unknown row "R09" in COLUMNS; it is not declared in ROWS`.
/// `line` is 1-based; it is 0 when the file itself could not be read.
public struct MPSError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file (or the name the caller gave the text).
    public var path: String
    /// The 1-based line the problem was found on; 0 when the file could not be read.
    public var line: Int
    /// What is wrong, in plain words: one printable line of bounded length
    /// (`PrintableText.message`), whatever the reader interpolated into it (an MPS name can be
    /// any length and hold control characters).
    public var message: String

    /// Creates an error at `path:line`; `message` is made printable (control characters
    /// escaped, over-long words and messages clipped).
    public init(path: String, line: Int, message: String) {
        self.path = path
        self.line = line
        self.message = PrintableText.message(message)
    }

    /// `path:line: message`, or `path: message` when there is no line; the path with control
    /// characters escaped.
    public var description: String {
        line > 0 ? "\(PrintableText.place(path)):\(line): \(message)" : "\(PrintableText.place(path)): \(message)"
    }
}

/// Messages as they are printed: one line, no raw control characters, bounded in length.
///
/// The same rules as the scenario loader's `Excerpt` (see `docs/scenario-format.md`, "Loader
/// limits"), restated here because this target sits below the scenario format: a control,
/// format or unassigned character is written as a `\u{…}` escape (a tab `\t`, a line break
/// `\n`), so that a value echoed from the file cannot act on a terminal or start an output line
/// without a place in front; a name or value echoed in quotes shows at most 60 characters
/// (`quoted`); a word longer than 160 characters is clipped with `…`; a message
/// longer than 600 characters loses its middle; a path longer than 160 loses its start.
enum PrintableText {
    /// The most characters an echoed name or value shows (as the scenario loader's excerpts).
    static let valueLimit = 60
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

    /// `text` in double quotes, escaped, at most `valueLimit` characters with `…` where the
    /// rest was left out: how a name or value read from a file is echoed.
    static func quoted(_ text: some StringProtocol) -> String {
        let shown = Array(escaped(Substring(text)).unicodeScalars)
        guard shown.count > valueLimit else { return "\"" + String(String.UnicodeScalarView(shown)) + "\"" }
        return "\"" + String(String.UnicodeScalarView(shown[..<valueLimit])) + "…\""
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
