import FacilitySimulation
import FactoryModel
import Finance
import SimulationKernel

/// One headline figure of a simulated scenario over its replications: what sweeps and
/// sensitivity studies tabulate.
public struct HeadlineFigure: Sendable, Equatable {
    /// Its column name (`mean_utilisation`, `cost_per_gpu_hour_eur`, `research.wait_p95_hours`).
    public let name: String
    /// Decimals it is printed with.
    public let decimals: Int
    /// Its value in each replication, in order (NaN where undefined).
    public let values: [Double]

    /// The mean over the replications (NaN when any value is undefined).
    public var mean: Double { values.allSatisfy(\.isFinite) ? ConfidenceInterval.mean95(of: values).mean : .nan }
    /// The 95 % Student-t interval's bounds, nil with one replication or an undefined value.
    public var interval: (lower: Double, upper: Double)? {
        guard values.count > 1, values.allSatisfy(\.isFinite) else { return nil }
        let interval = ConfidenceInterval.mean95(of: values)
        return (interval.lower, interval.upper)
    }
}

extension SimulationSummary {
    /// The headline figures of `scenario`'s replications, in a fixed order: the facility's (as
    /// in summary.json), the money (capex and who pays it, TCO, NPV, cost per GPU-hour), then
    /// each tenant's p95 wait, delivered reference-GPU-hours, served share, abandoned work and
    /// jobs submitted and abandoned.
    public static func headline(scenario: Scenario, results: [ReplicationResult], finances: [FinanceResult]) -> [HeadlineFigure] {
        var figures = facilityFigures.filter { $0.name != "events" }.map { figure in
            HeadlineFigure(name: figure.name, decimals: figure.decimals, values: results.map(figure.value))
        }
        let money: [(String, Int, (FinanceResult) -> Double)] = [
            ("capex_total_eur", 2, { $0.funding.schedule.total.euros }),
            ("eu_funding_eur", 2, { $0.total.euFunding.euros }),
            ("national_funding_eur", 2, { $0.total.nationalFunding.euros }),
            ("other_funding_eur", 2, { $0.total.otherFunding.euros }),
            ("tco_eur", 2, { $0.tco.euros }),
            ("npv_cost_eur", 2, { $0.npvCost.euros }),
            ("cost_per_gpu_hour_eur", 4, { $0.costPerGPUHourEUR }),
            ("cost_per_reference_gpu_hour_eur", 4, { $0.costPerReferenceGPUHourEUR }),
            ("cost_per_installed_gpu_hour_eur", 4, { $0.costPerInstalledGPUHourEUR }),
        ]
        figures += money.map { HeadlineFigure(name: $0.0, decimals: $0.1, values: finances.map($0.2)) }
        for (index, tenant) in scenario.tenants.enumerated() {
            figures.append(HeadlineFigure(name: "\(tenant.name).wait_p95_hours", decimals: 3, values: results.map { $0.tenantTotals[index].waitP95Hours }))
            figures.append(HeadlineFigure(name: "\(tenant.name).delivered_reference_gpu_hours", decimals: 3, values: results.map { $0.tenantTotals[index].deliveredReferenceGPUHours }))
            figures.append(HeadlineFigure(name: "\(tenant.name).served_share", decimals: 6, values: results.map { $0.tenantTotals[index].servedShare }))
            figures.append(HeadlineFigure(name: "\(tenant.name).abandoned_reference_gpu_hours", decimals: 3, values: results.map { $0.tenantTotals[index].abandonedReferenceGPUHours }))
            figures.append(HeadlineFigure(name: "\(tenant.name).jobs_submitted", decimals: 1, values: results.map { Double($0.tenantTotals[index].jobsSubmitted) }))
            figures.append(HeadlineFigure(name: "\(tenant.name).jobs_abandoned", decimals: 1, values: results.map { Double($0.tenantTotals[index].jobsAbandoned) }))
        }
        return figures
    }
}
