import Yams

/// A YAML value with the place it was written: the tree scenario files are read from.
///
/// Every node keeps its own `SourceLocation`, so that after `extends` merges a variant into
/// its base, each value still points at the file and line that set it.
struct YAMLNode: Sendable {
    /// What the node holds.
    enum Content: Sendable {
        /// A single value; `isQuoted` is true for '…' and "…" scalars (text, never numbers).
        case scalar(String, isQuoted: Bool)
        /// `key: value` pairs in file order.
        case mapping([YAMLEntry])
        /// `- item` values in file order.
        case sequence([YAMLNode])
        /// An empty value (`key:`, `~` or `null`).
        case null
    }

    var content: Content
    var location: SourceLocation

    /// The entries when this is a mapping, else nil.
    var entries: [YAMLEntry]? {
        if case .mapping(let entries) = content { return entries }
        return nil
    }

    /// A few words for messages: what kind of value this is.
    var kindPhrase: String {
        switch content {
        case .scalar(let text, _): return Excerpt.quoted(text)
        case .mapping: return "a map of fields"
        case .sequence: return "a list"
        case .null: return "an empty value"
        }
    }
}

/// One `key: value` pair of a YAML mapping, with the key's own location.
struct YAMLEntry: Sendable {
    var key: String
    var keyLocation: SourceLocation
    var value: YAMLNode
}

/// A YAML document that could not be parsed: the place and libyaml's problem, in plain words.
struct YAMLSyntaxError: Error {
    var location: SourceLocation
    var message: String
}

/// Reads YAML text into the located tree, within the loader's limits (`LoaderLimits`).
///
/// The order is what keeps it bounded: the size is checked on the text; the aliases are masked
/// (`YAMLAliasMask`) and the masked text composed, which costs time and memory in proportion
/// to the text; that tree is checked for expanded size and depth (`YAMLBudget`); only then is
/// the real text composed (aliases shared, not copied) and converted. Composing runs on a
/// thread with a large stack (`LargeStack`), as Yams recurses once per level up to libyaml's
/// own limit of 1,000 levels.
enum YAMLReader {
    /// Parses `text` (the contents of `file`) into a located tree; an empty document is `.null`.
    ///
    /// - Throws: `YAMLSyntaxError` with the line and column libyaml reports, or of the place
    ///   where the text passes a loader limit.
    static func parse(_ text: String, file: String) throws(YAMLSyntaxError) -> YAMLNode {
        let bytes = text.utf8.count
        if bytes > LoaderLimits.maximumDocumentBytes {
            let place = DocumentText.place(ofByte: LoaderLimits.maximumDocumentBytes, in: Array(text.utf8))
            throw YAMLSyntaxError(location: SourceLocation(file: file, line: place.line, column: place.column), message: tooLargeMessage)
        }
        return try LargeStack.run { composeWithinLimits(text, file: file) }.get()
    }

    /// The message for a document past `LoaderLimits.maximumDocumentBytes`, at the place the
    /// limit is crossed.
    static let tooLargeMessage = "the file goes on past \(LoaderLimits.documentBytesPhrase) here, the loader's limit; expected a scenario, a short YAML text file"

    private static func composeWithinLimits(_ text: String, file: String) -> Result<YAMLNode, YAMLSyntaxError> {
        Result { () throws(YAMLSyntaxError) in
            let mask = YAMLAliasMask(text)
            // Yams' nodes hold their anchors weakly; its parser holds them. So the parser is
            // kept until the budget has read every anchor.
            let (skeleton, parser) = try compose(mask.maskedText, file: file)
            guard let skeleton else { return YAMLNode(content: .null, location: SourceLocation(file: file, line: 1, column: 1)) }
            try YAMLBudget.check(skeleton, aliases: mask.aliases, file: file)
            withExtendedLifetime(parser) {}
            let root = mask.aliases.isEmpty ? skeleton : try compose(text, file: file).root ?? skeleton
            return try convert(root, file: file, depth: 1)
        }
    }

