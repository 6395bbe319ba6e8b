/// Writes linear and mixed-integer programs as free-format MPS.
///
/// The output reads back through `MPSReader` to an identical `LinearProgram` and is meant to be
/// read by HiGHS too. Choices:
/// - Numbers are printed with Swift's shortest round-trip form (`String(value)`), so they read
///   back exactly; infinity is printed as `inf`. (Finite RHS, range and bound values of
///   magnitude 1e30 or more read back as infinite: the reader's convention.)
/// - A two-sided row [l, u] is an L row with RHS u and a range R chosen (to the last bit) so
///   that u - R == l; if no such R exists, a G row with l + R == u; failing both (rare), R = u - l.
///   A free row is an L row with RHS `inf`, since a second N row would be dropped on reading.
/// - Integer columns sit between `'INTORG'`/`'INTEND'` markers and always get explicit bounds
///   (`LO`/`MI` and `UP`/`PL`), so no reader's default for integer columns matters.
/// - `UP` is written before `LO`, so a negative upper bound never turns a lower bound of 0
///   into -inf (the traditional convention, see `MPSReader`).
/// - Free MPS cannot hold names that are empty, contain whitespace or repeat. If any column
///   name is such, all columns are written as `C1`, `C2`, …; likewise rows as `R1`, `R2`, …;
///   an unusable objective name becomes `OBJ` (or `OBJ1`, … if taken). The problem name is
///   written as is.
/// - What MPS cannot hold does not survive a round trip: NaN anywhere, explicitly stored zeros
///   in the matrix (written, but dropped on reading), a row whose lower limit exceeds its upper.
/// - Every column gets at least one COLUMNS line (an objective entry of 0 if it has no
///   coefficients at all) so that it is declared.
public enum MPSWriter {
    /// The program as free MPS text, ending in `ENDATA` and a newline.
    ///
    /// - Complexity: O(rows + columns + nonzeros).
    public static func write(_ program: LinearProgram) -> String {
        let columnNames = usableNames(program.variableNames) ? program.variableNames : (0..<program.variableCount).map { "C\($0 + 1)" }
        let rowNames = usableNames(program.rowNames) ? program.rowNames : (0..<program.rowCount).map { "R\($0 + 1)" }
        let taken = Set(rowNames)
        var objectiveName = program.objectiveName
        if !usableNames([objectiveName]) || taken.contains(objectiveName) {
            objectiveName = "OBJ"
            var suffix = 0
            while taken.contains(objectiveName) {
                suffix += 1
                objectiveName = "OBJ\(suffix)"
            }
        }

        var out = program.name.isEmpty ? "NAME\n" : "NAME \(program.name)\n"
        if program.sense == .maximize { out += "OBJSENSE\n    MAX\n" }

        var rhs: [(String, Double)] = [], ranges: [(String, Double)] = []
        if program.objectiveConstant != 0 { rhs.append((objectiveName, -program.objectiveConstant)) }
        out += "ROWS\n N  \(objectiveName)\n"
        for row in 0..<program.rowCount {
            let (type, value, range) = rowForm(lower: program.rowLower[row], upper: program.rowUpper[row])
            out += " \(type)  \(rowNames[row])\n"
            if value != 0 { rhs.append((rowNames[row], value)) }
            if let range { ranges.append((rowNames[row], range)) }
        }

        out += "COLUMNS\n"
        let matrix = program.matrix
        var inIntegerBlock = false
        for column in 0..<program.variableCount {
            if program.isInteger[column] != inIntegerBlock {
                inIntegerBlock.toggle()
                out += "    MARKER    'MARKER'    \(inIntegerBlock ? "'INTORG'" : "'INTEND'")\n"
            }
            let name = columnNames[column]
            let start = matrix.columnStarts[column], end = matrix.columnStarts[column + 1]
            if program.objective[column] != 0 || start == end {
                out += "    \(name)  \(objectiveName)  \(String(program.objective[column]))\n"
            }
            for k in start..<end {
                out += "    \(name)  \(rowNames[matrix.rowIndices[k]])  \(String(matrix.values[k]))\n"
            }
        }
        if inIntegerBlock { out += "    MARKER    'MARKER'    'INTEND'\n" }

        if !rhs.isEmpty {
            out += "RHS\n"
            for (row, value) in rhs { out += "    RHS  \(row)  \(String(value))\n" }
        }
        if !ranges.isEmpty {
            out += "RANGES\n"
            for (row, value) in ranges { out += "    RNG  \(row)  \(String(value))\n" }
        }
        var bounds = ""
        for column in 0..<program.variableCount {
            bounds += boundLines(
                columnNames[column], lower: program.lowerBounds[column], upper: program.upperBounds[column],
                isInteger: program.isInteger[column])
        }
        if !bounds.isEmpty { out += "BOUNDS\n" + bounds }
        return out + "ENDATA\n"
    }

    /// Whether names can be written as free-MPS fields: non-empty, no whitespace, no repeats.
    static func usableNames(_ names: [String]) -> Bool {
        names.allSatisfy { !$0.isEmpty && !$0.contains(where: \.isWhitespace) } && Set(names).count == names.count
    }

    /// Row type, RHS and optional range for the activity limits [lower, upper].
    static func rowForm(lower: Double, upper: Double) -> (type: String, rhs: Double, range: Double?) {
        if lower == upper && lower.isFinite { return ("E", lower, nil) }
        if lower == -.infinity { return ("L", upper, nil) }  // Also the free row: RHS inf.
        if upper == .infinity { return ("G", lower, nil) }
        // Two-sided: search the few doubles near u - l for one that reproduces l exactly.
        let guess = upper - lower
        for candidate in neighbours(of: guess) where upper - abs(candidate) == lower { return ("L", upper, candidate) }
        for candidate in neighbours(of: guess) where lower + abs(candidate) == upper { return ("G", lower, candidate) }
        return ("L", upper, guess)
    }

    /// `value` and the doubles up to four steps either side of it.
    static func neighbours(of value: Double) -> [Double] {
        var result = [value], down = value, up = value
        for _ in 0..<4 {
            down = down.nextDown
            up = up.nextUp
            result += [up, down]
        }
        return result
    }

    /// BOUNDS lines for one column; none for a continuous column in [0, +inf).
    static func boundLines(_ name: String, lower: Double, upper: Double, isInteger: Bool) -> String {
        if !isInteger && lower == 0 && upper == .infinity { return "" }
        if lower == -.infinity && upper == .infinity { return " FR BND  \(name)\n" }
        if lower == upper && lower.isFinite { return " FX BND  \(name)  \(String(lower))\n" }
        var lines = ""
        // UP first: a negative UP read while the lower bound is still the default 0 sets it to -inf.
        if upper != .infinity { lines += " UP BND  \(name)  \(String(upper))\n" } else if isInteger { lines += " PL BND  \(name)\n" }
        if lower == -.infinity {
            lines += " MI BND  \(name)\n"
        } else if lower != 0 || isInteger || upper < 0 {
            lines += " LO BND  \(name)  \(String(lower))\n"
        }
        return lines
    }
}
