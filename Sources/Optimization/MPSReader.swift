import Foundation

/// Reads linear and mixed-integer programs from MPS files, fixed or free format.
///
/// The format is detected line by line: every data line is first split on whitespace (free
/// MPS, and also most fixed-format files, whose names rarely contain spaces). Only when that
/// reading fails and the line fits the fixed layout (fields in columns 2-3, 5-12, 15-22, 25-36,
/// 40-47, 50-61) is it read again by columns, so names with spaces work in fixed format.
///
/// Conventions, where MPS dialects differ (they follow HiGHS unless noted):
/// - No `OBJSENSE` means minimise. `OBJSENSE` may carry `MAX`/`MAXIMIZE`/`MIN`/`MINIMIZE` on
///   the same line or the next. (HiGHS 1.16 reads `OBJSENSE MAXIMIZE` on one line as minimise;
///   `MPSWriter` writes `OBJSENSE` and `MAX` on two lines, which every reader understands.)
/// - The first `N` row is the objective; later `N` rows are free rows and are dropped, with
///   their coefficients, right-hand sides and ranges.
/// - An RHS value `v` on the objective row gives `objectiveConstant = -v`.
/// - Columns between `'INTORG'` and `'INTEND'` markers are integer with default bounds
///   [0, +inf), as for any other column. Dialects differ here: HiGHS 1.16 (checked with highspy)
///   makes a marker column with no BOUNDS entry at all binary, [0, 1], and uses [0, +inf)
///   defaults once any bound is given. `MPSWriter` therefore always writes both bounds of an
///   integer column, so that the files it writes mean the same to both readers.
/// - `UP` (or `UI`) with a negative value on a column whose lower bound is still the default 0
///   also sets the lower bound to -inf, the traditional convention. An explicit `LO`, `MI`,
///   `FX`, `FR`, `BV` or `LI` earlier in `BOUNDS` keeps the lower bound as given.
/// - `MI` sets only the lower bound to -inf; `BV` makes a column integer in [0, 1]; `LI`/`UI`
///   make it integer and set one bound. `SC` (semi-continuous) is not supported.
/// - Values of magnitude 1e30 or more in `RHS`, `RANGES` and `BOUNDS` mean infinity, and so do
///   `inf`/`Infinity`. (HiGHS's own threshold is 1e20, its `infinite_bound` option.)
/// - RANGES: for an E row, R > 0 gives [rhs, rhs + |R|] and R < 0 gives [rhs - |R|, rhs];
///   an L row becomes [rhs - |R|, rhs]; a G row [rhs, rhs + |R|].
/// - A column's entries must be on consecutive lines, and a row may appear once per column:
///   both are reported as errors (as HiGHS does) rather than merged, since they almost always
///   mean a duplicated name. Explicit zero coefficients are accepted and dropped from the matrix.
/// - The RHS, RANGES and BOUNDS set names are ignored; all sets are applied, the last value wins.
/// - Lines starting with `*` are comments; blank lines are skipped; anything after `ENDATA`
///   is ignored.
public enum MPSReader {
    /// Reads the MPS file at `path`.
    ///
    /// - Throws: `MPSError` when the file cannot be read or is not valid MPS.
    public static func read(path: String) throws(MPSError) -> LinearProgram {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw MPSError(path: path, line: 0, message: "no such file; expected an MPS file")
        }
        guard !isFolder.boolValue else { throw MPSError(path: path, line: 0, message: "is a folder; expected an MPS file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MPSError(path: path, line: 0, message: "cannot be read (no permission, or not a regular file); expected a readable MPS file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let line = firstLineNotUTF8(data)
            throw MPSError(path: path, line: line, message: "the file is not UTF-8 text (this line holds other bytes, e.g. Latin-1 or UTF-16); save it as UTF-8 or plain ASCII")
        }
        return try parse(text, path: path)
    }

    /// The 1-based number of the first line of `data` that is not valid UTF-8.
    static func firstLineNotUTF8(_ data: Data) -> Int {
        var line = 1
        for bytes in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            if String(data: Data(bytes), encoding: .utf8) == nil { return line }
            line += 1
        }
        return max(1, line - 1)
    }

    /// Parses MPS text; `path` is used only in error messages.
    ///
    /// - Complexity: O(n log n) in the size of the text (sorting each column's entries).
    /// - Throws: `MPSError` naming the line and what is wrong with it.
    public static func parse(_ text: String, path: String) throws(MPSError) -> LinearProgram {
        var parser = MPSParser(path: path)
        var lineNumber = 0
        // "\r\n" is a single Character in Swift, so both line ends are matched explicitly.
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            if line.allSatisfy(\.isWhitespace) || line.hasPrefix("*") { continue }
            let tokens = line.split(whereSeparator: \.isWhitespace).map(String.init)
            if line.first!.isWhitespace {
                try parser.dataLine(tokens, raw: line, line: lineNumber)
            } else {
                try parser.headerLine(tokens, raw: line, line: lineNumber)
                if parser.section == .end { return try parser.finish() }
            }
        }
        // A text ending in a newline has an empty last piece that is not a line.
        let endsWithNewline = text.last == "\n" || text.last == "\r\n"
        let lastLine = endsWithNewline ? max(lineNumber - 1, 1) : max(lineNumber, 1)
        throw MPSError(path: path, line: lastLine, message: "the file ends without an ENDATA line")
    }
}

