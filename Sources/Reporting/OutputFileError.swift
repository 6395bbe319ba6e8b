/// A problem in an output folder's file that stops it being read: the file, the line (1-based,
/// when there is one) and what is wrong, in words for the analyst who has to fix it.
public struct OutputFileError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The file's name in the output folder, e.g. `tenants.csv`.
    public let file: String
    /// The 1-based line the problem is on; nil when it concerns the whole file (a missing file).
    public let line: Int?
    /// What is wrong.
    public let message: String

    /// Creates an error for `file`, at `line` when known.
    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// The same problem, from the CSV reader.
    init(_ error: CSVParseError) { self.init(file: error.file, line: error.line, message: error.message) }

    /// `file:line: message`, as compilers and `aifactory validate` print problems.
    public var description: String { line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)" }
}