    /// The document's root (nil when empty) and the parser that composed it.
    private static func compose(_ text: String, file: String) throws(YAMLSyntaxError) -> (root: Node?, parser: Parser) {
        do {
            let parser = try Parser(yaml: text)
            return (try parser.singleRoot(), parser)
        } catch let error as YamlError {
            throw syntaxError(error, text: text, file: file)
        } catch {
            throw YAMLSyntaxError(location: SourceLocation(file: file, line: 1, column: 1), message: "could not read the file as YAML")
        }
    }

    private static func location(_ mark: Mark?, file: String) -> SourceLocation {
        SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    /// The located tree of `node`, which lies at `depth` (the document is 1). `YAMLBudget` has
    /// checked the depth; the guard keeps this recursion bounded on its own.
    private static func convert(_ node: Node, file: String, depth: Int) throws(YAMLSyntaxError) -> YAMLNode {
        let here = location(node.mark, file: file)
        guard depth <= LoaderLimits.maximumNestingDepth else {
            throw YAMLSyntaxError(location: here, message: "this is nested \(depth) levels deep, more than the loader's limit of \(LoaderLimits.maximumNestingDepth); expected a scenario nested a few levels deep")
        }
        switch node {
        case .scalar(let scalar):
            let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
            let isNull = !quoted && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
            return YAMLNode(content: isNull ? .null : .scalar(scalar.string, isQuoted: quoted), location: here)
        case .mapping(let mapping):
            var entries: [YAMLEntry] = []
            for (key, value) in mapping {
                guard case .scalar(let keyScalar) = key else {
                    throw YAMLSyntaxError(location: location(key.mark, file: file), message: "a key must be a plain name, found \(key.isSequence ? "a list" : "a map") used as a key")
                }
                entries.append(YAMLEntry(key: keyScalar.string, keyLocation: location(key.mark, file: file), value: try convert(value, file: file, depth: depth + 1)))
            }
            return YAMLNode(content: .mapping(entries), location: here)
        case .sequence(let sequence):
            var items: [YAMLNode] = []
            for item in sequence { items.append(try convert(item, file: file, depth: depth + 1)) }
            return YAMLNode(content: .sequence(items), location: here)
        case .alias(let alias):
            return YAMLNode(content: .scalar("*\(alias.anchor)", isQuoted: true), location: here)
        }
    }

    private static func syntaxError(_ error: YamlError, text: String, file: String) -> YAMLSyntaxError {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            if problem.hasPrefix("Maximum nesting level reached") {
                return YAMLSyntaxError(location: location(mark, file: file), message: "the document nests more than 1,000 levels deep (libyaml stops reading here), far more than the loader's limit of \(LoaderLimits.maximumNestingDepth); expected a scenario nested a few levels deep")
            }
            let while_ = context.map { " (\($0.text) at line \($0.mark.line))" } ?? ""
            return YAMLSyntaxError(location: location(mark, file: file), message: "this is not valid YAML: \(problem)\(while_); check the indentation and the `key: value` layout")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "`\(Excerpt.escaped($0))`" }.joined(separator: ", ")
            return YAMLSyntaxError(location: location(context.mark, file: file), message: "the key \(keys) is written twice in the same map; keep one")
        case .reader(let problem, let offset, _, _):
            let place = offset.map { placeOfCharacter($0, in: text) }
            return YAMLSyntaxError(location: SourceLocation(file: file, line: place?.line ?? 1, column: place?.column ?? 1), message: "could not read the file: \(problem) (is it UTF-8 text without control characters?)")
        case .memory:
            return YAMLSyntaxError(location: location(nil, file: file), message: "could not read the file as YAML: out of memory")
        default:
            return YAMLSyntaxError(location: location(nil, file: file), message: "could not read the file as YAML")
        }
    }

    /// The line and column (from 1; columns in Unicode scalars) of the `offset`-th character of
    /// `text`, as Yams counts a reader error's offset (in `Character`s).
    static func placeOfCharacter(_ offset: Int, in text: String) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for character in text.prefix(offset) {
            if character.unicodeScalars.contains(where: Excerpt.isLineBreak) {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        return (line, column)
    }
}

private extension Node {
    var isSequence: Bool {
        if case .sequence = self { return true }
        return false
    }
}
