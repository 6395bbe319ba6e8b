import FactoryModel
import Foundation
import TestSupport
import Testing
@testable import Briefing

/// The "not modelled" list is kept in one place in code (`ModelLimitation.notModelled`) and
/// documented in the "Not modelled" sections of the docs; neither may go stale.
@Suite("What the model leaves out")
struct NotModelledTests {
    /// The documents with a "Not modelled" section.
    static let documents = ["docs/simulation-model.md", "docs/cost-model.md"]

    /// The ids of the bullets of `document`'s "## Not modelled" section, and every bullet line
    /// of it that does not start with an id in bold code (`- **`id`**: …`).
    static func documentedIDs(_ document: String) throws -> (ids: [String], malformed: [String]) {
        let text = try String(contentsOf: Repository.url(document), encoding: .utf8)
        var inSection = false, ids: [String] = [], malformed: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") { inSection = line == "## Not modelled"; continue }
            guard inSection, line.hasPrefix("- ") else { continue }
            let rest = line.dropFirst(2)
            guard rest.hasPrefix("**`"), let end = rest.dropFirst(3).firstIndex(of: "`"), rest[end...].hasPrefix("`**:") else {
                malformed.append(String(line))
                continue
            }
            ids.append(String(rest[rest.index(rest.startIndex, offsetBy: 3)..<end]))
        }
        return (ids, malformed)
    }

    @Test("Every limitation the docs state is in the code's list, and every one in the list is in the docs")
    func docsAndCodeAgree() throws {
        var documented: [String] = []
        for document in Self.documents {
            let (ids, malformed) = try Self.documentedIDs(document)
            #expect(!ids.isEmpty, "\(document) has no \"## Not modelled\" section with bullets")
            #expect(malformed.isEmpty, "\(document): bullets without an id in bold code: \(malformed)")
            documented += ids
        }
        let listed = ModelLimitation.notModelled.map(\.id)
        #expect(Set(listed).count == listed.count, "an id is listed twice")
        #expect(Set(documented).count == documented.count, "an id is documented twice")
        #expect(Set(documented).subtracting(listed).sorted() == [], "documented but not in ModelLimitation.notModelled")
        #expect(Set(listed).subtracting(documented).sorted() == [], "in ModelLimitation.notModelled but not documented")
    }

    @Test("Every entry has an id of lower-case words and a sentence in each language")
    func entriesAreComplete() {
        for limitation in ModelLimitation.notModelled {
            #expect(!limitation.id.isEmpty && limitation.id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }, "\(limitation.id)")
            #expect(!limitation.english.isEmpty && !limitation.dutch.isEmpty && limitation.english != limitation.dutch, "\(limitation.id)")
        }
    }

    @Test("The briefing prints every entry in its language, with or without the scenario", arguments: [BriefingLanguage.en, .nl])
    func printedInTheBriefing(_ language: BriefingLanguage) throws {
        let html = try BriefingFixture.html(language: language)
        let section = try #require(html.components(separatedBy: "<ul class=\"not-modelled\">").dropFirst().first?.components(separatedBy: "</ul>").first)
        let items = section.components(separatedBy: "<li>").dropFirst().map { $0.components(separatedBy: "</li>")[0] }
        #expect(items == ModelLimitation.notModelled.map { BriefingHTML.escape(language == .nl ? $0.dutch : $0.english) })
    }
}
