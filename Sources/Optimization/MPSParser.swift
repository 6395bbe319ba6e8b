/// The state of one MPS reading: what each section has declared so far.
/// `MPSReader` feeds it lines; `finish()` builds the `LinearProgram`.
struct MPSParser {
    /// What a row name refers to.
    enum RowRef {
        case objective
        case freeRow  // A later N row: dropped.
        case constraint(Int)
    }

    enum RowType: String { case equal = "E", less = "L", greater = "G" }

    let path: String
    var section = MPSSection.none
    var name = ""
    var sense = LinearProgram.Sense.minimize

    // ROWS
    var objectiveName: String?
    var rows: [String: RowRef] = [:]
    var rowLines: [String: Int] = [:]
    var rowNames: [String] = []
    var rowTypes: [RowType] = []
    var rowRHS: [Double] = []
    var rowRange: [Double?] = []
    var objectiveConstant = 0.0

    // COLUMNS
    var columns: [String: Int] = [:]
    var columnLines: [Int] = []
    var variableNames: [String] = []
    var objective: [Double] = []
    var isInteger: [Bool] = []
    var inIntegerBlock = false
    var triplets: [(row: Int, column: Int, value: Double)] = []
    /// Rows (and the objective, as -1) already given for the column being read, with their lines.
    var currentColumnRows: [Int: Int] = [:]

    // BOUNDS
    var lowerBounds: [Double] = []
    var upperBounds: [Double] = []
    var hasExplicitLower: [Bool] = []

    init(path: String) { self.path = path }

    mutating func rowLine(_ fields: [String], line: Int) throws(MPSError) {
        guard fields.count == 2 else {
            throw error(line, "a ROWS line needs a row type and a row name, found \(fields.count) fields")
        }
        let type = fields[0].uppercased(), rowName = fields[1]
        if let first = rowLines[rowName] {
            throw error(line, "row \(PrintableText.quoted(rowName)) is declared twice in ROWS (first on line \(first))")
        }
        if type == "N" {
            rows[rowName] = objectiveName == nil ? .objective : .freeRow
            if objectiveName == nil { objectiveName = rowName }
        } else if let rowType = RowType(rawValue: type) {
            rows[rowName] = .constraint(rowNames.count)
            rowNames.append(rowName)
            rowTypes.append(rowType)
            rowRHS.append(0)
            rowRange.append(nil)
        } else {
            throw error(line, "unknown row type \(PrintableText.quoted(fields[0])) for row \(PrintableText.quoted(rowName)); expected N, E, L or G")
        }
        rowLines[rowName] = line
    }

    mutating func columnLine(_ fields: [String], line: Int) throws(MPSError) {
        if fields.count >= 3, fields[1] == "'MARKER'" {
            switch fields[2] {
            case "'INTORG'": inIntegerBlock = true
            case "'INTEND'": inIntegerBlock = false
            default: throw error(line, "unknown marker \(fields[2]); expected 'INTORG' or 'INTEND'")
            }
            return
        }
        guard fields.count == 3 || fields.count == 5 else {
            throw error(line, "a COLUMNS line needs a column name and one or two row-and-value pairs, found \(fields.count) fields")
        }
        let columnName = fields[0]
        let isNewColumn = variableNames.last != columnName
        if isNewColumn, let existing = columns[columnName] {
            throw error(line, "column \(PrintableText.quoted(columnName)) appears again after other columns (first on line \(columnLines[existing])); a column's entries must be on consecutive lines")
        }
        var entries: [(ref: RowRef, value: Double)] = []
        var seen = isNewColumn ? [:] : currentColumnRows
        for pair in stride(from: 1, to: fields.count, by: 2) {
            guard let ref = rows[fields[pair]] else {
                throw error(line, "unknown row \(PrintableText.quoted(fields[pair])) in COLUMNS; it is not declared in ROWS")
            }
            let value = try number(fields[pair + 1], line: line)
            let key: Int? = switch ref {
            case .objective: -1
            case .constraint(let row): row
            case .freeRow: nil
            }
            if let key {
                if let first = seen[key] {
                    throw error(line, "row \(PrintableText.quoted(fields[pair])) is given twice for column \(PrintableText.quoted(columnName)) (first on line \(first))")
                }
                seen[key] = line
            }
            entries.append((ref, value))
        }
        if isNewColumn {
            columns[columnName] = variableNames.count
            variableNames.append(columnName)
            columnLines.append(line)
            objective.append(0)
            isInteger.append(inIntegerBlock)
        }
        currentColumnRows = seen
        let column = variableNames.count - 1
        for entry in entries {
            switch entry.ref {
            case .objective: objective[column] = entry.value
            case .constraint(let row): triplets.append((row, column, entry.value))
            case .freeRow: break
            }
        }
    }

