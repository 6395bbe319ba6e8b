import Briefing
import FacilitySimulation
import FactoryModel
import Finance
import Foundation
import Reporting
import ScenarioFormat
import Testing

/// A facility small enough to simulate in a blink: two tenants (one with a hostile name), a
/// co-funder, two replications.
enum TinyRun {
    static let yaml = """
    name: tiny-briefing
    seed: 11
    horizon: {start: 2027-01, end: 2028-03}
    budget:
      capex_eur: 2_000_000
      eu_cofunding_share: 0.5
      national_cap_eur: 1_000_000
      discount_rate: 0.03
    site:
      grid_connection:
        - {from: 2027-01, mw: 1}
      cooling: {type: air, pue: 1.3, capex_eur_per_kw: 500}
      building: {fit_out_capex_eur_per_kw: 1000, max_it_mw: 1}
      electricity: {price_eur_per_mwh: 150, carbon_g_per_kwh: 300}
    use_default_catalog: false
    catalog:
      - id: ideal-gpu
        vendor: nvidia
        gpus_per_node: 1
        node_price_eur: 30_000
        node_power_idle_kw: 0.1
        node_power_peak_kw: 1.0
        relative_throughput: 1.0
        annual_failure_rate: 0.1
        available_from: 2026-01
    build_out:
      - at: 2027-01
        nodes: {ideal-gpu: 16}
    tenants:
      - name: research
        quota_share: 0.6
        demand: {kind: poisson, jobs_per_hour: 1}
        job_mix:
          gpus_per_job: {distribution: choice, values: [1, 2, 4], weights: [5, 3, 2]}
          hours_per_job: {distribution: exponential, mean: 6}
      - name: "=R&D \\"lab\\", Delft"
        quota_share: 0.4
        demand: {kind: poisson, jobs_per_hour: 0.5}
        job_mix:
          gpus_per_job: {distribution: choice, values: [1, 2], weights: [1, 1]}
          hours_per_job: {distribution: exponential, mean: 3}
    scheduler:
      policy: easy
      replications: 2
    """

    /// The scenario, its two replications and their finances.
    static func run() throws -> (Scenario, [ReplicationResult], [FinanceResult]) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tiny-briefing-\(UUID().uuidString).yaml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let loaded = ScenarioLoader.load(path: path)
        let scenario = try #require(loaded.scenario, "\(loaded.errors)")
        let results = try FacilitySimulator(scenario: scenario).run(seed: scenario.seed, replications: 2)
        return (scenario, results, results.map { FinanceModel.evaluate(scenario: scenario, result: $0) })
    }

    /// The files `simulate` writes for the run, in `dialect`: the tables of the means over the
    /// replications and the summary of them all.
    static func files(_ scenario: Scenario, _ results: [ReplicationResult], _ finances: [FinanceResult], dialect: CSVDialect) -> [String: String] {
        let means = ReplicationMeans(scenario: scenario, results: results)
        return [
            "monthly.csv": SimulationReport.monthlyCSV(means, dialect: dialect),
            "vendors.csv": SimulationReport.vendorsCSV(results[0], dialect: dialect),
            "tenants.csv": SimulationReport.tenantsCSV(means, dialect: dialect),
            "finance.csv": FinanceReport.financeCSV(means.finance, dialect: dialect),
            "funding.csv": FinanceReport.fundingCSV(means.finance, dialect: dialect),
            "summary.json": SimulationSummary.json(scenario: scenario, seed: scenario.seed, results: results, finances: finances),
        ]
    }
}

@Suite("The briefing drawn from typed results")
struct TypedResultsTests {
    @Test("A run's results and its folder read back give the same values and the same page", arguments: CSVDialect.allCases)
    func typedEqualsFolder(_ dialect: CSVDialect) throws {
        let (scenario, results, finances) = try TinyRun.run()
        let typed = OutputResults(scenario: scenario, seed: scenario.seed, results: results, finances: finances, dialect: dialect)
        let read = try OutputResults(files: TinyRun.files(scenario, results, finances, dialect: dialect))
        // The folder has no `vendorGPUs` in monthly.csv: they are in vendors.csv.
        #expect(read.monthly == typed.monthly.map { month in var month = month; month.vendorGPUs = []; return month })
        #expect(read.vendorMonths == typed.vendorMonths && !read.vendorMonths.isEmpty)
        #expect(read.tenantMonths == typed.tenantMonths)
        #expect(read.financeYears == typed.financeYears)
        #expect(read.funding == typed.funding)
        #expect(read.summary.facility == typed.summary.facility && read.summary.finance == typed.summary.finance)
        #expect(read.summary.seed == 11 && read.summary.horizonStart == Month(year: 2027, month: 1))
        // Names as the file holds them: neutralised against formulas.
        #expect(read.tenants == ["research", "'=R&D \"lab\", Delft"])
        for language in BriefingLanguage.allCases {
            let grid = scenario.site.gridConnectionMW
            #expect(BriefingReport.html(typed, gridConnectionMW: grid, language: language) == BriefingReport.html(read, gridConnectionMW: grid, language: language))
        }
    }

    @Test("Typed results are the means over the replications, passed through their columns' rounding as the files hold them")
    func typedResultsAreRounded() throws {
        let (scenario, results, finances) = try TinyRun.run()
        let typed = OutputResults(scenario: scenario, seed: scenario.seed, results: results, finances: finances)
        for (index, rounded) in typed.monthly.enumerated() {
            let first = results[0].monthly[index], second = results[1].monthly[index]
            #expect(rounded.busyGPUHours == Double(NumberText.fixed((first.busyGPUHours + second.busyGPUHours) / 2, decimals: 3)))
            #expect(rounded.utilisation == Double(NumberText.fixed((first.utilisation + second.utilisation) / 2, decimals: 6)))
            #expect(rounded.jobsSubmitted == Int((Double(first.jobsSubmitted + second.jobsSubmitted) / 2).rounded()))
            #expect(rounded.installedGPUs == first.installedGPUs)
        }
        let utilisation = try #require(typed.summary.facility["mean_utilisation"]?.mean)
        #expect(utilisation == Double(NumberText.fixed(utilisation, decimals: 6)))
    }
}
