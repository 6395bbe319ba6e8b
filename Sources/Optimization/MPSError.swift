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
    /// What is wrong, in plain words.
    public var message: String

    /// Creates an error at `path:line`.
    public init(path: String, line: Int, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// `path:line: message`, or `path: message` when there is no line.
    public var description: String {
        line > 0 ? "\(path):\(line): \(message)" : "\(path): \(message)"
    }
}
