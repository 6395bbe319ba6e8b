/// A JSON value read from `summary.json`, with the line it starts on, so that a wrong value can
/// be reported at its place. Objects keep their keys in file order.
///
/// A class rather than a struct: with a recursive struct, Swift 6.3's optimiser (CopyPropagation)
/// crashed on the optional chains that read `summary.json`.
final class JSONValue {
    /// The kinds of JSON value.
    enum Value {
        case object([(key: String, value: JSONValue)])
        case array([JSONValue])
        case string(String)
        case number(Double)
        case bool(Bool)
        case null
    }

    /// The value.
    let value: Value
    /// The 1-based line the value starts on.
    let line: Int

    /// A value that starts on `line`.
    init(value: Value, line: Int) {
        self.value = value
        self.line = line
    }

    /// The member `key` of an object; nil when this is not an object or has no such member.
    subscript(key: String) -> JSONValue? {
        switch value {
        case .object(let members):
            for member in members where member.key == key { return member.value }
            return nil
        default: return nil
        }
    }

    /// The number, or nil when this is not a number.
    var number: Double? {
        switch value {
        case .number(let number): return number
        default: return nil
        }
    }

    /// The text, or nil when this is not a string.
    var string: String? {
        switch value {
        case .string(let text): return text
        default: return nil
        }
    }

    /// True for `null`.
    var isNull: Bool {
        switch value {
        case .null: return true
        default: return false
        }
    }

    /// True for an object.
    var isObject: Bool {
        switch value {
        case .object: return true
        default: return false
        }
    }

    /// The members of an object in file order; empty for any other value.
    var members: [(key: String, value: JSONValue)] {
        switch value {
        case .object(let members): return members
        default: return []
        }
    }

    /// Parses `text` (RFC 8259); errors name `file` and the line.
    static func parse(file: String, text: String) throws -> JSONValue {
        var parser = Parser(file: file, scalars: Array(text.unicodeScalars))
        parser.skipSpace()
        let value = try parser.value(depth: 0)
        parser.skipSpace()
        guard parser.index == parser.scalars.count else { throw parser.error("unexpected text after the JSON value") }
        return value
    }

    /// A recursive-descent reader over the file's Unicode scalars.
    private struct Parser {
        let file: String
        let scalars: [Unicode.Scalar]
        var index = 0
        var line = 1

        func error(_ message: String) -> OutputFileError { OutputFileError(file: file, line: line, message: message) }

        mutating func skipSpace() {
            while index < scalars.count, [" ", "\t", "\r", "\n"].contains(scalars[index]) {
                if scalars[index] == "\n" { line += 1 }
                index += 1
            }
        }

        mutating func value(depth: Int) throws -> JSONValue {
            guard depth < 64 else { throw error("JSON nested too deeply") }
            guard index < scalars.count else { throw error("the file ends where a value was expected") }
            let start = line
            switch scalars[index] {
            case "{":
                index += 1
                var members: [(key: String, value: JSONValue)] = []
                skipSpace()
                if index < scalars.count, scalars[index] == "}" { index += 1; return JSONValue(value: .object(members), line: start) }
                while true {
                    skipSpace()
                    guard index < scalars.count, scalars[index] == "\"" else { throw error("expected a quoted key") }
                    let key = try string()
                    skipSpace()
                    try expect(":")
                    skipSpace()
                    members.append((key, try value(depth: depth + 1)))
                    skipSpace()
                    if try endOrComma("}") { return JSONValue(value: .object(members), line: start) }
                }
            case "[":
                index += 1
                var elements: [JSONValue] = []
                skipSpace()
                if index < scalars.count, scalars[index] == "]" { index += 1; return JSONValue(value: .array(elements), line: start) }
                while true {
                    skipSpace()
                    elements.append(try value(depth: depth + 1))
                    skipSpace()
                    if try endOrComma("]") { return JSONValue(value: .array(elements), line: start) }
                }
            case "\"": return JSONValue(value: .string(try string()), line: start)
            case "t": try word("true"); return JSONValue(value: .bool(true), line: start)
            case "f": try word("false"); return JSONValue(value: .bool(false), line: start)
            case "n": try word("null"); return JSONValue(value: .null, line: start)
            default: return JSONValue(value: .number(try number()), line: start)
            }
        }

        mutating func expect(_ scalar: Unicode.Scalar) throws {
            guard index < scalars.count, scalars[index] == scalar else { throw error("expected `\(scalar)`") }
            index += 1
        }

        /// After a member or element: true at the closing bracket, false after a comma.
        mutating func endOrComma(_ close: Unicode.Scalar) throws -> Bool {
            guard index < scalars.count else { throw error("the file ends inside an object or array") }
            if scalars[index] == close { index += 1; return true }
            guard scalars[index] == "," else { throw error("expected `,` or `\(close)`") }
            index += 1
            return false
        }

        mutating func word(_ text: String) throws {
            for scalar in text.unicodeScalars {
                guard index < scalars.count, scalars[index] == scalar else { throw error("expected `\(text)`") }
                index += 1
            }
        }

        mutating func number() throws -> Double {
            let start = index
            while index < scalars.count, "+-0123456789.eE".unicodeScalars.contains(scalars[index]) { index += 1 }
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars[start..<index])
            guard !text.isEmpty, let value = Double(text), value.isFinite else {
                throw error(text.isEmpty ? "expected a value" : "`\(text)` is not a number")
            }
            return value
        }

        mutating func string() throws -> String {
            index += 1  // the opening quote
            var text = ""
            while index < scalars.count {
                let scalar = scalars[index]
                index += 1
                switch scalar {
                case "\"": return text
                case "\\":
                    guard index < scalars.count else { break }
                    let escape = scalars[index]
                    index += 1
                    switch escape {
                    case "\"", "\\", "/": text.unicodeScalars.append(escape)
                    case "n": text += "\n"
                    case "r": text += "\r"
                    case "t": text += "\t"
                    case "b": text += "\u{8}"
                    case "f": text += "\u{C}"
                    case "u": text.unicodeScalars.append(try unicodeEscape())
                    default: throw error("unknown escape `\\\(escape)` in a string")
                    }
                case "\n": throw error("a line break inside a string")
                default: text.unicodeScalars.append(scalar)
                }
            }
            throw error("a string is never closed")
        }

        /// `\uXXXX`, joining a surrogate pair; a lone surrogate becomes U+FFFD.
        mutating func unicodeEscape() throws -> Unicode.Scalar {
            let first = try hex4()
            if (0xD800...0xDBFF).contains(first), index + 1 < scalars.count, scalars[index] == "\\", scalars[index + 1] == "u" {
                index += 2
                let second = try hex4()
                if (0xDC00...0xDFFF).contains(second) {
                    return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)) ?? "\u{FFFD}"
                }
                return "\u{FFFD}"
            }
            return Unicode.Scalar(first) ?? "\u{FFFD}"
        }

        mutating func hex4() throws -> UInt32 {
            guard index + 4 <= scalars.count else { throw error("a \\u escape needs four hex digits") }
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars[index..<index + 4])
            guard let value = UInt32(text, radix: 16) else { throw error("`\\u\(text)` is not a hex escape") }
            index += 4
            return value
        }
    }
}
