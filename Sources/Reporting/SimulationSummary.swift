import FacilitySimulation
import FactoryModel
import Finance
import SimulationKernel

/// `summary.json`: the headline figures of a simulation, each as its mean over the
/// replications with a 95 % confidence interval (Student's t), keyed in a fixed order.
public enum SimulationSummary {
    /// A headline figure: its name in `summary.json`, and how to read it from one replication.
    struct Figure: Sendable {
        let name: String
        let decimals: Int
        let value: @Sendable (ReplicationResult) -> Double
    }

    /// Σ busy ÷ Σ `base` GPU-hours over the horizon; 0 when the base is empty.
    static func utilisation(_ result: ReplicationResult, over base: KeyPath<MonthlyFigures, Double>) -> Double {
        let hours = result.monthly.reduce(0) { $0 + $1[keyPath: base] }
        return hours > 0 ? result.monthly.reduce(0) { $0 + $1.busyGPUHours } / hours : 0
    }

    /// served ÷ submitted reference-GPU-hours; 0 when nothing was submitted.
    static func servedShare(served: Double, submitted: Double) -> Double { submitted > 0 ? served / submitted : 0 }

    static let facilityFigures: [Figure] = [
        // The headline: over installed GPUs, so GPUs the grid leaves dark count as unused.
        Figure(name: "mean_utilisation", decimals: 6) { utilisation($0, over: \.installedGPUHours) },
        Figure(name: "utilisation_powered", decimals: 6) { utilisation($0, over: \.availableGPUHours) },
        Figure(name: "utilisation_up", decimals: 6) { result in
            let up = result.monthly.reduce(0) { $0 + $1.busyGPUHours + $1.idleGPUHours }
            return up > 0 ? result.monthly.reduce(0) { $0 + $1.busyGPUHours } / up : 0
        },
        Figure(name: "installed_gpu_hours", decimals: 3) { $0.monthly.reduce(0) { $0 + $1.installedGPUHours } },
        Figure(name: "expected_demand_reference_gpu_hours", decimals: 3) { $0.monthly.reduce(0) { $0 + $1.demandReferenceGPUHours } },
        Figure(name: "submitted_reference_gpu_hours", decimals: 3) { $0.monthly.reduce(0) { $0 + $1.submittedReferenceGPUHours } },
        Figure(name: "served_reference_gpu_hours", decimals: 3) { $0.monthly.reduce(0) { $0 + $1.servedReferenceGPUHours } },
        Figure(name: "served_share", decimals: 6) { result in
            servedShare(served: result.monthly.reduce(0) { $0 + $1.servedReferenceGPUHours }, submitted: result.monthly.reduce(0) { $0 + $1.submittedReferenceGPUHours })
        },
        Figure(name: "abandoned_reference_gpu_hours", decimals: 3) { $0.monthly.reduce(0) { $0 + $1.abandonedReferenceGPUHours } },
        Figure(name: "delivered_gpu_hours", decimals: 3) { $0.monthly.reduce(0) { $0 + $1.deliveredGPUHours } },
        Figure(name: "delivered_reference_gpu_hours", decimals: 3) { $0.monthly.reduce(0) { $0 + $1.deliveredReferenceGPUHours } },
        Figure(name: "lost_gpu_hours", decimals: 3) { $0.monthly.reduce(0) { $0 + $1.lostGPUHours } },
        Figure(name: "stranded_gpu_months", decimals: 0) { Double($0.monthly.reduce(0) { $0 + $1.strandedGPUs }) },
        Figure(name: "stranded_depreciation_eur", decimals: 2) { $0.monthly.reduce(0) { $0 + $1.strandedDepreciationEUR } },
        Figure(name: "it_energy_mwh", decimals: 3) { $0.monthly.reduce(0) { $0 + $1.itEnergyMWh } },
        Figure(name: "facility_energy_mwh", decimals: 3) { $0.monthly.reduce(0) { $0 + $1.facilityEnergyMWh } },
        Figure(name: "peak_facility_mw", decimals: 3) { $0.monthly.map(\.peakFacilityMW).max() ?? 0 },
        Figure(name: "carbon_t", decimals: 3) { $0.monthly.reduce(0) { $0 + $1.carbonTonnes } },
        Figure(name: "heat_reused_mwh", decimals: 3) { $0.monthly.reduce(0) { $0 + $1.heatReusedMWh } },
        Figure(name: "jobs_submitted", decimals: 1) { Double($0.monthly.reduce(0) { $0 + $1.jobsSubmitted }) },
        Figure(name: "jobs_completed", decimals: 1) { Double($0.monthly.reduce(0) { $0 + $1.jobsCompleted }) },
        Figure(name: "jobs_abandoned", decimals: 1) { Double($0.monthly.reduce(0) { $0 + $1.jobsAbandoned }) },
        Figure(name: "jobs_failed", decimals: 1) { Double($0.monthly.reduce(0) { $0 + $1.jobsFailed }) },
        Figure(name: "jobs_rejected", decimals: 1) { Double($0.monthly.reduce(0) { $0 + $1.jobsRejected }) },
        Figure(name: "trace_jobs_skipped", decimals: 1) { Double($0.traceJobsSkipped) },
        Figure(name: "events", decimals: 1) { Double($0.eventsProcessed) },
    ]

