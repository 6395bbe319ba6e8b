import Foundation

/// How far a number may move before `aifactory check` calls it a change: beyond both
/// `absolute` and `relative` × |baseline|.
public struct ComparisonTolerance: Sendable, Equatable {
    /// Relative tolerance (0.01 = 1 %).
    public var relative: Double
    /// Absolute tolerance, in the column's own unit.
    public var absolute: Double

    /// The defaults: 1e-6 relative, 0.001 absolute. Outputs are byte-identical for the same
    /// scenario and seed, so these only absorb the last printed digit flipping on another CPU's
    /// floating point; any model change that moves a figure shows.
    public static let standard = ComparisonTolerance(relative: 1e-6, absolute: 0.001)

    /// Creates a tolerance.
    public init(relative: Double, absolute: Double) {
        self.relative = relative
        self.absolute = absolute
    }

    /// Whether `new` is within tolerance of `baseline`.
    public func accepts(baseline: Double, new: Double) -> Bool {
        abs(new - baseline) <= max(absolute, relative * abs(baseline))
    }
}

/// One change found between a baseline output and a rerun.
public struct OutputDifference: Sendable, Equatable {
    /// The file, relative to the scenario's folder (`monthly.csv`, `plan/buildout.csv`).
    public var file: String
    /// Which row: its key cells joined by `/` (a month, `month/tenant`, a JSON path), or "" for the file.
    public var rowKey: String
    /// The column or JSON field ("" for a whole file or row).
    public var column: String
    /// The baseline's value ("" when absent).
    public var baseline: String
    /// The rerun's value ("" when absent).
    public var new: String
    /// (new − baseline) ÷ |baseline| for numbers, nil otherwise.
    public var relativeChange: Double?
}

/// Compares a scenario's outputs with its baseline: CSV cell by cell (rows matched by their key
/// columns, numbers within tolerance), JSON field by field, other files line by line.
public enum OutputComparison {
    /// The differences beyond tolerance between `baseline` and `new` (file name → text), in file
    /// order. Numbers use `tolerances[column]` when given, else `standard`.
    public static func compare(
        baseline: [String: String], new: [String: String],
        tolerances: [String: ComparisonTolerance] = [:], standard: ComparisonTolerance = .standard
    ) -> [OutputDifference] {
        var differences: [OutputDifference] = []
        for name in Set(baseline.keys).union(new.keys).sorted() {
            guard let old = baseline[name] else {
                differences.append(OutputDifference(file: name, rowKey: "", column: "", baseline: "", new: "(new file)"))
                continue
            }
            guard let fresh = new[name] else {
                differences.append(OutputDifference(file: name, rowKey: "", column: "", baseline: "(file)", new: "(missing)"))
                continue
            }
            if old == fresh { continue }
            if name.hasSuffix(".csv") {
                differences += compareCSV(name, old, fresh, tolerances, standard)
            } else if name.hasSuffix(".json") {
                differences += compareJSON(name, old, fresh, tolerances, standard)
            } else {
                differences += compareLines(name, old, fresh)
            }
        }
        return differences
    }

    static func number(_ text: String) -> Double? {
        CSVDialect.isPlainNumber(text) ? Double(text) : nil
    }

    static func relativeChange(_ old: Double, _ new: Double) -> Double {
        old == 0 ? (new == 0 ? 0 : .infinity) : (new - old) / abs(old)
    }

    /// A row's key: its first cell and every non-numeric cell up to the first numeric one
    /// (`2027-01`, `2027-01/research`, `EU (EuroHPC)/compute`).
    static func keyWidth(_ table: CSVTable) -> Int {
        guard let first = table.rows.first else { return 1 }
        var width = 1
        while width < first.count, number(first[width]) == nil,
              table.rows.allSatisfy({ number($0[width]) == nil }), width < 3 { width += 1 }
        return width
    }

