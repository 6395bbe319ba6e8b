import FactoryModel

/// The range a number must lie in, with the words messages use for it.
enum NumberRule {
    /// Any finite number.
    case any
    /// ≥ 0.
    case nonNegative
    /// > 0.
    case positive
    /// 0 to 1, both included.
    case share
    /// ≥ the bound.
    case atLeast(Double)
    /// Within the closed range.
    case within(ClosedRange<Double>)
    /// > lower and ≤ upper.
    case aboveAndAtMost(Double, Double)

    func accepts(_ value: Double) -> Bool {
        switch self {
        case .any: return true
        case .nonNegative: return value >= 0
        case .positive: return value > 0
        case .share: return (0...1).contains(value)
        case .atLeast(let bound): return value >= bound
        case .within(let range): return range.contains(value)
        case .aboveAndAtMost(let lower, let upper): return value > lower && value <= upper
        }
    }

    var expectation: String {
        switch self {
        case .any: return "a number"
        case .nonNegative: return "a number of at least 0"
        case .positive: return "a number above 0"
        case .share: return "a share between 0 and 1 (35 % is written 0.35)"
        case .atLeast(let bound): return "a number of at least \(ValueReader.format(bound))"
        case .within(let range): return "a number from \(ValueReader.format(range.lowerBound)) to \(ValueReader.format(range.upperBound))"
        case .aboveAndAtMost(let lower, let upper): return "a number above \(ValueReader.format(lower)) and at most \(ValueReader.format(upper))"
        }
    }
}

/// Turns located YAML values into numbers, months, names and choices, logging a plain-words
/// error (and returning nil) for anything that does not fit.
struct ValueReader {
    let log: DiagnosticLog

    /// A number within `rule`, and at most `limit` when given. Digits may be grouped with `_` (250_000_000).
    func number(_ node: YAMLNode, _ path: FieldPath, _ rule: NumberRule = .any, atMost limit: UpperBound? = nil) -> Double? {
        guard case .scalar(let text, let quoted) = node.content else {
            log.error(node.location, path, "expected \(rule.expectation), found \(node.kindPhrase)")
            return nil
        }
        if quoted {
            log.error(node.location, path, "expected \(rule.expectation), found the text \(Excerpt.quoted(text)) (numbers are written without quotes)")
            return nil
        }
        let digits = text.replacingOccurrences(of: "_", with: "")
        guard let value = Double(digits), value.isFinite, digits.first.map({ $0.isNumber || "+-.".contains($0) }) == true else {
            let hint = text.hasSuffix("%") ? " (write percentages as fractions: 35 % is 0.35)" : ""
            log.error(node.location, path, "expected \(rule.expectation), found \(Excerpt.quoted(text))\(hint)")
            return nil
        }
        guard rule.accepts(value) else {
            log.error(node.location, path, "expected \(rule.expectation), found \(Excerpt.clipped(text))")
            return nil
        }
        if let limit, value > limit.value {
            log.error(node.location, path, Self.tooLarge(Excerpt.clipped(text), limit))
            return nil
        }
        return value
    }

    /// The message for a value above its bound.
    static func tooLarge(_ found: String, _ limit: UpperBound) -> String {
        "value too large (at most \(limit.phrase)); found \(found)"
    }

    /// A whole number of at least `minimum`, and at most `limit` when given.
    func integer(_ node: YAMLNode, _ path: FieldPath, minimum: Int = 0, atMost limit: UpperBound? = nil) -> Int? {
        let rule = NumberRule.atLeast(Double(minimum))
        guard let value = number(node, path, .any) else { return nil }
        guard value == value.rounded(), abs(value) < 9.0e15 else {
            log.error(node.location, path, "expected a whole number, found \(Self.format(value))")
            return nil
        }
        guard rule.accepts(value) else {
            log.error(node.location, path, "expected a whole number of at least \(minimum), found \(Self.format(value))")
            return nil
        }
        if let limit, value > limit.value {
            log.error(node.location, path, Self.tooLarge(Self.format(value), limit))
            return nil
        }
        return Int(value)
    }

    /// A month written `YYYY-MM`.
    func month(_ node: YAMLNode, _ path: FieldPath) -> Month? {
        guard case .scalar(let text, _) = node.content, let month = Month(parsing: text) else {
            log.error(node.location, path, "expected a month YYYY-MM (for example 2027-01), found \(node.kindPhrase)")
            return nil
        }
        return month
    }

    /// Text: any single value (a plain number is read as its digits).
    func text(_ node: YAMLNode, _ path: FieldPath) -> String? {
        guard case .scalar(let text, _) = node.content else {
            log.error(node.location, path, "expected text, found \(node.kindPhrase)")
            return nil
        }
        return text
    }

    /// true or false (yes and no are accepted too).
    func boolean(_ node: YAMLNode, _ path: FieldPath) -> Bool? {
        if case .scalar(let text, false) = node.content {
            switch text.lowercased() {
            case "true", "yes": return true
            case "false", "no": return false
            default: break
            }
        }
        log.error(node.location, path, "expected true or false, found \(node.kindPhrase)")
        return nil
    }

    /// One of the named options of `type`, by raw value, with a did-you-mean on a typo.
    func option<Option: RawRepresentable & CaseIterable>(_ node: YAMLNode, _ path: FieldPath, _ type: Option.Type) -> Option? where Option.RawValue == String {
        let names = Option.allCases.map(\.rawValue)
        let choices = names.map { "`\($0)`" }.joined(separator: ", ")
        guard case .scalar(let text, _) = node.content else {
            log.error(node.location, path, "expected one of \(choices), found \(node.kindPhrase)")
            return nil
        }
        guard let option = Option(rawValue: text) else {
            log.error(node.location, path, "expected one of \(choices), found \(Excerpt.quoted(text))\(Suggestion.phrase(for: text, among: names))")
            return nil
        }
        return option
    }

    /// The items of a list.
    func list(_ node: YAMLNode, _ path: FieldPath) -> [YAMLNode]? {
        guard case .sequence(let items) = node.content else {
            log.error(node.location, path, "expected a list (items starting with `- ` or written [a, b]), found \(node.kindPhrase)")
            return nil
        }
        return items
    }

    /// A list of numbers, each within `rule`, optionally of an exact length.
    func numbers(_ node: YAMLNode, _ path: FieldPath, _ rule: NumberRule, atMost limit: UpperBound? = nil, count: Int? = nil) -> [Double]? {
        guard let items = list(node, path) else { return nil }
        if let count, items.count != count {
            log.error(node.location, path, "expected a list of \(count) numbers, found \(items.count)")
            return nil
        }
        let values = items.enumerated().map { number($0.element, path.item($0.offset), rule, atMost: limit) }
        return values.contains { $0 == nil } ? nil : values.compactMap { $0 }
    }

    /// A number as messages print it: no trailing `.0`, thousands grouped with commas from 10,000.
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 {
            let digits = String(Int(abs(value)))
            var grouped = ""
            for (index, digit) in digits.enumerated() {
                if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
                grouped.append(digit)
            }
            return (value < 0 ? "-" : "") + (abs(value) >= 10_000 ? grouped : digits)
        }
        return String(value)
    }
}

import Foundation