    static func tenantFigures(_ index: Int) -> [Figure] {
        [
            Figure(name: "expected_demand_reference_gpu_hours", decimals: 3) { $0.tenantTotals[index].demandReferenceGPUHours },
            Figure(name: "submitted_reference_gpu_hours", decimals: 3) { $0.tenantTotals[index].submittedReferenceGPUHours },
            Figure(name: "served_reference_gpu_hours", decimals: 3) { $0.tenantTotals[index].servedReferenceGPUHours },
            Figure(name: "served_share", decimals: 6) { $0.tenantTotals[index].servedShare },
            Figure(name: "abandoned_reference_gpu_hours", decimals: 3) { $0.tenantTotals[index].abandonedReferenceGPUHours },
            Figure(name: "delivered_gpu_hours", decimals: 3) { $0.tenantTotals[index].deliveredGPUHours },
            Figure(name: "delivered_reference_gpu_hours", decimals: 3) { $0.tenantTotals[index].deliveredReferenceGPUHours },
            Figure(name: "jobs_submitted", decimals: 1) { Double($0.tenantTotals[index].jobsSubmitted) },
            Figure(name: "jobs_completed", decimals: 1) { Double($0.tenantTotals[index].jobsCompleted) },
            Figure(name: "jobs_abandoned", decimals: 1) { Double($0.tenantTotals[index].jobsAbandoned) },
            Figure(name: "jobs_rejected", decimals: 1) { Double($0.tenantTotals[index].jobsRejected) },
            Figure(name: "wait_mean_hours", decimals: 3) { $0.tenantTotals[index].waitMeanHours },
            Figure(name: "wait_p50_hours", decimals: 3) { $0.tenantTotals[index].waitP50Hours },
            Figure(name: "wait_p95_hours", decimals: 3) { $0.tenantTotals[index].waitP95Hours },
        ]
    }

