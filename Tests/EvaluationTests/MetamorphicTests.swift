import Evaluation
import FacilitySimulation
import FactoryModel
import Foundation
import TestSupport
import Testing

/// Issue 14, item 6: when a risk comes true, every headline moves the way a reader expects,
/// whatever the numbers. Each property compares a scenario with a changed copy on common random
/// numbers (same seed, same streams), on the Dutch baseline (cut to its first year, 2026-07 to
/// 2027-06, which holds the 8 MW grid step of 2027-01, so that a debug build runs it in
/// seconds) and on three small random facilities.
@Suite("Headlines move the right way when a risk comes true")
struct MetamorphicTests {
    /// The facilities every property is checked on: the Dutch baseline and three random ones;
    /// one that does not load is kept as its error, which `everyFacilityLoads` reports.
    static let loaded: [(label: String, scenario: Result<Scenario, any Error>)] = {
        let baseline = Result {
            var scenario = try Repository.scenario("nl-baseline")
            scenario.horizon = scenario.horizon.lowerBound...Month(year: 2027, month: 6)
            return scenario
        }
        return [("nl-baseline, 2026-07 to 2027-06", baseline)]
            + ([3, 17, 2024] as [UInt64]).map { seed in ("random facility \(seed)", Result { try RandomFacility.scenario(seed: seed) }) }
    }()

    static let labels = loaded.map(\.label)

    static func facility(_ label: String) throws -> Scenario {
        try #require(loaded.first { $0.label == label }).scenario.get()
    }

    @Test("The Dutch baseline and the three random facilities load")
    func everyFacilityLoads() throws {
        for (label, scenario) in Self.loaded {
            #expect(throws: Never.self, "\(label)") { _ = try scenario.get() }
        }
    }


    /// The replications of `scenario`: `count` of them from the scenario's seed.
    static func run(_ scenario: Scenario, replications count: Int) throws -> ScenarioEvaluation {
        try ScenarioEvaluation.run(scenario, options: EvaluationOptions(replications: count))
    }

    static func mean(_ evaluation: ScenarioEvaluation, _ name: String) throws -> Double {
        try #require(evaluation.headline.first { $0.name == name }?.mean, "no headline \(name)")
    }

    /// The mean wait of the jobs that started, over all tenants and replications, hours.
    static func meanWaitOfStartedJobs(_ evaluation: ScenarioEvaluation) -> Double {
        var waited = 0.0, started = 0.0
        for result in evaluation.results {
            for (index, totals) in result.tenantTotals.enumerated() {
                let jobs = Double(result.tenantMonthly.reduce(0) { $0 + $1[index].jobsStarted })
                waited += totals.waitMeanHours * jobs
                started += jobs
            }
        }
        return started > 0 ? waited / started : 0
    }

    @Test("Moving the grid's second step a year later never raises installed-base utilisation and never lowers stranded GPU-months", arguments: labels)
    func laterGridConnection(_ label: String) throws {
        let scenario = try Self.facility(label)
        var late = scenario
        try #require(late.site.gridConnectionMW.count >= 2)
        late.site.gridConnectionMW[1].from = late.site.gridConnectionMW[1].from.adding(months: 12)
        let before = try Self.run(scenario, replications: 2), after = try Self.run(late, replications: 2)
        let utilisation = (try Self.mean(before, "mean_utilisation"), try Self.mean(after, "mean_utilisation"))
        let stranded = (try Self.mean(before, "stranded_gpu_months"), try Self.mean(after, "stranded_gpu_months"))
        #expect(utilisation.1 <= utilisation.0, "utilisation \(utilisation.0) -> \(utilisation.1)")
        #expect(stranded.1 >= stranded.0, "stranded GPU-months \(stranded.0) -> \(stranded.1)")
        #expect(try Self.mean(after, "cost_per_gpu_hour_eur") >= Self.mean(before, "cost_per_gpu_hour_eur"))
    }

