import FactoryModel
import Foundation
import Testing
import TestSupport
@testable import ScenarioFormat

/// Issue 21, item 2: YAML alias expansion, nesting and size were unbounded. A 461-byte file of
/// eight levels of nine aliases (9⁸ = 43 M values) took 35 s and 5.6 GB; a mapping key made of
/// such aliases took 22 s at eight levels and 171 s at nine inside Yams' composer; a 998-level
/// document overflowed a 1 MB stack.
@Suite("The YAML loader keeps its limits on size, aliases and depth, and says where they were crossed")
struct LoaderLimitTests {
    /// `name: …` then `a0: &a0 lol` and `levels` lines `aN: &aN [*aN-1 × 9]`.
    static func aliasBomb(levels: Int) -> String {
        var lines = ["name: alias-bomb", "a0: &a0 lol"]
        for level in 1...levels {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A map whose one key is a flow list of `levels` anchors, each nine aliases of the last.
    static func aliasKeyBomb(levels: Int) -> String {
        var parts = ["&a0 lol"]
        for level in 1...levels {
            parts.append("&a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]")
        }
        return "? [" + parts.joined(separator: ", ") + "]\n: x\n"
    }

    static func parse(_ text: String) -> Result<YAMLNode, YAMLSyntaxError> {
        Result { () throws(YAMLSyntaxError) in try YAMLReader.parse(text, file: "t.yaml") }
    }

    static func failure(_ text: String) -> String? {
        guard case .failure(let error) = parse(text) else { return nil }
        return "\(error.location): \(error.message)"
    }

    // MARK: The alias mask

    @Test("Masking replaces each alias by an empty list of the same length and records its place")
    func maskKeepsLengthAndPlaces() {
        let mask = YAMLAliasMask("a: &x [1]\nb: [*x, *xy]\nc: 'see *x'\nd: a*b\n")
        #expect(mask.maskedText == "a: &x [1]\nb: [[], [ ]]\nc: 'see []'\nd: a*b\n")
        let places = mask.aliases.values.map { "\($0.anchor)@\($0.line):\($0.column)" }.sorted()
        // The `*x` inside quotes is masked too (text, not shape); `a*b` cannot start a token.
        #expect(places == ["x@2:5", "x@3:9", "xy@2:9"])
        // The quoted one is text: the document reads as it did.
        #expect(Self.failure("a: &x [1]\nc: 'see *x'\n") == nil)
    }

    @Test("Aliases are found where libyaml puts them, across CRLF line ends, tabs and non-ASCII letters")
    func maskPlacesMatchComposer() throws {
        // The limit is crossed at the first `*a6` in a7's line; it is found only if the mask's
        // place of that alias is the composer's place of its masked list.
        let lines = Self.aliasBomb(levels: 8).split(separator: "\n").map(String.init)
        let shifted = ["# Zürich\u{2028}# a line separator ends a comment line", lines[0]]
            + lines[1..<8].map { $0.replacingOccurrences(of: ", *", with: ",\t*") }
            + [lines[8].replacingOccurrences(of: "[*a6,", with: "[Zürich, *a6,")] + lines[9...]
        let message = try #require(Self.failure(shifted.joined(separator: "\r\n")))
        // The comment is two lines, so a7's line is line 11; `*a6` follows "[Zürich, ".
        #expect(message.hasPrefix("t.yaml:11:18: with this alias `*a6`"), "\(message)")
    }

    // MARK: Aliases

    @Test("Aliases that repeat a small block still work")
    func smallAliasesWork() throws {
        let tree = try YAMLReader.parse("base: &b {x: 1, y: 2}\nuse: [*b, *b]\n", file: "t.yaml")
        let use = try #require(tree.entries?.last?.value)
        guard case .sequence(let items) = use.content else {
            Issue.record("use is not a list")
            return
        }
        #expect(items.count == 2)
        #expect(items.allSatisfy { $0.entries?.map(\.key) == ["x", "y"] })
    }

    @Test("Eight levels of nine aliases are refused at the alias that passes a million values")
    func aliasBombIsRefused() throws {
        let message = try #require(Self.failure(Self.aliasBomb(levels: 8)))
        // a6 expands to 1 + 9 + … + 9⁶ = 597,871 values; with everything before it, the first
        // alias in a7's list passes the limit.
        #expect(message == "t.yaml:9:10: with this alias `*a6` the document would hold more than 1,000,000 values once its aliases are expanded, the loader's limit; expected aliases that repeat a few small blocks")
    }

    @Test("Ten levels, which used to exhaust memory, are refused as quickly")
    func biggerAliasBombIsRefused() throws {
        let started = ContinuousClock.now
        let message = try #require(Self.failure(Self.aliasBomb(levels: 10)))
        #expect(message.hasPrefix("t.yaml:9:10: with this alias `*a6`"))
        #expect(ContinuousClock.now - started < .seconds(5))
    }

    @Test("A key built of aliases is refused before Yams hashes it")
    func aliasKeyBombIsRefused() throws {
        let started = ContinuousClock.now
        let message = try #require(Self.failure(Self.aliasKeyBomb(levels: 9)))
        #expect(message.hasPrefix("t.yaml:1:"))
        #expect(message.contains("the document would hold more than 1,000,000 values"))
        #expect(ContinuousClock.now - started < .seconds(5))
    }

    /// A root list of `aliases` aliases of an anchored list of `items` single values:
    /// 1 (root) + (items + 1) (the anchored list) + aliases × (items + 1) values.
    static func repeatedList(items: Int, aliases: Int) -> String {
        "- &x [" + Array(repeating: "1", count: items).joined(separator: ",") + "]\n"
            + String(repeating: "- *x\n", count: aliases)
    }

    @Test("Exactly 1,000,000 values after expansion are accepted, 1,000,001 are not")
    func expansionLimitIsExact() throws {
        // 1 + 1000 × 1000 - 1 … : items = 999 gives lists of 1,000 values; 998 aliases give
        // 1 + 1,000 + 998,000 = 999,001; plus 999 single values in a last list of 1 + 998.
        let base = Self.repeatedList(items: 999, aliases: 998)
        let atLimit = base + "- [" + Array(repeating: "1", count: 998).joined(separator: ",") + "]\n"
        let above = base + "- [" + Array(repeating: "1", count: 999).joined(separator: ",") + "]\n"
        #expect(Self.failure(atLimit) == nil)
        let message = try #require(Self.failure(above))
        #expect(message.hasPrefix("t.yaml:1000:"))
        #expect(message.contains("the document holds more than 1,000,000 values here"))
    }

    @Test("An alias of an anchor defined again later names the definition before it")
    func redefinedAnchorsFollowDocumentOrder() throws {
        let big = "[" + Array(repeating: "1", count: 200_000).joined(separator: ",") + "]"
        // Five aliases of the small definition, then one of the big one: within the limit.
        let fine = "a: &x small\nb: [*x, *x, *x, *x, *x]\nc: &x \(big)\nd: [*x, *x, *x]\n"
        #expect(Self.failure(fine) == nil)
        let tooMany = "a: &x small\nc: &x \(big)\nd: [*x, *x, *x, *x, *x]\n"
        let message = try #require(Self.failure(tooMany))
        #expect(message.hasPrefix("t.yaml:3:17: with this alias `*x`"))
    }

    // MARK: Depth

    static func nestedLists(_ depth: Int) -> String {
        String(repeating: "[", count: depth - 1) + "x" + String(repeating: "]", count: depth - 1) + "\n"
    }

    static func nestedMaps(_ depth: Int) -> String {
        (0..<(depth - 1)).map { String(repeating: " ", count: $0) + "a:" }.joined(separator: "\n")
            + " x\n"
    }

    @Test("A document 64 levels deep is read; 65 levels are refused at the value too deep")
    func depthLimitIsExact() throws {
        #expect(Self.failure(Self.nestedLists(64)) == nil)
        #expect(Self.failure(Self.nestedLists(65)) == "t.yaml:1:65: this is nested 65 levels deep, more than the loader's limit of 64; expected a scenario nested a few levels deep")
        #expect(Self.failure(Self.nestedMaps(64)) == nil)
        let message = try #require(Self.failure(Self.nestedMaps(65)))
        // The deepest map's key is the first thing at level 65.
        #expect(message.hasPrefix("t.yaml:64:64: this is nested 65 levels deep"), "\(message)")
    }

    @Test("An alias that nests a deep block deeper still is refused at the alias")
    func depthThroughAliasIsRefused() throws {
        let deep = Self.nestedLists(60).dropLast()
        let message = try #require(Self.failure("a: &d \(deep)\nb: [[[[[[*d]]]]]]\n"))
        #expect(message == "t.yaml:2:10: through this alias `*d` the document nests 67 levels deep, more than the loader's limit of 64; expected a scenario nested a few levels deep")
    }

    @Test("A megabyte of nesting, in every form, is refused without overflowing the stack",
          arguments: ["[", "{a: ", "- ", "a:\n"])
    func megabyteOfNesting(_ unit: String) throws {
        var text: String
        if unit == "a:\n" {
            // Block maps: each level indented one more space, up to just under 1 MB.
            text = ""
            var level = 0
            while text.utf8.count + level + 4 < LoaderLimits.maximumDocumentBytes {
                text += String(repeating: " ", count: level) + "a:\n"
                level += 1
            }
        } else {
            text = String(repeating: unit, count: LoaderLimits.maximumDocumentBytes / unit.utf8.count)
        }
        let message = try #require(Self.failure(text))
        #expect(message.contains("levels deep"), "\(message)")
    }

    @Test("Deep documents are composed safely on a thread with a small stack")
    func deepDocumentOnSmallStack() throws {
        let text = String(repeating: "[", count: 990) + String(repeating: "]", count: 990)
        let box = ResultBox()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.message = Self.failure(text)
            done.signal()
        }
        thread.stackSize = 256 << 10
        thread.start()
        done.wait()
        #expect(box.message?.contains("is nested 65 levels deep") == true, "\(box.message ?? "no error")")
    }

    final class ResultBox: @unchecked Sendable {
        var message: String?
    }

    // MARK: Size

    @Test("A document of exactly 1 MB is read; one byte more is refused where the limit is crossed")
    func sizeLimitIsExact() throws {
        let line = "# " + String(repeating: "x", count: 1021) + "\n"  // 1,024 bytes
        let atLimit = String(repeating: line, count: 1024)
        #expect(atLimit.utf8.count == LoaderLimits.maximumDocumentBytes)
        #expect(Self.failure(atLimit) == nil)
        #expect(Self.failure(atLimit + "a") == "t.yaml:1025:1: the file goes on past 1 MB (1,048,576 bytes) here, the loader's limit; expected a scenario, a short YAML text file")
    }

    @Test("A scenario file over 1 MB is refused after reading only its first megabyte")
    func largeFileIsRefusedAtItsPlace() throws {
        let folder = temporaryURL("loader-limits")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = folder.appendingPathComponent("big.yaml")
        let line = "# " + String(repeating: "x", count: 1021) + "\n"
        try (String(repeating: line, count: 2048)).write(to: big, atomically: true, encoding: .utf8)
        let variant = folder.appendingPathComponent("variant.yaml")
        try "extends: big.yaml\nname: v\n".write(to: variant, atomically: true, encoding: .utf8)
        for path in [big.path, variant.path] {
            let errors = ScenarioLoader.load(path: path, defaultCatalog: Catalog()).errors.map(\.shortDescription)
            #expect(errors == ["big.yaml:1025:1: the file goes on past 1 MB (1,048,576 bytes) here, the loader's limit; expected a scenario, a short YAML text file"])
        }
    }

    // MARK: Every entry point

    @Test("The committed reproducers are refused with their limit named", arguments: [
        ("alias-bomb.yaml", "alias-bomb.yaml:10:10: with this alias `*a6` the document would hold more than 1,000,000 values"),
        ("alias-key-bomb.yaml", "alias-key-bomb.yaml:1:"),
        ("nesting-65.yaml", "nesting-65.yaml:"),
        ("variant-of-alias-bomb.yaml", "alias-bomb.yaml:10:10: with this alias `*a6`"),
    ])
    func reproducersAreRefused(_ file: String, _ expected: String) {
        let errors = fixtures.load(file).errors.map(\.shortDescription)
        #expect(errors.count == 1 && errors[0].hasPrefix(expected), "\(errors)")
    }

    @Test("A sweep portfolio goes through the same limits")
    func portfolioIsBounded() {
        let loaded = PortfolioFile.load(path: fixtures.path("portfolio-alias-bomb.yaml"))
        #expect(loaded.portfolio == nil)
        let messages = loaded.diagnostics.map(\.shortDescription)
        #expect(messages.count == 1 && messages[0].hasPrefix("portfolio-alias-bomb.yaml:13:10:"), "\(messages)")
        #expect(messages.first?.contains("1,000,000 values") == true)
    }
}