    /// The JSON text for `results` of `scenario` (replications in order, the first with `seed`).
    public static func json(scenario: Scenario, seed: UInt64, results: [ReplicationResult], finances: [FinanceResult] = []) -> String {
        var lines: [String] = ["{"]
        lines.append("  \"scenario\": \(quoted(scenario.name)),")
        lines.append("  \"seed\": \(seed),")
        lines.append("  \"replications\": \(results.count),")
        lines.append("  \"horizon\": {\"start\": \(quoted(scenario.horizon.lowerBound.description)), \"end\": \(quoted(scenario.horizon.upperBound.description))},")
        lines.append("  \"scheduler\": \(quoted(scenario.scheduler.policy.rawValue)),")
        lines.append("  \"confidence_interval\": \"95% Student t over replications; null bounds with one replication\",")
        lines.append("  \"facility\": {")
        lines.append(figureLines(facilityFigures, results: results, indent: "    ").joined(separator: ",\n"))
        lines.append("  },")
        lines.append(contentsOf: interruptionLines(results))
        if !finances.isEmpty { lines.append(contentsOf: financeLines(finances, scenario: scenario)) }
        lines.append("  \"tenants\": [")
        var tenantBlocks: [String] = []
        for (index, tenant) in scenario.tenants.enumerated() {
            var block = ["    {", "      \"tenant\": \(quoted(tenant.name)),"]
            block.append(figureLines(tenantFigures(index), results: results, indent: "      ").joined(separator: ",\n"))
            block.append("    }")
            tenantBlocks.append(block.joined(separator: "\n"))
        }
        lines.append(tenantBlocks.joined(separator: ",\n"))
        lines.append("  ]")
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// What one cause of interruption totals over the horizon, in each replication: one of
    /// `interruptionFigures` summed over the cause's months.
    private static func causeTotals(_ results: [ReplicationResult], _ cause: InterruptionCause, _ value: (InterruptionMonth) -> Double) -> [Double] {
        results.map { $0.interruptions.reduce(0) { $1.cause == cause ? $0 + value($1) : $0 } }
    }

    /// The figures of each cause in summary.json's `interruptions` block, in file order.
    static let interruptionFigures: [(name: String, decimals: Int, value: @Sendable (InterruptionMonth) -> Double)] = [
        ("interruptions", 1, { Double($0.interruptions) }), ("jobs_killed", 1, { Double($0.jobsKilled) }),
        ("lost_gpu_hours", 3, { $0.lostGPUHours }), ("down_gpu_hours", 3, { $0.downGPUHours }),
    ]

    /// Each cause's totals over the horizon, as means over `results`: interruptions, job runs
    /// killed, work lost and GPU-hours down (summary.json's `interruptions` block, unrounded).
    public static func interruptionTotals(_ results: [ReplicationResult]) -> [(cause: InterruptionCause, interruptions: Double, jobsKilled: Double, lostGPUHours: Double, downGPUHours: Double)] {
        InterruptionCause.allCases.map { cause in
            let means = interruptionFigures.map { ConfidenceInterval.mean95(of: causeTotals(results, cause, $0.value)).mean }
            return (cause, means[0], means[1], means[2], means[3])
        }
    }

    /// The interruptions block: for each cause (`InterruptionCause` order), its totals over
    /// the horizon (interruptions, job runs killed, work lost and GPU-hours down), each a mean
    /// with its interval, as interruptions.csv gives them by month.
    private static func interruptionLines(_ results: [ReplicationResult]) -> [String] {
        let blocks = InterruptionCause.allCases.map { cause in
            let fields = interruptionFigures.map { "      " + interval(name: $0.name, values: causeTotals(results, cause, $0.value), decimals: $0.decimals) }
            return "    \(quoted(cause.reportName)): {\n" + fields.joined(separator: ",\n") + "\n    }"
        }
        return ["  \"interruptions\": {", blocks.joined(separator: ",\n"), "  },"]
    }

    /// The money block's amounts that are the same in every replication, in file order.
    static let fixedFinanceFigures: [(name: String, value: @Sendable (FinanceResult) -> Money)] = [
        ("capex_total_eur", { $0.funding.schedule.total }),
        ("budget_headroom_eur", { $0.budgetHeadroom }),
        ("eu_funding_eur", { $0.total.euFunding }),
        ("national_funding_eur", { $0.total.nationalFunding }),
        ("other_funding_eur", { $0.total.otherFunding }),
        ("eu_opex_funding_eur", { $0.total.euOpexFunding }),
        ("national_over_cap_eur", { $0.funding.nationalOverCap }),
        ("residual_value_eur", { $0.residualValue }),
    ]

    /// The money block's figures that vary with the replication (opex-based), in file order.
    static let varyingFinanceFigures: [(name: String, decimals: Int, value: @Sendable (FinanceResult) -> Double)] = [
        ("tco_eur", 2, { $0.tco.euros }), ("npv_cost_eur", 2, { $0.npvCost.euros }),
        ("cost_per_gpu_hour_eur", 4, { $0.costPerGPUHourEUR }), ("cost_per_reference_gpu_hour_eur", 4, { $0.costPerReferenceGPUHourEUR }),
        ("cost_per_installed_gpu_hour_eur", 4, { $0.costPerInstalledGPUHourEUR }),
    ]

    /// The money block: capex and funding are the same in every replication; opex-based
    /// figures get a mean and interval like the rest.
    private static func financeLines(_ finances: [FinanceResult], scenario: Scenario) -> [String] {
        let first = finances[0]
        var lines = ["  \"finance\": {"]
        lines.append("    \"currency\": \"EUR\",")
        for figure in fixedFinanceFigures { lines.append("    \"\(figure.name)\": \(figure.value(first)),") }
        for (name, decimals, value) in varyingFinanceFigures {
            lines.append("    " + interval(name: name, values: finances.map(value), decimals: decimals) + ",")
        }
        lines.append("    \"subsidy_per_tenant_eur\": {")
        let subsidies = scenario.tenants.indices.map { index in
            "      " + interval(name: scenario.tenants[index].name, values: finances.map { $0.subsidyByTenant[index].amount.euros }, decimals: 2)
        }
        lines.append(subsidies.joined(separator: ",\n"))
        lines.append("    }")
        lines.append("  },")
        return lines
    }

    /// A figure's mean and 95 % interval as summary.json holds them: each rounded to `decimals`
    /// (so they equal what a reader of the file gets), all nil when any value is undefined,
    /// bounds nil with one replication.
    static func estimate(_ values: [Double], decimals: Int) -> SummaryFigures.Estimate {
        guard values.allSatisfy(\.isFinite) else { return SummaryFigures.Estimate(mean: nil, lower: nil, upper: nil) }
        let interval = ConfidenceInterval.mean95(of: values)
        func rounded(_ value: Double) -> Double { Double(NumberText.fixed(value, decimals: decimals)) ?? value }
        return values.count > 1
            ? SummaryFigures.Estimate(mean: rounded(interval.mean), lower: rounded(interval.lower), upper: rounded(interval.upper))
            : SummaryFigures.Estimate(mean: rounded(interval.mean), lower: nil, upper: nil)
    }

    private static func interval(name: String, values: [Double], decimals: Int) -> String {
        guard values.allSatisfy(\.isFinite) else {
            // Undefined figures (a cost per GPU-hour when nothing was delivered) are null.
            return "\(quoted(name)): {\"mean\": null, \"ci95_lower\": null, \"ci95_upper\": null}"
        }
        let interval = ConfidenceInterval.mean95(of: values)
        let mean = NumberText.fixed(interval.mean, decimals: decimals)
        let bounds = values.count > 1
            ? "\"ci95_lower\": \(NumberText.fixed(interval.lower, decimals: decimals)), \"ci95_upper\": \(NumberText.fixed(interval.upper, decimals: decimals))"
            : "\"ci95_lower\": null, \"ci95_upper\": null"
        return "\(quoted(name)): {\"mean\": \(mean), \(bounds)}"
    }

    private static func figureLines(_ figures: [Figure], results: [ReplicationResult], indent: String) -> [String] {
        figures.map { indent + interval(name: $0.name, values: results.map($0.value), decimals: $0.decimals) }
    }

    static func quoted(_ text: String) -> String { JSONText.quoted(text) }
}
