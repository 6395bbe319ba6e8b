import FactoryModel
import Foundation
import ScenarioFormat
import TestSupport
import Testing
@testable import Briefing
@testable import Reporting

/// The briefing's assumptions section and the tenants' display names, drawn for the committed
/// Dutch baseline plan with the inputs of `Scenarios/nl-baseline.yaml`.
enum AssumptionFixture {
    static let scenarioPath = Repository.path("Scenarios/nl-baseline.yaml")

    /// The baseline's assumption rows and display names, as `aifactory report --scenario` gives them.
    static func baseline() throws -> (assumptions: [Assumption], names: [String: DisplayName]) {
        let scenario = try loadScenario(scenarioPath)
        let names = Dictionary(uniqueKeysWithValues: scenario.tenants.compactMap { tenant in tenant.displayName.map { (tenant.name, $0) } })
        return (AssumptionTable.rows(of: scenario, path: scenarioPath), names)
    }

    static func html(_ language: BriefingLanguage) throws -> String {
        let (assumptions, names) = try baseline()
        return BriefingReport.html(try OutputResults(files: BriefingFixture.committed("nl-baseline/plan")),
                                   assumptions: assumptions, tenantNames: names, language: language)
    }

    /// The assumptions section of a page, from its opening tag to its end.
    static func section(_ html: String) throws -> Substring {
        let start = try #require(html.range(of: "<section id=\"assumptions\">"))
        let end = try #require(html.range(of: "</section>\n", range: start.upperBound..<html.endIndex))
        return html[start.lowerBound..<end.upperBound]
    }

    /// The cells of the table row whose first cell is `field`, in the table after `caption`.
    static func cells(_ section: Substring, caption: String, field: String) throws -> [String] {
        let table = try #require(section.components(separatedBy: "<caption>\(caption)</caption>").dropFirst().first?.components(separatedBy: "</table>").first)
        let row = try #require(table.components(separatedBy: "<tr>").first { $0.hasPrefix("<th scope=\"row\">\(BriefingHTML.escapeWrapping(field))</th>") })
        return row.components(separatedBy: "<td>").dropFirst().map { $0.components(separatedBy: "</td>")[0] }
    }
}

extension BriefingTests {
    @Test("The assumptions come before the charts, each input with its value, source and basis", arguments: [
        (BriefingLanguage.en, "Budget, site and scheduler", "200,000,000", "sourced · FACTS §6, grade B", "358,800", "estimate · FACTS §1, grade B"),
        (BriefingLanguage.nl, "Budget, locatie en planner", "200.000.000", "onderbouwd · FACTS §6, grade B", "358.800", "schatting · FACTS §1, grade B"),
    ])
    func assumptionsBeforeCharts(_ language: BriefingLanguage, _ caption: String, _ capex: String, _ capexBasis: String, _ price: String, _ priceBasis: String) throws {
        let html = try AssumptionFixture.html(language)
        let section = try AssumptionFixture.section(html)
        let sectionStart = try #require(html.range(of: "<section id=\"assumptions\">")).lowerBound
        #expect(sectionStart < (try #require(html.range(of: "<section class=\"chart-section\""))).lowerBound)
        #expect(sectionStart > (try #require(html.range(of: "<section id=\"key-figures\">"))).lowerBound)

        let capexCells = try AssumptionFixture.cells(section, caption: caption, field: "budget.capex_eur")
        #expect(capexCells[0] == capex && capexCells[2] == capexBasis)
        #expect(capexCells[1].hasPrefix("FACTS §6: &quot;≈ EUR 200 M total&quot;") && capexCells[1].contains("(nl-baseline.yaml:"))
        let model = (language == .nl ? "Nodemodel " : "Node model ") + "b200-hgx"
        let priceCells = try AssumptionFixture.cells(section, caption: model, field: "node_price_eur")
        #expect(priceCells[0] == price && priceCells[2] == priceBasis)
        #expect(priceCells[1].hasPrefix("EST: (8 x USD 40,000 + USD 70,000) x 0.92 = EUR 358,800.") && priceCells[1].contains("(default-catalog.yaml:"))
        // Every row of the table is in the section, one per input.
        let rows = try AssumptionFixture.baseline().assumptions
        #expect(section.components(separatedBy: "<th scope=\"row\">").count - 1 == rows.count)
    }