/// The sections of an MPS file.
enum MPSSection: String {
    case none, name = "NAME", objectiveSense = "OBJSENSE", rows = "ROWS", columns = "COLUMNS"
    case rhs = "RHS", ranges = "RANGES", bounds = "BOUNDS", end = "ENDATA"
}

extension MPSParser {
    /// Handles a line that starts in column 1: a section header.
    mutating func headerLine(_ tokens: [String], raw: Substring, line: Int) throws(MPSError) {
        let keyword = tokens[0].uppercased()
        if section == .objectiveSense, tokens.count == 1, let value = Self.sense(keyword) {
            sense = value  // `OBJSENSE` followed by an unindented `MAX`
            return
        }
        guard let next = MPSSection(rawValue: keyword), next != .none else {
            throw error(line, "unknown section \"\(tokens[0])\"; expected NAME, OBJSENSE, ROWS, COLUMNS, RHS, RANGES, BOUNDS or ENDATA")
        }
        if section == .columns { endColumn() }
        section = next
        switch next {
        case .name:
            name = raw.dropFirst(4).trimmingCharacters(in: .whitespaces)
        case .objectiveSense where tokens.count > 1:
            guard tokens.count == 2, let value = Self.sense(tokens[1].uppercased()) else {
                throw error(line, "unknown objective sense \"\(tokens.dropFirst().joined(separator: " "))\"; expected MIN or MAX")
            }
            sense = value
        default:
            break  // RHS, RANGES and BOUNDS headers may carry nothing we need.
        }
    }

    /// Handles an indented data line: tries the whitespace-split fields, then the fixed columns.
    mutating func dataLine(_ tokens: [String], raw: Substring, line: Int) throws(MPSError) {
        do throws(MPSError) {
            try dataFields(tokens, line: line)
        } catch let freeError {
            guard let fixed = Self.fixedFields(raw, section: section), fixed != tokens else { throw freeError }
            do throws(MPSError) {
                try dataFields(fixed, line: line)
            } catch {
                throw freeError  // The whitespace reading's complaint is the clearer one.
            }
        }
    }

    /// Dispatches one data line's fields to its section. Each handler checks the whole line
    /// before changing anything, so a failed attempt leaves the parser as it was.
    mutating func dataFields(_ fields: [String], line: Int) throws(MPSError) {
        switch section {
        case .none:
            throw error(line, "data line before any section; the file should start with NAME or ROWS")
        case .name:
            throw error(line, "unexpected data line after NAME")
        case .objectiveSense:
            guard fields.count == 1, let value = Self.sense(fields[0].uppercased()) else {
                throw error(line, "unknown objective sense \"\(fields.joined(separator: " "))\"; expected MIN or MAX")
            }
            sense = value
        case .rows: try rowLine(fields, line: line)
        case .columns: try columnLine(fields, line: line)
        case .rhs: try rhsLine(fields, line: line, isRange: false)
        case .ranges: try rhsLine(fields, line: line, isRange: true)
        case .bounds: try boundLine(fields, line: line)
        case .end: break
        }
    }

    static func sense(_ word: String) -> LinearProgram.Sense? {
        switch word {
        case "MAX", "MAXIMIZE", "MAXIMISE": .maximize
        case "MIN", "MINIMIZE", "MINIMISE": .minimize
        default: nil
        }
    }

    /// The fixed-format fields of `line` for `section`, or nil when the line does not fit the
    /// fixed layout (a non-blank character between fields, or text past column 61).
    /// An empty set name (RHS, RANGES, BOUNDS) is left out, as in a free-format line.
    static func fixedFields(_ line: Substring, section: MPSSection) -> [String]? {
        let characters = Array(line.reversed().drop(while: \.isWhitespace).reversed())
        guard characters.count <= 61 else { return nil }
        for gap in [0, 3, 12, 13, 22, 23, 36, 37, 38, 47, 48] where gap < characters.count {
            if !characters[gap].isWhitespace { return nil }
        }
        func field(_ from: Int, _ to: Int) -> String {
            guard from < characters.count else { return "" }
            return String(characters[from..<min(to, characters.count)]).trimmingCharacters(in: .whitespaces)
        }
        let f = [field(1, 3), field(4, 12), field(14, 22), field(24, 36), field(39, 47), field(49, 61)]
        var fields: [String]
        switch section {
        case .rows: fields = [f[0], f[1]]
        case .columns: fields = [f[1], f[2], f[3], f[4], f[5]]
        case .rhs, .ranges: fields = (f[1].isEmpty ? [] : [f[1]]) + [f[2], f[3], f[4], f[5]]
        case .bounds: fields = [f[0]] + (f[1].isEmpty ? [] : [f[1]]) + [f[2], f[3]]
        default: return nil
        }
        while fields.last?.isEmpty == true { fields.removeLast() }
        return fields.contains(where: \.isEmpty) ? nil : fields
    }

    func error(_ line: Int, _ message: String) -> MPSError {
        MPSError(path: path, line: line, message: message)
    }

    /// Parses a number, refusing NaN; with `infinite`, magnitudes of 1e30 or more mean infinity,
    /// without it (matrix and objective coefficients) infinite values are refused.
    func number(_ token: String, line: Int, infinite: Bool = false) throws(MPSError) -> Double {
        guard let value = Double(token), !value.isNaN else {
            throw error(line, "expected a number, found \"\(token)\"")
        }
        if infinite && abs(value) >= 1e30 { return value > 0 ? .infinity : -.infinity }
        guard infinite || value.isFinite else {
            throw error(line, "expected a finite coefficient, found \"\(token)\"")
        }
        return value
    }
}
