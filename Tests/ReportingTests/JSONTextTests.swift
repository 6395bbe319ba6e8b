import Foundation
import TestSupport
import Testing
@testable import Reporting

@Suite("JSON written by hand")
struct JSONTextTests {
    @Test("Hostile text is escaped so the string reads back unchanged")
    func quoting() throws {
        let hostile = "a \"quoted\" back\\slash, tab\t, newline\n and \u{01}"
        let document = "{\"name\": \(JSONText.quoted(hostile))}"
        let parsed = try JSONSerialization.jsonObject(with: Data(document.utf8)) as? [String: String]
        #expect(parsed?["name"] == hostile)
    }

    @Test("The committed baseline summary is well-formed JSON with the finance figures a ministry asks for")
    func baselineSummaryParses() throws {
        let path = Repository.url("Reports/nl-baseline/summary.json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: path)) as? [String: Any]
        let finance = try #require(object?["finance"] as? [String: Any])
        for key in ["capex_total_eur", "budget_headroom_eur", "eu_funding_eur", "national_funding_eur", "tco_eur", "npv_cost_eur",
                    "cost_per_gpu_hour_eur", "cost_per_reference_gpu_hour_eur", "subsidy_per_tenant_eur"] {
            #expect(finance[key] != nil, "missing \(key)")
        }
        #expect((object?["tenants"] as? [Any])?.count == 4)
    }
}
