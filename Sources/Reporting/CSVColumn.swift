import FactoryModel

/// One column of an output CSV file: its name, unit and decimals, how a row's value is written
/// into it, and how a cell read back is set into a row.
///
/// Each file's columns are listed once (`CSVColumns`), and both the writer and the folder
/// reader go through that list, so a column's name, unit and notation live in one place.
public struct CSVColumn<Row>: Sendable {
    /// The header cell, e.g. `busy_gpu_hours`.
    public let name: String
    /// The unit of the column's values, in words (`GPU-hours`, `EUR`, `share 0…1`, `count`,
    /// `month`, `text`).
    public let unit: String
    /// Digits after the decimal point; nil for texts, months and whole numbers.
    public let decimals: Int?
    /// True when a file may lack the column (written by later versions only); reading then
    /// keeps the row's template value.
    public let mayBeAbsent: Bool
    /// The cell for a row, as RFC 4180 holds it unquoted (numbers with a `.`).
    let write: @Sendable (Row) -> String
    /// Sets a cell read back into a row; nil for a column derived from others (written only).
    let read: (@Sendable (inout Row, CSVCell) throws -> Void)?
    /// The row's value as a number, for a column of figures that can be averaged over
    /// replications (`count` and `number` columns); nil for texts, months and money.
    let value: (@Sendable (Row) -> Double)?

    /// A column from its parts; `read` nil for a column that is written but not read back,
    /// `value` nil unless the column holds a figure to average over replications.
    public init(_ name: String, unit: String, decimals: Int? = nil, mayBeAbsent: Bool = false,
                write: @escaping @Sendable (Row) -> String, read: (@Sendable (inout Row, CSVCell) throws -> Void)?,
                value: (@Sendable (Row) -> Double)? = nil) {
        self.name = name
        self.unit = unit
        self.decimals = decimals
        self.mayBeAbsent = mayBeAbsent
        self.write = write
        self.read = read
        self.value = value
    }

    /// True when reading sets this column into the row.
    public var isReadBack: Bool { read != nil }
}

extension CSVColumn {
    /// A text column (tenant, funder, model names), written as is (neutralised and quoted by
    /// the writer).
    public static func text(_ name: String, _ path: WritableKeyPath<Row, String> & Sendable) -> Self {
        Self(name, unit: "text", write: { $0[keyPath: path] }, read: { $0[keyPath: path] = $1.text })
    }

    /// A calendar month, `YYYY-MM`.
    public static func month(_ name: String, _ path: WritableKeyPath<Row, Month> & Sendable) -> Self {
        Self(name, unit: "month", write: { $0[keyPath: path].description }, read: { $0[keyPath: path] = try $1.month() })
    }

    /// A whole number (GPUs, nodes, jobs), `unit` saying what is counted.
    public static func count(_ name: String, unit: String = "count", _ path: WritableKeyPath<Row, Int> & Sendable) -> Self {
        Self(name, unit: unit, write: { String($0[keyPath: path]) }, read: { $0[keyPath: path] = try $1.count() },
             value: { Double($0[keyPath: path]) })
    }

    /// A number with exactly `decimals` decimals, in `unit`.
    public static func number(_ name: String, unit: String, decimals: Int, _ path: WritableKeyPath<Row, Double> & Sendable) -> Self {
        Self(name, unit: unit, decimals: decimals, write: { NumberText.fixed($0[keyPath: path], decimals: decimals) },
             read: { $0[keyPath: path] = try $1.number() }, value: { $0[keyPath: path] })
    }

    /// A number with exactly `decimals` decimals, or an empty cell for nil (undefined).
    public static func optionalNumber(_ name: String, unit: String, decimals: Int, _ path: WritableKeyPath<Row, Double?> & Sendable) -> Self {
        Self(name, unit: unit, decimals: decimals, write: { $0[keyPath: path].map { NumberText.fixed($0, decimals: decimals) } ?? "" },
             read: { $0[keyPath: path] = try $1.optionalNumber() })
    }

    /// Euros to the cent (`Money`), exactly two decimals.
    public static func euros(_ name: String, mayBeAbsent: Bool = false, _ path: WritableKeyPath<Row, Money> & Sendable) -> Self {
        Self(name, unit: "EUR", decimals: 2, mayBeAbsent: mayBeAbsent, write: { $0[keyPath: path].description },
             read: { $0[keyPath: path] = try $1.money() })
    }

    /// `yes` or `no`.
    public static func yesNo(_ name: String, _ path: WritableKeyPath<Row, Bool> & Sendable) -> Self {
        Self(name, unit: "yes/no", write: { $0[keyPath: path] ? "yes" : "no" }, read: { $0[keyPath: path] = try $1.yesNo() })
    }

    /// A column derived from the row's other values: written, not read back.
    public static func derived(_ name: String, unit: String, decimals: Int? = nil, _ write: @escaping @Sendable (Row) -> String) -> Self {
        Self(name, unit: unit, decimals: decimals, write: write, read: nil)
    }
}

/// One cell being read back, with its place, so that every error names file, line and column.
public struct CSVCell: Sendable {
    /// The cell's text, unquoted.
    public let text: String
    /// The file, line and column it came from.
    public let file: String, line: Int, column: String
    /// The notation of its file (for the decimal mark).
    public let dialect: CSVDialect

    /// An error at this cell's line.
    public func error(_ message: String) -> OutputFileError { OutputFileError(file: file, line: line, message: message) }

    /// The cell as a finite number (either decimal mark, per the file's dialect).
    public func number() throws -> Double {
        let plain = dialect == .excelNL ? text.replacingOccurrences(of: ",", with: ".") : text
        guard let value = Double(plain), value.isFinite else { throw error("column `\(column)`: `\(text)` is not a number") }
        return value
    }

    /// The cell as a finite number, or nil when it is empty.
    public func optionalNumber() throws -> Double? { text.isEmpty ? nil : try number() }

    /// The cell as a whole number.
    public func count() throws -> Int {
        guard let value = Int(text) else { throw error("column `\(column)`: `\(text)` is not a whole number") }
        return value
    }

    /// The cell as a month `YYYY-MM`.
    public func month() throws -> Month {
        guard let month = Month(parsing: text) else { throw error("column `\(column)`: `\(text)` is not a month (YYYY-MM)") }
        return month
    }

    /// The cell as euros, rounded to the cent as `Money` holds them.
    public func money() throws -> Money {
        let value = try number()
        guard abs(value) < 9e16 else { throw error("column `\(column)`: `\(text)` is beyond any budget") }
        return Money(euros: value)
    }

    /// The cell as `yes` (true) or `no` (false).
    public func yesNo() throws -> Bool {
        guard text == "yes" || text == "no" else { throw error("column `\(column)`: `\(text)` is neither yes nor no") }
        return text == "yes"
    }
}
