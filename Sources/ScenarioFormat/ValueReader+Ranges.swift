import FactoryModel

extension ValueReader {
    /// A number within the row's range. What is not a number at all gets the reader's own
    /// message; a number outside the range gets one that names the end it crosses and the
    /// whole range: `value too large (at most 1,000,000 hours); found 1e300; expected a number
    /// from 0 to 1,000,000 hours`.
    func number(_ node: YAMLNode, _ path: FieldPath, in row: FieldRange) -> Double? {
        if let rule = row.readerRule { return number(node, path, rule) }
        let range = row.range
        // Read once without logging, to tell "not a number" (the reader's message) from "out of range" (ours).
        guard let value = ValueReader(log: DiagnosticLog()).number(node, path, .any) else {
            return number(node, path, range.lowerRule)
        }
        if range.isWhole {
            guard value == value.rounded() else {
                log.error(node.location, path, "expected a whole number, found \(UpperBound.format(value)) (the valid range is \(range.phrase))")
                return nil
            }
        }
        guard range.contains(value) else {
            let found: String
            if range.isWhole, abs(value) < 1e18 {
                found = UpperBound.format(value)
            } else if case .scalar(let text, _) = node.content {
                found = Excerpt.clipped(text)
            } else {
                found = Self.format(value)
            }
            log.error(node.location, path, range.violation(value, found: found))
            return nil
        }
        return value
    }

    /// A whole number within the row's range (see `number(_:_:in:)`).
    func integer(_ node: YAMLNode, _ path: FieldPath, in row: FieldRange) -> Int? {
        precondition(row.range.isWhole && row.range.upper.value < 9.2e18, "an integer is read through a whole-number range")
        return number(node, path, in: row).map { Int($0) }
    }

    /// A list of numbers, each within the row's range, optionally of an exact length.
    func numbers(_ node: YAMLNode, _ path: FieldPath, in row: FieldRange, count: Int? = nil) -> [Double]? {
        guard let items = list(node, path) else { return nil }
        if let count, items.count != count {
            log.error(node.location, path, "expected a list of \(count) numbers, found \(items.count)")
            return nil
        }
        let values = items.enumerated().map { number($0.element, path.item($0.offset), in: row) }
        return values.contains { $0 == nil } ? nil : values.compactMap { $0 }
    }

    /// A month `YYYY-MM` within `ScenarioRanges.months`.
    func calendarMonth(_ node: YAMLNode, _ path: FieldPath) -> Month? {
        guard let month = month(node, path) else { return nil }
        let range = ScenarioRanges.months
        guard range.contains(month) else {
            log.error(node.location, path, "the month \(month) lies outside the years the format accepts; expected a month from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return month
    }
}

extension ValidRange {
    /// The reader's rule for the lower end, for the message about a value that is not a number.
    var lowerRule: NumberRule {
        switch lower {
        case .atLeast(let bound): return .atLeast(bound)
        case .above(let bound): return bound == 0 ? .positive : .aboveAndAtMost(bound, upper.value)
        }
    }
}

extension MapReader {
    /// A required number within the row's range.
    func number(_ key: String, in row: FieldRange) -> Double? {
        required(key) { values.number($0, $1, in: row) }
    }

    /// An optional number within the row's range, `fallback` when absent.
    func number(_ key: String, in row: FieldRange, default fallback: Double) -> Double {
        optional(key, default: fallback) { values.number($0, $1, in: row) }
    }

    /// An optional whole number within the row's range, `fallback` when absent.
    func integer(_ key: String, in row: FieldRange, default fallback: Int) -> Int {
        optional(key, default: fallback) { values.integer($0, $1, in: row) }
    }

    /// A required month within the years the format accepts.
    func calendarMonth(_ key: String) -> Month? {
        required(key) { values.calendarMonth($0, $1) }
    }
}
