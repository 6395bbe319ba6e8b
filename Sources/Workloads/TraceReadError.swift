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
    /// What is wrong and what was expected, in plain words.
    public var message: String

    /// Creates an error.
    public init(path: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// `PATH:LINE:COLUMN: message`, leaving out the line or column when unknown.
    public var description: String {
        var place = path
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        return "\(place): \(message)"
    }
}
