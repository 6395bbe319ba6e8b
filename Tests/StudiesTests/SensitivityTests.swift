import Foundation
import Studies
import TestSupport
import Testing

/// `aifactory sensitivity`: one-at-a-time swings, tornado order.
@Suite struct SensitivityTests {
    @Test("An input that does not touch a figure has zero swing; the electricity price moves cost per GPU-hour linearly")
    func swingsAreRight() throws {
        let study = try SensitivityStudy(
            scenarioPath: fixtures.path("tiny.yaml"), inputs: ["site.electricity.price_eur_per_mwh", "site.electricity.carbon_g_per_kwh"],
            percent: 20, figures: ["cost_per_gpu_hour_eur", "carbon_t"])
        let rows = csvRows(study.run(cores: 2))
        #expect(rows.count == 4)
        // Grouped by figure; inside a figure the larger swing first.
        #expect(rows.map { $0["figure"]! } == ["cost_per_gpu_hour_eur", "cost_per_gpu_hour_eur", "carbon_t", "carbon_t"])
        #expect(rows[0]["input"] == "site.electricity.price_eur_per_mwh")
        #expect(Double(rows[1]["swing"]!) == 0)
        #expect(rows[2]["input"] == "site.electricity.carbon_g_per_kwh")
        let base = Double(rows[0]["figure_at_base"]!)!, low = Double(rows[0]["figure_at_low"]!)!, high = Double(rows[0]["figure_at_high"]!)!
        #expect(abs((high - base) - (base - low)) <= 1e-5, "linear to the printed precision")
        #expect(rows[0]["low_value"] == "120" && rows[0]["high_value"] == "180")
        let carbonBase = Double(rows[2]["figure_at_base"]!)!, carbonHigh = Double(rows[2]["figure_at_high"]!)!
        #expect(abs(carbonHigh / carbonBase - 1.2) <= 1e-6)
    }

    @Test("The output is identical whatever the core count")
    func deterministic() throws {
        let study = try SensitivityStudy(scenarioPath: fixtures.path("tiny.yaml"), percent: 10)
        #expect(study.run(cores: 1) == study.run(cores: 2))
    }

    @Test("Inputs the scenario does not write are skipped by default and refused when asked for")
    func missingInputs() throws {
        let study = try SensitivityStudy(scenarioPath: fixtures.path("tiny.yaml"), percent: 10)
        #expect(study.skipped.map(\.path).contains("site.staff_cost_eur_per_year"))
        #expect(throws: SweepError.self) {
            _ = try SensitivityStudy(scenarioPath: fixtures.path("tiny.yaml"), inputs: ["site.staff_cost_eur_per_year"], percent: 10)
        }
        #expect(throws: SweepError.self) {
            _ = try SensitivityStudy(scenarioPath: fixtures.path("tiny.yaml"), percent: 10, figures: ["no_such_figure"])
        }
    }

    @Test("A variation that makes the scenario invalid is reported in the row, not fatal")
    func invalidVariationIsNoted() throws {
        // ±150 % would be refused; 99 % moves the EU share from 0.5 to 0.995 (valid) and 0.005.
        let study = try SensitivityStudy(scenarioPath: fixtures.path("tiny.yaml"), inputs: ["budget.discount_rate"], percent: 99, figures: ["npv_cost_eur"])
        let rows = csvRows(study.run(cores: 1))
        #expect(rows.count == 1 && rows[0]["note"] == "")
    }
}
