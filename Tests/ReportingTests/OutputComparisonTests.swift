import Reporting
import Testing

/// `aifactory check`'s comparison of a rerun with its baseline.
@Suite struct OutputComparisonTests {
    static let monthly = """
    month,tenant,utilisation,wait_p95_hours,capex_eur\r
    2027-01,research,0.812345,4.250,1000.00\r
    2027-01,industry,0.700000,12.000,2500.50\r
    2027-02,research,0.820000,5.000,0.00\r

    """
    static let summary = #"{"headline": {"utilisation": {"mean": 0.75, "low": 0.74}}, "tenants": [{"name": "research", "wait_p95_hours": 4.25}]}"#

    static func files(_ monthly: String = monthly, _ summary: String = summary) -> [String: String] {
        ["monthly.csv": monthly, "summary.json": summary, "plan/plan.yaml": "name: x\nbuild_out: []\n"]
    }

    @Test("Identical outputs give no differences")
    func identicalOutputsMatch() {
        #expect(OutputComparison.compare(baseline: Self.files(), new: Self.files()).isEmpty)
    }

    @Test("A perturbed cell is caught, with its row key, column, both values and the relative change")
    func perturbedCellIsCaught() throws {
        let perturbed = Self.monthly.replacingOccurrences(of: "2500.50", with: "2600.50")
        let differences = OutputComparison.compare(baseline: Self.files(), new: Self.files(perturbed))
        #expect(differences.count == 1)
        let difference = try #require(differences.first)
        #expect(difference.file == "monthly.csv")
        #expect(difference.rowKey == "2027-01/industry")
        #expect(difference.column == "capex_eur")
        #expect(difference.baseline == "2500.50" && difference.new == "2600.50")
        #expect(abs(difference.relativeChange! - 100 / 2500.5) < 1e-12)
    }

    @Test("A change within tolerance passes, a column's own tolerance is honoured")
    func changesWithinTolerancePass() {
        let tiny = Self.monthly.replacingOccurrences(of: "0.812345", with: "0.812345000001")
        #expect(OutputComparison.compare(baseline: Self.files(), new: Self.files(tiny)).isEmpty)
        let waits = Self.monthly.replacingOccurrences(of: "12.000", with: "12.400")
        #expect(OutputComparison.compare(baseline: Self.files(), new: Self.files(waits)).count == 1)
        let loose = ["wait_p95_hours": ComparisonTolerance(relative: 0.05, absolute: 0)]
        #expect(OutputComparison.compare(baseline: Self.files(), new: Self.files(waits), tolerances: loose).isEmpty)
    }

    @Test("A missing or extra file, column or row is reported")
    func missingAndExtraAreReported() {
        var fewer = Self.files()
        fewer["plan/plan.yaml"] = nil
        fewer["jobs.csv"] = "job\r\n1\r\n"
        let files = OutputComparison.compare(baseline: Self.files(), new: fewer)
        #expect(files.contains { $0.file == "plan/plan.yaml" && $0.new == "(missing)" })
        #expect(files.contains { $0.file == "jobs.csv" && $0.new == "(new file)" })

        let noWaits = """
        month,tenant,utilisation,capex_eur,jobs\r
        2027-01,research,0.812345,1000.00,1\r
        2027-01,industry,0.700000,2500.50,2\r

        """
        let columns = OutputComparison.compare(baseline: Self.files(), new: Self.files(noWaits))
        #expect(columns.contains { $0.column == "wait_p95_hours" && $0.new == "(missing)" })
        #expect(columns.contains { $0.column == "jobs" && $0.new == "(new column)" })
        #expect(columns.contains { $0.rowKey == "2027-02/research" && $0.new == "(missing)" })
    }

    @Test("JSON is compared field by field by path")
    func jsonFieldsAreCompared() throws {
        let changed = Self.summary.replacingOccurrences(of: "\"mean\": 0.75", with: "\"mean\": 0.8")
        let differences = OutputComparison.compare(baseline: Self.files(), new: Self.files(Self.monthly, changed))
        #expect(differences.count == 1)
        #expect(differences.first?.rowKey == "headline.utilisation.mean")
        let renamed = Self.summary.replacingOccurrences(of: "research", with: "onderzoek")
        #expect(OutputComparison.compare(baseline: Self.files(), new: Self.files(Self.monthly, renamed)).first?.rowKey == "tenants[0].name")
    }

    @Test("Other files are compared line by line")
    func otherFilesByLine() {
        var changed = Self.files()
        changed["plan/plan.yaml"] = "name: x\nbuild_out: [1]\n"
        let differences = OutputComparison.compare(baseline: Self.files(), new: changed)
        #expect(differences.map(\.rowKey) == ["line 2"])
    }
}
