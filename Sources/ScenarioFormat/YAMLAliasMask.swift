/// A YAML text with every alias (`*name`) replaced by an empty flow list of the same length
/// (`*a` → `[]`, `*abc` → `[  ]`), and where each alias was.
///
/// Yams composes aliases by sharing the node they name, which is cheap, but then hashes every
/// key it composes, and a key can be an alias of a node that expands to billions of values
/// (measured: 22 s for 9⁸ values, 171 s for 9⁹, in a 300-byte file). So the loader first
/// composes the masked text, whose aliases are gone, and counts what each alias would expand
/// to (`YAMLBudget`) before the real text is composed.
///
/// Why the mask keeps the document's shape: an alias token and a flow list are both complete
/// nodes that may be keys, and after either the scanner is in the same state, so the masked
/// text has the same nodes at the same lines and columns, with each alias now an empty list
/// at the alias's place. A `*` that is not an alias is masked only where a token could start
/// (after a space, a line break, `[`, `{`, `,`, `?` or `:`); inside a quoted or block value or
/// a comment the mask changes text, not shape. Inside a plain value in `[…]`/`{…}` it can (a
/// plain `a *b` in a flow list); the masked text then fails to parse and the loader reports
/// that error at the `*`.
struct YAMLAliasMask {
    /// One alias: the anchor it names and the place of its `*` (line and column from 1, in
    /// Unicode scalars, counted as libyaml counts them).
    struct Alias {
        let anchor: String
        let line: Int
        let column: Int
    }

    /// The text with every alias masked.
    let maskedText: String
    /// The aliases by place, `line` and `column` of the `*`.
    let aliases: [Place: Alias]

    /// A line and column, both from 1.
    struct Place: Hashable {
        let line: Int
        let column: Int
    }

    /// Masks the aliases of `text`.
    ///
    /// - Complexity: O(n) in the length of the text.
    init(_ text: String) {
        // Most documents have no `*` at all: nothing to mask.
        guard text.utf8.contains(UInt8(ascii: "*")) else {
            maskedText = text
            aliases = [:]
            return
        }
        let scalars = Array(text.unicodeScalars)
        var masked = String.UnicodeScalarView()
        var found: [Place: Alias] = [:]
        var line = 1, column = 1
        var index = 0
        // libyaml drops a byte-order mark at the start of the stream without counting it.
        if scalars.first == "\u{FEFF}" {
            masked.append(scalars[0])
            index = 1
        }
        var previous: Unicode.Scalar? = nil
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "*", Self.canStartToken(after: previous), index + 1 < scalars.count, Self.isAnchorCharacter(scalars[index + 1]) {
                var end = index + 1
                while end < scalars.count, Self.isAnchorCharacter(scalars[end]) { end += 1 }
                let name = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
                found[Place(line: line, column: column)] = Alias(anchor: name, line: line, column: column)
                let length = end - index
                masked.append("[")
                masked.append(contentsOf: repeatElement(" " as Unicode.Scalar, count: length - 2))
                masked.append("]")
                column += length
                previous = scalars[end - 1]
                index = end
                continue
            }
            masked.append(scalar)
            if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
                masked.append("\n")
                index += 1
            }
            if Excerpt.isLineBreak(scalar) {
                line += 1
                column = 1
            } else {
                column += 1
            }
            previous = scalar
            index += 1
        }
        maskedText = String(masked)
        aliases = found
    }

    /// Whether libyaml's scanner can start a token right after `previous` (nil: the start).
    private static func canStartToken(after previous: Unicode.Scalar?) -> Bool {
        guard let previous else { return true }
        switch previous {
        case " ", "\t", "[", "{", ",", "?", ":", "\u{FEFF}": return true
        default: return Excerpt.isLineBreak(previous)
        }
    }

    /// The characters libyaml allows in anchor names: ASCII letters, digits, `_` and `-`.
    static func isAnchorCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "0"..."9", "a"..."z", "A"..."Z", "_", "-": return true
        default: return false
        }
    }
}