    static func compareCSV(
        _ name: String, _ old: String, _ fresh: String,
        _ tolerances: [String: ComparisonTolerance], _ standard: ComparisonTolerance
    ) -> [OutputDifference] {
        let a: CSVTable, b: CSVTable
        do {
            a = try CSVTable(parsing: old, dialect: .rfc4180, file: name)
            b = try CSVTable(parsing: fresh, dialect: .rfc4180, file: name)
        } catch {
            return [OutputDifference(file: name, rowKey: "", column: "", baseline: "", new: "unreadable: \(error)")]
        }
        var differences: [OutputDifference] = []
        for column in a.header where b.column(column) == nil {
            differences.append(OutputDifference(file: name, rowKey: "", column: column, baseline: "(column)", new: "(missing)"))
        }
        for column in b.header where a.column(column) == nil {
            differences.append(OutputDifference(file: name, rowKey: "", column: column, baseline: "", new: "(new column)"))
        }
        let width = keyWidth(a)
        func keyed(_ table: CSVTable) -> (keys: [String], rows: [String: [String]]) {
            var keys: [String] = []
            var rows: [String: [String]] = [:]
            for row in table.rows {
                var key = row.prefix(width).joined(separator: "/")
                if rows[key] != nil { key += "#\(keys.filter { $0.hasPrefix(key) }.count + 1)" }
                keys.append(key)
                rows[key] = row
            }
            return (keys, rows)
        }
        let left = keyed(a), right = keyed(b)
        for key in left.keys where right.rows[key] == nil {
            differences.append(OutputDifference(file: name, rowKey: key, column: "", baseline: "(row)", new: "(missing)"))
        }
        for key in right.keys where left.rows[key] == nil {
            differences.append(OutputDifference(file: name, rowKey: key, column: "", baseline: "", new: "(new row)"))
        }
        for key in left.keys {
            guard let oldRow = left.rows[key], let newRow = right.rows[key] else { continue }
            for (index, column) in a.header.enumerated() {
                guard let other = b.column(column) else { continue }
                let x = oldRow[index], y = newRow[other]
                if x == y { continue }
                if let u = number(x), let v = number(y) {
                    if (tolerances[column] ?? standard).accepts(baseline: u, new: v) { continue }
                    differences.append(OutputDifference(file: name, rowKey: key, column: column, baseline: x, new: y, relativeChange: relativeChange(u, v)))
                } else {
                    differences.append(OutputDifference(file: name, rowKey: key, column: column, baseline: x, new: y))
                }
            }
        }
        return differences
    }

    /// Every leaf of a JSON document by path (`headline.utilisation.mean`, `tenants[2].name`).
    static func leaves(_ value: Any, _ path: String, into result: inout [(String, Any)]) {
        if let dictionary = value as? [String: Any] {
            for key in dictionary.keys.sorted() { leaves(dictionary[key]!, path.isEmpty ? key : path + "." + key, into: &result) }
        } else if let array = value as? [Any] {
            for (index, item) in array.enumerated() { leaves(item, path + "[\(index)]", into: &result) }
        } else {
            result.append((path, value))
        }
    }

    static func compareJSON(
        _ name: String, _ old: String, _ fresh: String,
        _ tolerances: [String: ComparisonTolerance], _ standard: ComparisonTolerance
    ) -> [OutputDifference] {
        guard let x = try? JSONSerialization.jsonObject(with: Data(old.utf8), options: [.fragmentsAllowed]),
              let y = try? JSONSerialization.jsonObject(with: Data(fresh.utf8), options: [.fragmentsAllowed]) else {
            return [OutputDifference(file: name, rowKey: "", column: "", baseline: "", new: "unreadable JSON")]
        }
        var a: [(String, Any)] = [], b: [(String, Any)] = []
        leaves(x, "", into: &a)
        leaves(y, "", into: &b)
        let right = Dictionary(b, uniquingKeysWith: { first, _ in first })
        let leftKeys = Set(a.map(\.0))
        var differences: [OutputDifference] = []
        for (path, value) in a {
            let field = String(path.split(separator: ".").last ?? Substring(path))
            guard let other = right[path] else {
                differences.append(OutputDifference(file: name, rowKey: path, column: field, baseline: "\(value)", new: "(missing)"))
                continue
            }
            if let u = value as? NSNumber, let v = other as? NSNumber, !(value is Bool) {
                let p = u.doubleValue, q = v.doubleValue
                if p == q || (tolerances[field] ?? standard).accepts(baseline: p, new: q) { continue }
                differences.append(OutputDifference(file: name, rowKey: path, column: field, baseline: "\(p)", new: "\(q)", relativeChange: relativeChange(p, q)))
            } else if "\(value)" != "\(other)" {
                differences.append(OutputDifference(file: name, rowKey: path, column: field, baseline: "\(value)", new: "\(other)"))
            }
        }
        for (path, value) in b where !leftKeys.contains(path) {
            differences.append(OutputDifference(file: name, rowKey: path, column: "", baseline: "", new: "\(value)"))
        }
        return differences
    }

    static func compareLines(_ name: String, _ old: String, _ fresh: String) -> [OutputDifference] {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false)
        let b = fresh.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(a.count, b.count) {
            let x = index < a.count ? String(a[index]) : ""
            let y = index < b.count ? String(b[index]) : ""
            if x != y { return [OutputDifference(file: name, rowKey: "line \(index + 1)", column: "", baseline: x, new: y)] }
        }
        return []
    }
}