    /// Ends the COLUMNS section: columns are now fixed, so bounds can be given defaults.
    mutating func endColumn() {
        currentColumnRows = [:]
        let count = variableNames.count
        if lowerBounds.count < count {
            lowerBounds += [Double](repeating: 0, count: count - lowerBounds.count)
            upperBounds += [Double](repeating: .infinity, count: count - upperBounds.count)
            hasExplicitLower += [Bool](repeating: false, count: count - hasExplicitLower.count)
        }
    }

    /// An RHS or RANGES line: an optional set name, then one or two row-and-value pairs.
    mutating func rhsLine(_ fields: [String], line: Int, isRange: Bool) throws(MPSError) {
        let sectionName = isRange ? "RANGES" : "RHS"
        guard (2...5).contains(fields.count) else {
            throw error(line, "an \(sectionName) line needs an optional set name and one or two row-and-value pairs, found \(fields.count) fields")
        }
        var updates: [(ref: RowRef, value: Double)] = []
        for pair in stride(from: fields.count % 2, to: fields.count, by: 2) {
            guard let ref = rows[fields[pair]] else {
                throw error(line, "unknown row \(PrintableText.quoted(fields[pair])) in \(sectionName); it is not declared in ROWS")
            }
            updates.append((ref, try number(fields[pair + 1], line: line, infinite: true)))
        }
        for update in updates {
            switch update.ref {
            case .objective where !isRange: objectiveConstant = -update.value
            case .constraint(let row): if isRange { rowRange[row] = update.value } else { rowRHS[row] = update.value }
            default: break  // Ranges on N rows and anything on dropped N rows mean nothing.
            }
        }
    }

    mutating func boundLine(_ fields: [String], line: Int) throws(MPSError) {
        endColumn()
        guard let type = fields.first?.uppercased() else { return }
        let needsValue = ["UP", "LO", "FX", "LI", "UI"].contains(type)
        guard needsValue || ["FR", "MI", "PL", "BV"].contains(type) else {
            if type == "SC" { throw error(line, "bound type SC (semi-continuous) is not supported") }
            throw error(line, "unknown bound type \(PrintableText.quoted(fields[0])); expected UP, LO, FX, FR, MI, PL, BV, LI or UI")
        }
        // Fields after the type: [set] column [value].
        let columnField: Int
        switch fields.count {
        case 2 where !needsValue: columnField = 1
        case 3 where needsValue: columnField = 1
        case 3 where type == "BV" && columns[fields[1]] != nil && Double(fields[2]) != nil: columnField = 1
        case 3: columnField = 2
        case 4: columnField = 2
        default:
            throw error(line, "a BOUNDS line needs a bound type, an optional set name, a column name\(needsValue ? " and a value" : ""), found \(fields.count) fields")
        }
        guard let column = columns[fields[columnField]] else {
            throw error(line, "unknown column \(PrintableText.quoted(fields[columnField])) in BOUNDS; it is not declared in COLUMNS")
        }
        let value = needsValue ? try number(fields[columnField + 1], line: line, infinite: true) : 0
        switch type {
        case "UP", "UI":
            upperBounds[column] = value
            if value < 0 && !hasExplicitLower[column] && lowerBounds[column] == 0 { lowerBounds[column] = -.infinity }
        case "LO", "LI":
            lowerBounds[column] = value
        case "FX":
            lowerBounds[column] = value
            upperBounds[column] = value
        case "FR":
            lowerBounds[column] = -.infinity
            upperBounds[column] = .infinity
        case "MI":
            lowerBounds[column] = -.infinity
        case "PL":
            upperBounds[column] = .infinity
        default:  // BV
            lowerBounds[column] = 0
            upperBounds[column] = 1
        }
        if type != "UP" && type != "UI" && type != "PL" { hasExplicitLower[column] = true }
        if type == "BV" || type == "LI" || type == "UI" { isInteger[column] = true }
    }

    /// Builds the program once ENDATA is reached.
    mutating func finish() throws(MPSError) -> LinearProgram {
        endColumn()
        var rowLower: [Double] = [], rowUpper: [Double] = []
        for row in rowNames.indices {
            let rhs = rowRHS[row]
            var (lower, upper): (Double, Double) = switch rowTypes[row] {
            case .equal: (rhs, rhs)
            case .less: (-.infinity, rhs)
            case .greater: (rhs, .infinity)
            }
            if let range = rowRange[row] {
                switch rowTypes[row] {
                case .equal where range < 0: lower = rhs - abs(range)
                case .equal: upper = rhs + abs(range)
                case .less: lower = rhs - abs(range)
                case .greater: upper = rhs + abs(range)
                }
            }
            rowLower.append(lower)
            rowUpper.append(upper)
        }
        let matrix = SparseMatrix(rows: rowNames.count, columns: variableNames.count, triplets: triplets)
        return LinearProgram(
            name: name, sense: sense, objectiveName: objectiveName ?? "", objective: objective,
            objectiveConstant: objectiveConstant, variableNames: variableNames, lowerBounds: lowerBounds,
            upperBounds: upperBounds, isInteger: isInteger, rowNames: rowNames, rowLower: rowLower,
            rowUpper: rowUpper, matrix: matrix)
    }
}
