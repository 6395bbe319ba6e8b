/// A place in a scenario file: file path, line and column, both counted from 1. A value set
/// from the command line (`--vary PATH=VALUE`) has line and column 0 and names the option as
/// its file.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The file path as the user gave it (or as `extends` resolved it).
    public var file: String
    /// Line number, from 1.
    public var line: Int
    /// Column number in Unicode scalars, from 1.
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `FILE:LINE:COLUMN`, the file with control characters escaped and a very long path
    /// shortened from its start (see `Excerpt.place`); just the option for a command-line value.
    public var description: String { line == 0 ? Excerpt.place(file) : "\(Excerpt.place(file)):\(line):\(column)" }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}

/// The path of a field inside a scenario, as messages print it: `tenants[startups].demand.kind`.
public struct FieldPath: Hashable, Sendable, CustomStringConvertible {
    /// The printed path; empty for the document itself.
    public private(set) var description: String

    /// The document root.
    public static let root = FieldPath(description: "")

    private init(description: String) { self.description = description }

    /// The path of the field `key` inside this map. A key is the file's own text, so it is
    /// shown as an escaped excerpt of at most `Excerpt.valueLimit` characters.
    public func key(_ key: String) -> FieldPath {
        let shown = Excerpt.escaped(key)
        return FieldPath(description: description.isEmpty ? shown : "\(description).\(shown)")
    }

    /// The path of a list item, by index (counted from 0) or by its name (shown as an escaped
    /// excerpt, as keys are).
    public func item(_ label: String) -> FieldPath {
        FieldPath(description: "\(description)[\(Excerpt.escaped(label))]")
    }

    /// The path of a list item by index, counted from 0.
    public func item(_ index: Int) -> FieldPath { item(String(index)) }
}

/// One problem found in a scenario file, with its place.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    /// Whether the problem makes the scenario invalid.
    public enum Severity: String, Hashable, Sendable {
        /// The scenario cannot be used.
        case error
        /// Worth a look; the scenario is still valid.
        case warning
    }

    /// Error or warning.
    public var severity: Severity
    /// Where the value that caused it was written.
    public var location: SourceLocation
    /// The field, e.g. `site.cooling.pue`; empty for the document as a whole.
    public var fieldPath: FieldPath
    /// What is wrong and what was expected, in plain words.
    public var message: String

    /// Creates a diagnostic. The message is kept to one printable line of bounded length
    /// (`Excerpt.bounded(message:)`), whatever its builder interpolated into it.
    public init(_ severity: Severity, at location: SourceLocation, _ fieldPath: FieldPath, _ message: String) {
        self.severity = severity
        self.location = location
        self.fieldPath = fieldPath
        self.message = Excerpt.bounded(message: message)
    }

    /// `FILE:LINE:COLUMN: field.path: message`, with `warning: ` before the path for warnings.
    public var description: String {
        let marker = severity == .warning ? "warning: " : ""
        let path = fieldPath.description.isEmpty ? "" : "\(fieldPath): "
        return "\(location): \(marker)\(path)\(message)"
    }
}

/// Collects the diagnostics of one scenario as it is read and checked.
///
/// A reference type so that the many small readers of a scenario can share one log.
final class DiagnosticLog {
    private(set) var diagnostics: [Diagnostic] = []

    /// True when any error (not warning) has been logged.
    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    func error(_ location: SourceLocation, _ path: FieldPath, _ message: String) {
        diagnostics.append(Diagnostic(.error, at: location, path, message))
    }

    func append(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    func warning(_ location: SourceLocation, _ path: FieldPath, _ message: String) {
        diagnostics.append(Diagnostic(.warning, at: location, path, message))
    }

    /// The diagnostics in file, line and column order (stable for equal places).
    var sorted: [Diagnostic] {
        diagnostics.enumerated()
            .sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }
            .map(\.element)
    }
}
