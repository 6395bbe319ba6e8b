import FactoryModel
import TestSupport
import Testing
@testable import ScenarioFormat

/// The inputs behind the headline figures, read from the Dutch baseline and from fixtures with
/// comments in every place the convention allows.
@Suite("The assumption table lists each headline input with its value and source")
struct AssumptionTableTests {
    static let baselinePath = Repository.path("Scenarios/nl-baseline.yaml")

    static func baseline() throws -> [Assumption] {
        AssumptionTable.rows(of: try loadScenario(baselinePath), path: baselinePath)
    }

    /// The row of `field` for `subject`.
    static func row(_ rows: [Assumption], _ subject: Assumption.Subject, _ field: String) throws -> Assumption {
        try #require(rows.first { $0.subject == subject && $0.field == field }, "no row \(subject) \(field)")
    }

    /// The headline inputs the issue names, written out here rather than read from the table,
    /// so that a row dropped from `AssumptionRow.all` fails.
    static let scenarioInputs = [
        "budget.capex_eur", "budget.eu_cofunding_share", "budget.eu_cofunding_cap_eur", "budget.national_cap_eur",
        "budget.discount_rate", "site.grid_connection", "site.cooling.pue", "site.electricity.price_eur_per_mwh",
        "site.electricity.price_escalation_per_year", "site.electricity.carbon_g_per_kwh", "site.heat_reuse.fraction",
        "site.hardware_life_years", "site.maintenance_windows", "scheduler.policy",
    ]
    static let modelInputs = ["node_price_eur", "node_power_idle_kw", "node_power_peak_kw", "relative_throughput",
                              "interruptions.gpu_hardware", "interruptions.other_hardware", "interruptions.network", "interruptions.software",
                              "available_from", "lead_time_months"]
    static let tenantInputs = ["demand", "job_mix.gpus_per_job", "job_mix.hours_per_job", "patience"]

    @Test("The Dutch baseline has a row for every headline input of the scenario, each built model and each tenant")
    func everyHeadlineInput() throws {
        let rows = try Self.baseline()
        for field in Self.scenarioInputs { _ = try Self.row(rows, .scenario, field) }
        for model in ["h200-hgx", "b200-hgx"] {
            for field in Self.modelInputs { _ = try Self.row(rows, .nodeModel(id: model), field) }
        }
        for tenant in ["research", "startups-smes", "government", "industry"] {
            for field in Self.tenantInputs { _ = try Self.row(rows, .tenant(name: tenant), field) }
        }
        // Only models the build-out buys.
        #expect(!rows.contains { $0.subject == .nodeModel(id: "gb200-nvl72") })
        _ = try Self.row(rows, .scenario, "budget.co_funders[Nij Begun (regional fund Groningen / Northern Drenthe)]")
    }

    @Test("A catalog price is an estimate citing the catalog's EST comment; a FACTS figure is sourced with its grade")
    func baselineSources() throws {
        let rows = try Self.baseline()
        let price = try Self.row(rows, .nodeModel(id: "b200-hgx"), "node_price_eur")
        #expect(price.value == .number(358_800))
        #expect(price.source.basis == .estimate)
        #expect(price.source.excerpt.hasPrefix("EST: (8 x USD 40,000 + USD 70,000) x 0.92 = EUR 358,800."))
        #expect(price.source.place?.hasPrefix("default-catalog.yaml:") == true)

        let capex = try Self.row(rows, .scenario, "budget.capex_eur")
        #expect(capex.value == .number(200_000_000))
        #expect(capex.source.basis == .sourced)
        #expect(capex.source.citation == "FACTS §6, grade B")
        #expect(capex.source.place?.hasPrefix("nl-baseline.yaml:") == true)

        let peak = try Self.row(rows, .nodeModel(id: "b200-hgx"), "node_power_peak_kw")
        #expect(peak.source.basis == .sourced && peak.source.citation == "FACTS §1, grade A")

        let failures = try Self.row(rows, .nodeModel(id: "h200-hgx"), "interruptions.gpu_hardware")
        #expect(failures.source.basis == .estimate)  // "FACTS §2 … (EST on grade B data)": an estimate from a source
        #expect(failures.source.citation == "FACTS §2, grade B")

        let patience = try Self.row(rows, .tenant(name: "research"), "patience")
        #expect(patience.value == AssumptionValue.joined([.text("lognormal"), .text("median ") + .number(168), .text("sigma ") + .number(1)]))
        #expect(patience.source.basis == .estimate)
    }