    @Test("A higher electricity price never lowers the cost per delivered or installed GPU-hour", arguments: labels)
    func higherElectricityPrice(_ label: String) throws {
        let scenario = try Self.facility(label)
        var dear = scenario
        dear.site.electricity.priceEURPerMWh *= 1.5
        dear.site.electricity.priceTable = dear.site.electricity.priceTable.map { MonthlyStep(from: $0.from, value: $0.value * 1.5) }
        // The price does not change what the simulation does: one replication shows the property.
        let before = try Self.run(scenario, replications: 1), after = try Self.run(dear, replications: 1)
        for name in ["cost_per_gpu_hour_eur", "cost_per_installed_gpu_hour_eur", "npv_cost_eur"] {
            #expect(try Self.mean(after, name) > Self.mean(before, name), "\(name)")
        }
        #expect(try Self.mean(after, "delivered_gpu_hours") == Self.mean(before, "delivered_gpu_hours"))
    }

    @Test("A fifth more demand never lowers the mean wait, over 5 replications on common random numbers", arguments: labels)
    func moreDemand(_ label: String) throws {
        let scenario = try Self.facility(label)
        var busier = scenario
        for index in busier.tenants.indices {
            let seasonality = busier.tenants[index].demand.seasonality ?? Array(repeating: 1, count: 12)
            busier.tenants[index].demand.seasonality = seasonality.map { $0 * 1.2 }
        }
        let before = try Self.run(scenario, replications: 5), after = try Self.run(busier, replications: 5)
        let waits = (Self.meanWaitOfStartedJobs(before), Self.meanWaitOfStartedJobs(after))
        #expect(waits.1 >= waits.0, "mean wait \(waits.0) -> \(waits.1) h")
        #expect(try Self.mean(after, "submitted_reference_gpu_hours") > Self.mean(before, "submitted_reference_gpu_hours"))
    }

    @Test("Halving every tenant's patience never raises the mean wait of the jobs that start", arguments: labels)
    func lessPatience(_ label: String) throws {
        let scenario = try Self.facility(label)
        try #require(scenario.tenants.contains { $0.patience != nil })
        var impatient = scenario
        for index in impatient.tenants.indices {
            impatient.tenants[index].patience = impatient.tenants[index].patience.map { RandomFacility.scaled($0, by: 0.5) }
        }
        let before = try Self.run(scenario, replications: 2), after = try Self.run(impatient, replications: 2)
        let waits = (Self.meanWaitOfStartedJobs(before), Self.meanWaitOfStartedJobs(after))
        #expect(waits.1 <= waits.0, "mean wait of started jobs \(waits.0) -> \(waits.1) h")
        #expect(try Self.mean(after, "jobs_abandoned") >= Self.mean(before, "jobs_abandoned"))
    }

    @Test("A quarter more nodes in the first phase never lowers the GPU-hours delivered", arguments: labels)
    func moreNodes(_ label: String) throws {
        let scenario = try Self.facility(label)
        var larger = scenario
        for (model, count) in larger.buildOut[0].nodes { larger.buildOut[0].nodes[model] = count + max(1, count / 4) }
        let before = try Self.run(scenario, replications: 2), after = try Self.run(larger, replications: 2)
        let delivered = (try Self.mean(before, "delivered_gpu_hours"), try Self.mean(after, "delivered_gpu_hours"))
        #expect(delivered.1 >= delivered.0, "delivered \(delivered.0) -> \(delivered.1)")
    }
}

