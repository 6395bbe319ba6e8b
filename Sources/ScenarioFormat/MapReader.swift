/// Reads the fields of one YAML map, remembering which keys were asked for, so that every key
/// nobody asked for can be reported as unknown (with a did-you-mean) by `finish()`.
final class MapReader {
    let node: YAMLNode
    let path: FieldPath
    let values: ValueReader
    private let entries: [YAMLEntry]
    private var askedKeys: [String] = []

    /// nil (with an error logged) when `node` is not a map.
    init?(_ node: YAMLNode, _ path: FieldPath, _ values: ValueReader) {
        guard let entries = node.entries else {
            values.log.error(node.location, path, "expected a map of fields (`key: value` lines), found \(node.kindPhrase)")
            return nil
        }
        self.node = node
        self.path = path
        self.values = values
        self.entries = entries
    }

    var log: DiagnosticLog { values.log }

    /// The keys present, in file order.
    var keys: [String] { entries.map(\.key) }

    /// The entry for `key`, marking the key as known; nil when absent.
    func entry(_ key: String) -> YAMLEntry? {
        askedKeys.append(key)
        return entries.first { $0.key == key }
    }

    /// The value of `key`, marking the key as known; nil when absent or empty.
    func value(_ key: String) -> YAMLNode? {
        guard let node = entry(key)?.value else { return nil }
        if case .null = node.content { return nil }
        return node
    }

    /// A required field read by `read`; logs "missing" when absent. nil when absent or invalid.
    func required<T>(_ key: String, _ read: (YAMLNode, FieldPath) -> T?) -> T? {
        guard let node = value(key) else {
            let place = entry(key)?.keyLocation ?? node.location
            log.error(place, path.key(key), "this required field is missing or empty")
            return nil
        }
        return read(node, path.key(key))
    }

    /// An optional field read by `read`; nil when absent or invalid.
    func optional<T>(_ key: String, _ read: (YAMLNode, FieldPath) -> T?) -> T? {
        value(key).flatMap { read($0, path.key(key)) }
    }

    /// An optional field with a default for when it is absent (or invalid: then an error is logged).
    func optional<T>(_ key: String, default fallback: T, _ read: (YAMLNode, FieldPath) -> T?) -> T {
        optional(key, read) ?? fallback
    }

    /// Convenience: a required number within `rule`.
    func number(_ key: String, _ rule: NumberRule, atMost limit: UpperBound? = nil) -> Double? {
        required(key) { values.number($0, $1, rule, atMost: limit) }
    }

    /// Convenience: an optional number within `rule`, `fallback` when absent.
    func number(_ key: String, _ rule: NumberRule, atMost limit: UpperBound? = nil, default fallback: Double) -> Double {
        optional(key, default: fallback) { values.number($0, $1, rule, atMost: limit) }
    }

    /// Convenience: a required month.
    func month(_ key: String) -> Month? { required(key) { values.month($0, $1) } }

    /// Logs every key that was never asked for as unknown, suggesting the closest known key.
    func finish(context: String? = nil) {
        let known = Array(Set(askedKeys)).sorted()
        for entry in entries where !askedKeys.contains(entry.key) {
            let suggestion = Suggestion.closest(to: entry.key, among: known)
            var message = "unknown field `\(Excerpt.clipped(entry.key))`"
            if let context { message += " \(context)" }
            if let suggestion {
                message += "; did you mean `\(suggestion)`?"
            } else {
                message += "; expected one of: " + known.map { "`\($0)`" }.joined(separator: ", ")
            }
            log.error(entry.keyLocation, path.key(entry.key), message)
        }
    }
}

import FactoryModel
