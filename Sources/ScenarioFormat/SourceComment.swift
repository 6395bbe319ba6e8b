import FactoryModel
import Foundation

/// The comment an analyst wrote for one field of a YAML file, and what it says about the
/// figure's source.
///
/// The convention of the shipped scenarios and the built-in catalog: the comment lines right
/// above a field (no blank line between), or a comment at the end of the field's own line, say
/// where its figure comes from. "FACTS §n … (grade A/B/C)" cites a row of the project's fact
/// sheet; "[outside FACTS: …]" a public page not yet in it; "EST" marks our own estimate.
enum SourceComment {
    /// The most characters of a comment the briefing shows; the file holds the rest.
    static let excerptCharacters = 120

    /// The comment of the field whose key is on line `line` (from 1) of `lines`: the comment
    /// lines right above it, then a comment at the end of that line, as one paragraph with the
    /// `#` marks and ruler lines (`# -----`) removed. Empty when there is none.
    static func text(aboveAndOn line: Int, of lines: [Substring]) -> String {
        guard lines.indices.contains(line - 1) else { return "" }
        var above: [String] = []
        var index = line - 2
        while index >= 0, let comment = commentLine(lines[index]) {
            above.append(comment)
            index -= 1
        }
        let words = above.reversed() + [trailingComment(lines[line - 1])].compactMap { $0 }
        return words.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The text of a line that holds only a comment, without its `#` marks; "" for a ruler
    /// line; nil for any other line (blank, or YAML).
    private static func commentLine(_ line: Substring) -> String? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("#") else { return nil }
        let text = trimmed.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
        return text.allSatisfy { "-=*_~#".contains($0) } ? "" : text
    }

    /// The comment at the end of a YAML line (`key: value   # words`), outside quotes; nil when
    /// the line has none.
    private static func trailingComment(_ line: Substring) -> String? {
        var quote: Character?
        var previous: Character = " "
        for (offset, character) in line.enumerated() {
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "#", previous == " " || previous == "\t" {
                let comment = line.dropFirst(offset).drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
                return comment.isEmpty ? nil : comment
            }
            previous = character
        }
        return nil
    }

    /// What the comment `text` says about its figure, at `place` (`file.yaml:12`).
    static func source(_ text: String, place: String) -> AssumptionSource {
        let citation = self.citation(in: text)
        let basis: AssumptionSource.Basis
        if text.isEmpty {
            basis = .noSourceGiven
        } else if words(of: text).contains("EST") {
            basis = .estimate
        } else if citation?.contains("grade") == true || text.contains("[outside FACTS") {
            basis = .sourced
        } else {
            basis = .noSourceGiven
        }
        return AssumptionSource(basis: basis, excerpt: excerpt(text), citation: citation, place: place)
    }

    /// "FACTS §6, grade B" from the first fact-sheet row (`FACTS §6`, or `FACTS section 6`) and
    /// the first grade the text names; either part alone; nil when it names neither.
    static func citation(in text: String) -> String? {
        var parts: [String] = []
        for marker in ["FACTS §", "FACTS section "] {
            if let range = text.range(of: marker) {
                let digits = text[range.upperBound...].prefix { $0.isNumber }
                if !digits.isEmpty { parts.append("FACTS §" + digits); break }
            }
        }
        var rest = Substring(text)
        while let range = rest.range(of: "grade ") {
            let after = rest[range.upperBound...]
            let startsWord = range.lowerBound == rest.startIndex || !rest[rest.index(before: range.lowerBound)].isLetter
            if startsWord, let letter = after.first, "ABC".contains(letter), after.dropFirst().first.map({ !$0.isLetter }) ?? true {
                parts.append("grade \(letter)")
                break
            }
            rest = after
        }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// The words of `text`: runs of letters and digits.
    private static func words(of text: String) -> Set<Substring> {
        Set(text.split { !$0.isLetter && !$0.isNumber })
    }

    /// `text` when it has at most `excerptCharacters` characters; else the whole sentences
    /// that fit in them when those fill at least half; else its first `excerptCharacters`
    /// characters cut at a space, with "…" (so that "EST: 0." is not all a reader sees).
    static func excerpt(_ text: String) -> String {
        let characters = Array(text)
        guard characters.count > excerptCharacters else { return text }
        var sentencesEnd = 0
        var depth = 0
        for index in 0..<excerptCharacters {
            switch characters[index] {
            case "(", "[": depth += 1
            case ")", "]": depth = max(0, depth - 1)
            case "." where depth == 0 && characters[index + 1] == " " && !isAbbreviation(characters, endingAt: index):
                sentencesEnd = index + 1
            default: break
            }
        }
        if sentencesEnd >= excerptCharacters / 2 { return String(characters[..<sentencesEnd]) }
        var cut = characters.prefix(excerptCharacters)
        if let space = cut.lastIndex(of: " "), space > excerptCharacters / 2 { cut = cut[..<space] }
        return String(cut).trimmingCharacters(in: CharacterSet(charactersIn: " ,;:")) + "…"
    }

    /// True when the full stop at `index` ends "e.g." or "i.e.", not a sentence.
    private static func isAbbreviation(_ characters: [Character], endingAt index: Int) -> Bool {
        guard index >= 3 else { return false }
        return ["e.g", "i.e"].contains(String(characters[(index - 3)..<index]))
    }
}