    @Test("A field without a comment, or left at the format's default, says no source given")
    func noSourceGiven() throws {
        let rows = try Self.baseline()
        let priority = try Self.row(rows, .tenant(name: "research"), "priority")
        #expect(priority.source.basis == .noSourceGiven && priority.source.excerpt.isEmpty && priority.source.place != nil)
        let patience = try Self.row(rows, .tenant(name: "government"), "patience")
        #expect(patience.value.isNone && patience.source.basis == .noSourceGiven && patience.source.isFormatDefault)
    }

    @Test("Comments are found above a field, at the end of its line, in an extended base and in a catalog override; a blank line cuts one off")
    func commentPlaces() throws {
        let path = fixtures.path("assumptions-variant.yaml")
        let rows = AssumptionTable.rows(of: try loadScenario(path), path: path)
        let capex = try Self.row(rows, .scenario, "budget.capex_eur")
        #expect(capex.source.place == "assumptions-base.yaml:10" && capex.source.basis == .sourced)
        let discount = try Self.row(rows, .scenario, "budget.discount_rate")
        #expect(discount.source.excerpt == "EST: the format's default" && discount.source.basis == .estimate)
        let pue = try Self.row(rows, .scenario, "site.cooling.pue")
        #expect(pue.source.excerpt.isEmpty && pue.source.basis == .noSourceGiven)
        let electricity = try Self.row(rows, .scenario, "site.electricity.price_eur_per_mwh")
        #expect(electricity.value == .number(120))
        #expect(electricity.source.place == "assumptions-variant.yaml:7")
        #expect(electricity.source.excerpt == "EST: a new contract <b>from 2027</b> & \"more\".")
        let price = try Self.row(rows, .nodeModel(id: "h100-hgx"), "node_price_eur")
        #expect(price.value == .number(250_000) && price.source.basis == .sourced)
        #expect(price.source.place == "assumptions-variant.yaml:11")
        // Fields the override leaves alone keep the built-in catalog's comment.
        let peak = try Self.row(rows, .nodeModel(id: "h100-hgx"), "node_power_peak_kw")
        #expect(peak.source.place?.hasPrefix("default-catalog.yaml:") == true && peak.source.citation == "FACTS §1, grade A")
    }

    @Test("A comment is classed by what it cites", arguments: [
        ("", AssumptionSource.Basis.noSourceGiven, nil as String?),
        ("EST: 38 h (see header).", .estimate, nil),
        ("FACTS §6: Dutch government EUR 70 M (grade B).", .sourced, "FACTS §6, grade B"),
        ("FACTS §2: 0.11 per GPU-year (EST on grade B data).", .estimate, "FACTS §2, grade B"),
        ("General availability October 2025 [outside FACTS: aiwiki.ai].", .sourced, nil),
        ("Definition: the reference GPU.", .noSourceGiven, nil),
        ("A WEST-facing hall, upgrade C and grades.", .noSourceGiven, nil),
        ("rent of $2.50 per GPU-hour (FACTS section 7)", .noSourceGiven, "FACTS §7"),
    ])
    func classification(_ comment: String, _ basis: AssumptionSource.Basis, _ citation: String?) {
        let source = SourceComment.source(comment, place: "x.yaml:1")
        #expect(source.basis == basis)
        #expect(source.citation == citation)
    }

    @Test("An excerpt is the whole comment, its first sentences, or about 120 characters cut at a space")
    func excerpts() {
        let short = "EST: 12 % a year (e.g. as successors arrive). More words."
        #expect(SourceComment.excerpt(short) == short)
        let first = "EST: (8 x USD 40,000 + USD 70,000) x 0.92 = EUR 358,800, the top of the quoted range."
        let long = first + " " + String(repeating: "word ", count: 20)
        #expect(SourceComment.excerpt(long) == first)
        let terse = "EST: 0. " + String(repeating: "word ", count: 40)
        let excerpt = SourceComment.excerpt(terse)
        #expect(excerpt.hasPrefix("EST: 0. word") && excerpt.hasSuffix("word…") && excerpt.count <= SourceComment.excerptCharacters + 1)
    }
}