/// Small random facilities for the metamorphic properties: a year, one or two node models, two
/// grid steps, two or three tenants (some impatient) loading the machine at 50 % to 130 %.
enum RandomFacility {
    /// The scenario drawn from `seed`.
    static func scenario(seed: UInt64) throws -> Scenario {
        var random = SeededGenerator(state: seed)
        let gpusPerNode = [1, 4, 8].randomElement(using: &random)!
        let nodes = Int.random(in: 12...40, using: &random)
        let gpus = Double(nodes * gpusPerNode)
        let peakKW = 0.7 * Double(gpusPerNode) + 0.5
        // The first grid step powers about half the nodes; the second, three months in, all.
        let firstMW = (Double(nodes) * peakKW * 1.3 * Double.random(in: 0.4...0.6, using: &random) / 1_000 * 1_000).rounded() / 1_000
        let fullMW = (Double(nodes) * peakKW * 1.3 * 1.1 / 1_000 * 1_000).rounded(.up) / 1_000
        let load = Double.random(in: 0.5...1.3, using: &random)
        let policy = ["fcfs", "easy", "fairshare"].randomElement(using: &random)!
        let tenantCount = Int.random(in: 2...3, using: &random)
        var tenants = ""
        for index in 0..<tenantCount {
            let share = load * gpus * 730 / Double(tenantCount)
            let hours = Double.random(in: 2...12, using: &random)
            let patience = index == tenantCount - 1 ? "" : """
                    patience: {distribution: lognormal, median: \(Int.random(in: 4...48, using: &random)), sigma: 1}

                """
            tenants += """
              - name: t\(index)
                quota_share: \(String(format: "%.4f", 1 / Double(tenantCount) - (index == 0 ? 0.0001 : 0)))
            \(patience)    demand: {kind: constant, gpu_hours_per_month: \(Int(share))}
                job_mix:
                  gpus_per_job: {distribution: choice, values: [1, \(gpusPerNode), \(2 * gpusPerNode)], weights: [5, 3, 1]}
                  hours_per_job: {distribution: lognormal, median: \(String(format: "%.1f", hours)), sigma: 1}

            """
        }
        let yaml = """
        name: random-\(seed)
        seed: \(seed)
        horizon: {start: 2027-01, end: 2027-12}
        budget: {capex_eur: 50_000_000, eu_cofunding_share: 0.5, discount_rate: 0.03}
        site:
          grid_connection:
            - {from: 2027-01, mw: \(firstMW)}
            - {from: 2027-04, mw: \(fullMW)}
          cooling: {type: direct-liquid, pue: 1.2, capex_eur_per_kw: 500}
          building: {fit_out_capex_eur_per_kw: 1000, max_it_mw: \(fullMW)}
          electricity: {price_eur_per_mwh: \(Int.random(in: 60...200, using: &random)), carbon_g_per_kwh: 300}
        use_default_catalog: false
        catalog:
          - id: node
            vendor: nvidia
            gpus_per_node: \(gpusPerNode)
            node_price_eur: \(30_000 * gpusPerNode)
            node_power_idle_kw: 0.2
            node_power_peak_kw: \(peakKW)
            relative_throughput: 1.0
            annual_failure_rate: \(String(format: "%.3f", Double.random(in: 0...0.2, using: &random)))
            available_from: 2026-01
        build_out:
          - at: 2027-01
            nodes: {node: \(nodes)}
        tenants:
        \(tenants)
        scheduler: {policy: \(policy), replications: 2}

        """
        let url = temporaryURL("random-facility-\(seed)").appendingPathExtension("yaml")
        try yaml.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        return try loadScenario(url.path)
    }

    /// `distribution` with every draw multiplied by `factor` (a scale change).
    static func scaled(_ distribution: Distribution, by factor: Double) -> Distribution {
        switch distribution {
        case .fixed(let value): return .fixed(value: value * factor)
        case .exponential(let mean): return .exponential(mean: mean * factor)
        case .lognormal(let median, let sigma): return .lognormal(median: median * factor, sigma: sigma)
        case .uniform(let low, let high): return .uniform(min: low * factor, max: high * factor)
        case .choice(let values, let weights): return .choice(values: values.map { $0 * factor }, weights: weights)
        }
    }
}
