import Foundation
import TestSupport
import Testing
@testable import ScenarioFormat

/// The valid-range table exists twice, in `ScenarioRanges` (what `validate` enforces) and in
/// `docs/scenario-format.md` (what analysts read); these tests keep them one table.
@Suite("The documented valid ranges are the enforced ones")
struct ValidRangeTableTests {
    /// A row of the table as the documentation writes it.
    static func documentedRow(_ row: FieldRange) -> String {
        let fields = row.fields.map { "`\($0)`" }.joined(separator: ", ")
        let range = row.range.phrase + (row.range.isWhole ? ", whole numbers" : "")
        return "| \(fields) | \(range) | \(row.reason) |"
    }

    /// The table rows of the documentation's "Valid ranges" section.
    static func documentedRows() throws -> [String] {
        let text = try String(contentsOf: Repository.url("docs/scenario-format.md"), encoding: .utf8)
        let start = try #require(text.range(of: "\n## Valid ranges\n"))
        let rest = text[start.upperBound...]
        let section = rest[..<(rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex)]
        return section.split(separator: "\n").map(String.init).filter { $0.hasPrefix("| `") }
    }

    @Test("Every row of the range table is in the documentation, word for word, and nothing else")
    func documentationListsEveryRange() throws {
        let expected = ScenarioRanges.all.map(Self.documentedRow)
        let documented = try Self.documentedRows()
        #expect(documented == expected, "the documentation's table should read:\n\(expected.joined(separator: "\n"))")
    }

    @Test("A range names both ends with its unit, and which end a value crosses")
    func rangeMessages() {
        let hours = ScenarioRanges.checkpointHours.range
        #expect(hours.phrase == "0.01 to 1,000,000 hours")
        #expect(hours.violation(1e300, found: "1e300") == "value too large (at most 1,000,000 hours); found 1e300; expected a number from 0.01 to 1,000,000 hours")
        #expect(hours.violation(1e-300, found: "1e-300") == "value too small (at least 0.01 hours); found 1e-300; expected a number from 0.01 to 1,000,000 hours")
        let rate = ScenarioRanges.jobsPerHour.range
        #expect(rate.violation(0, found: "0") == "value too small (it must be above 0 jobs per hour); found 0; expected a number above 0, up to 10,000 jobs per hour")
        #expect(ScenarioRanges.amountEUR.range.phrase == "€0 to €10,000,000,000,000")
        #expect(ScenarioRanges.energyPriceEURPerMWh.range.phrase == "€0 to €100,000 per MWh")
        #expect(ScenarioRanges.seed.range.phrase == "0 to 9,000,000,000,000,000")
        #expect(ScenarioRanges.gpusPerJob.range.violation(0, found: "0").hasPrefix("value too small (at least 1 GPU); found 0"))
    }

    @Test("Every range holds the values of the shipped scenarios, and none of them is warned about its size")
    func shippedScenariosStayValid() throws {
        for name in ["nl-baseline", "nl-250m-mixed", "nl-300m-liquid", "synthetic-10k-gpus", "kth-sp2-replay"] {
            let result = ScenarioLoader.load(path: Repository.path("Scenarios/\(name).yaml"))
            #expect(result.errors.map(\.description) == [], "\(name)")
            #expect(result.warnings.filter { $0.message.contains("memory") || $0.message.contains("events") }.isEmpty, "\(name): \(result.warnings)")
        }
    }
}