    @Test("An input without a comment, or left at the format's default, says so", arguments: [BriefingLanguage.en, .nl])
    func assumptionsWithoutSource(_ language: BriefingLanguage) throws {
        let section = try AssumptionFixture.section(try AssumptionFixture.html(language))
        let tenant = language == .nl ? "Gebruiker: Onderzoek en onderwijs" : "Tenant: Research and education"
        let priority = try AssumptionFixture.cells(section, caption: tenant, field: "priority")
        #expect(priority[1].hasPrefix("(nl-baseline.yaml:"))
        #expect(priority[2] == (language == .nl ? "geen bron opgegeven (lees als schatting)" : "no source given (read as an estimate)"))
        let government = language == .nl ? "Gebruiker: Overheid" : "Tenant: Government"
        let patience = try AssumptionFixture.cells(section, caption: government, field: "patience")
        #expect(patience[0] == (language == .nl ? "geen" : "none"))
        #expect(patience[1] == (language == .nl ? "niet in het scenario: de standaardwaarde van het formaat" : "not in the scenario: the format’s default"))
    }

    @Test("Without the scenario the page says how to give it, and still lists what is not modelled")
    func assumptionsUnknown() throws {
        let section = try AssumptionFixture.section(try BriefingFixture.html())
        #expect(section.contains("give it (aifactory report --scenario FILE)"))
        #expect(!section.contains("<table") && section.contains("<ul class=\"not-modelled\">"))
    }

    @Test("The Dutch briefing names tenants by their Dutch display names, never by code name")
    func dutchDisplayNames() throws {
        let dutch = try AssumptionFixture.html(.nl)
        for name in ["Onderzoek en onderwijs", "Start-ups en mkb", "Overheid", "Bedrijfsleven"] {
            #expect(dutch.contains("<th scope=\"row\">\(name)</th>"), "the tenant table names \(name)")
            #expect(dutch.contains("<h3>\(name)</h3>"), "the demand chart names \(name)")
        }
        for code in ["startups-smes", ">research<", ">government<", ">industry<", "Start-ups and SMEs"] {
            #expect(!dutch.contains(code), "found \(code)")
        }
        let english = try AssumptionFixture.html(.en)
        #expect(english.contains("<h3>Start-ups and SMEs</h3>") && !english.contains("Start-ups en mkb"))
    }

    @Test("A tenant without a name in the page's language falls back to English, then to its code name")
    func displayNameFallback() throws {
        let inputs = try OutputResults(files: BriefingFixture.committed("nl-baseline/plan"))
        let names = ["research": DisplayName(english: "Research", dutch: nil), "industry": DisplayName(english: nil, dutch: "Bedrijfsleven")]
        let dutch = BriefingReport.html(inputs, tenantNames: names, language: .nl)
        #expect(dutch.contains("<h3>Research</h3>") && dutch.contains("<h3>Bedrijfsleven</h3>") && dutch.contains("<h3>government</h3>"))
        let english = BriefingReport.html(inputs, tenantNames: names, language: .en)
        #expect(english.contains("<h3>Research</h3>") && english.contains("<h3>industry</h3>"))
    }

    @Test("Hostile comments, values and display names are escaped in the assumptions section")
    func assumptionsEscaping() throws {
        let hostile = "<script>alert('x')</script> & \"quoted\""
        let rows = [
            Assumption(subject: .scenario, field: "site.<b>pue</b>", value: .text("<img src=x onerror=alert(1)>"),
                       source: AssumptionSource(basis: .estimate, excerpt: "EST: " + hostile, citation: "FACTS §<1>", place: "a<b>.yaml:3")),
            Assumption(subject: .tenant(name: BriefingFixture.hostileTenants[0]), field: "patience", value: .none,
                       source: AssumptionSource(basis: .noSourceGiven, excerpt: "", place: nil)),
        ]
        let names = [BriefingFixture.hostileTenants[0]: DisplayName(everyLanguage: "<i>Lab</i> \"R&D\"")]
        let html = BriefingReport.html(try OutputResults(files: BriefingFixture.files), assumptions: rows, tenantNames: names, language: .en)
        let section = try AssumptionFixture.section(html)
        for raw in ["<script", "<img", "<b>", "<i>Lab"] { #expect(!html.contains(raw), "raw \(raw)") }
        #expect(section.contains("EST: &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot; (a&lt;b&gt;.yaml:3)"))
        #expect(section.contains("&lt;img src=x onerror=alert(1)&gt;") && section.contains("estimate · FACTS §&lt;1&gt;"))
        #expect(section.contains("<caption>Tenant: &lt;i&gt;Lab&lt;/i&gt; &quot;R&amp;D&quot;</caption>"))
        #expect(html.contains("<th scope=\"row\">&lt;i&gt;Lab&lt;/i&gt; &quot;R&amp;D&quot;</th>"))
    }

    @Test("The same scenario and folder give byte-identical HTML with the assumptions", arguments: [BriefingLanguage.en, .nl])
    func assumptionsDeterministic(_ language: BriefingLanguage) throws {
        #expect(try AssumptionFixture.html(language) == AssumptionFixture.html(language))
    }
}
