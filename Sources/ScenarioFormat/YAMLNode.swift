import Yams

/// A YAML value with the place it was written: the tree scenario files are read from.
///
/// Every node keeps its own `SourceLocation`, so that after `extends` merges a variant into
/// its base, each value still points at the file and line that set it.
struct YAMLNode {
    /// What the node holds.
    enum Content {
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
struct YAMLEntry {
    var key: String
    var keyLocation: SourceLocation
    var value: YAMLNode
}

/// A YAML document that could not be parsed: the place and libyaml's problem, in plain words.
struct YAMLSyntaxError: Error {
    var location: SourceLocation
    var message: String
}

enum YAMLReader {
    /// Parses `text` (the contents of `file`) into a located tree; an empty document is `.null`.
    ///
    /// - Throws: `YAMLSyntaxError` with the line and column libyaml reports.
    static func parse(_ text: String, file: String) throws(YAMLSyntaxError) -> YAMLNode {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw syntaxError(error, file: file)
        } catch {
            throw YAMLSyntaxError(location: SourceLocation(file: file, line: 1, column: 1), message: "could not read the file as YAML: \(error)")
        }
        guard let root else { return YAMLNode(content: .null, location: SourceLocation(file: file, line: 1, column: 1)) }
        return try convert(root, file: file)
    }

    private static func location(_ mark: Mark?, file: String) -> SourceLocation {
        SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    private static func convert(_ node: Node, file: String) throws(YAMLSyntaxError) -> YAMLNode {
        let here = location(node.mark, file: file)
        switch node {
        case .scalar(let scalar):
            let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
            let isNull = !quoted && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
            return YAMLNode(content: isNull ? .null : .scalar(scalar.string, isQuoted: quoted), location: here)
        case .mapping(let mapping):
            var entries: [YAMLEntry] = []
            for (key, value) in mapping {
                guard case .scalar(let keyScalar) = key else {
                    throw YAMLSyntaxError(location: location(key.mark, file: file), message: "a key must be a plain name, found a list or map used as a key")
                }
                entries.append(YAMLEntry(key: keyScalar.string, keyLocation: location(key.mark, file: file), value: try convert(value, file: file)))
            }
            return YAMLNode(content: .mapping(entries), location: here)
        case .sequence(let sequence):
            var items: [YAMLNode] = []
            for item in sequence { items.append(try convert(item, file: file)) }
            return YAMLNode(content: .sequence(items), location: here)
        case .alias(let alias):
            return YAMLNode(content: .scalar("*\(alias.anchor)", isQuoted: true), location: here)
        }
    }

    private static func syntaxError(_ error: YamlError, file: String) -> YAMLSyntaxError {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let while_ = context.map { " (\($0.text) at line \($0.mark.line))" } ?? ""
            return YAMLSyntaxError(location: location(mark, file: file), message: "this is not valid YAML: \(problem)\(while_); check the indentation and the `key: value` layout")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "`\($0)`" }.joined(separator: ", ")
            return YAMLSyntaxError(location: location(context.mark, file: file), message: "the key \(keys) is written twice in the same map; keep one")
        case .reader(let problem, _, _, _):
            return YAMLSyntaxError(location: location(nil, file: file), message: "could not read the file: \(problem) (is it UTF-8 text?)")
        default:
            return YAMLSyntaxError(location: location(nil, file: file), message: "could not read the file as YAML: \(error)")
        }
    }
}
