import FactoryModel
import Foundation
import TestSupport
import Testing
@testable import ScenarioFormat

/// `display_name` on a tenant: names for readers by language, refused with the house's message
/// when it is not a name or a map of names.
@Suite("Tenant display names")
struct DisplayNameTests {
    @Test("A map gives each language its own name; a tenant without one has none")
    func mapByLanguage() throws {
        let scenario = try loadScenario(fixtures.path("assumptions-base.yaml"))
        #expect(scenario.tenants[0].displayName == DisplayName(english: "Research", dutch: "Onderzoek"))
        #expect(try loadScenario(fixtures.path("valid-minimal.yaml")).tenants.allSatisfy { $0.displayName == nil })
    }

    @Test("Plain text is the name in every language, and one language alone is allowed")
    func plainText() throws {
        let text = try String(contentsOf: fixtures.url("valid-minimal.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "  - name: research\n", with: "  - name: research\n    display_name: \"R&D <lab>\"\n")
            .replacingOccurrences(of: "  - name: startups\n", with: "  - name: startups\n    display_name: {nl: Start-ups}\n")
        let url = temporaryURL("display-name").appendingPathExtension("yaml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let result = ScenarioLoader.load(path: url.path, defaultCatalog: Catalog())
        let tenants = try #require(result.scenario, "\(result.errors)").tenants
        #expect(tenants[0].displayName == DisplayName(everyLanguage: "R&D <lab>"))
        #expect(tenants[1].displayName == DisplayName(english: nil, dutch: "Start-ups"))
    }

    @Test("A display name that is not a name or a map of names is refused at its place", arguments: [
        ValidationErrorCase(file: "display-name-unknown-language.yaml", expected: "display-name-unknown-language.yaml:44:34: tenants[research].display_name.nk: unknown field `nk` (a display name has the languages `en` and `nl`); did you mean `nl`?"),
        ValidationErrorCase(file: "display-name-list.yaml", expected: "display-name-list.yaml:44:19: tenants[research].display_name: expected a name, or a map of names by language (`{en: …, nl: …}`), found a list"),
        ValidationErrorCase(file: "display-name-too-long.yaml", expected: "display-name-too-long.yaml:44:24: tenants[research].display_name.nl: expected a name of 1 to 120 characters, found \"xxxx"),
    ])
    func refused(_ testCase: ValidationErrorCase) {
        let result = fixtures.load(testCase.file)
        #expect(result.scenario == nil)
        let messages = result.errors.map(\.shortDescription)
        #expect(messages.contains { $0.hasPrefix(testCase.expected) }, "got: \(messages)")
    }
}
