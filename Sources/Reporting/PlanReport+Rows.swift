import FactoryModel
import Forecasting
import Planning

/// One row of `buildout.csv`: nodes of one model bought and put in service in one month.
public struct BuildOutRow: Sendable, Equatable {
    /// The month the nodes go into service.
    public var month: Month
    /// The catalog model's id.
    public var model: String
    /// The model's vendor.
    public var vendor: Vendor
    /// Nodes bought, and the GPUs they hold.
    public var nodes: Int, gpus: Int
    /// The capex the nodes bring (compute, networking and storage, cooling, fit-out), to the cent.
    public var capex: Money
    /// The nodes' peak IT power, kW.
    public var itKW: Double
    /// GPUs bought up to and including this row.
    public var cumulativeGPUs: Int
    /// True for a purchase the scenario fixed, false for one the plan chose.
    public var isFixed: Bool

    /// A row from its values.
    public init(month: Month, model: String, vendor: Vendor, nodes: Int, gpus: Int, capex: Money, itKW: Double, cumulativeGPUs: Int, isFixed: Bool) {
        self.month = month
        self.model = model
        self.vendor = vendor
        self.nodes = nodes
        self.gpus = gpus
        self.capex = capex
        self.itKW = itKW
        self.cumulativeGPUs = cumulativeGPUs
        self.isFixed = isFixed
    }

    /// One row per purchase of `scenario`'s build-out (month, then model id); models missing
    /// from the catalog are skipped.
    public static func rows(_ scenario: Scenario) -> [BuildOutRow] {
        var rows: [BuildOutRow] = []
        var cumulative = 0
        for phase in scenario.buildOut {
            for (id, count) in phase.nodes.sorted(by: { $0.key < $1.key }) where count > 0 {
                guard let model = scenario.catalog.model(id: id) else { continue }
                let gpus = count * model.gpusPerNode
                cumulative += gpus
                rows.append(BuildOutRow(
                    month: phase.at, model: id, vendor: model.vendor, nodes: count, gpus: gpus,
                    capex: PlanReport.purchaseCapex(model: model, nodes: count, month: phase.at, site: scenario.site),
                    itKW: Double(count) * model.nodePowerPeakKW, cumulativeGPUs: cumulative, isFixed: phase.isFixed))
            }
        }
        return rows
    }
}

/// One row of `forecast.csv`: the tenants' demand forecast for a month added up, the planned
/// capacity, and the utilisation that demand would bring.
public struct ForecastRow: Sendable, Equatable {
    /// The calendar month.
    public var month: Month
    /// Central forecast of demand and its 80 % and 95 % bands, reference-GPU-hours.
    public var demand = 0.0, demandLow80 = 0.0, demandHigh80 = 0.0, demandLow95 = 0.0, demandHigh95 = 0.0
    /// Reference-GPU-hours of the nodes in service (before the target utilisation).
    public var capacityReferenceGPUHours = 0.0
    /// min(1, demand ÷ capacity) for the central forecast and the 95 % band, 0…1.
    public var utilisation = 0.0, utilisationLow95 = 0.0, utilisationHigh95 = 0.0

    /// A row for `month`, every figure zero.
    public init(month: Month) { self.month = month }

    /// One row per month of `plan`'s horizon.
    ///
    /// Bands of independent tenants combine as for normal errors: the half-widths above and
    /// below the forecast add in quadrature.
    public static func rows(_ plan: BuildOutPlan) -> [ForecastRow] {
        let calendar = PlanningCalendar(horizon: plan.scenario.horizon)
        return calendar.months.enumerated().map { index, month in
            let central = plan.forecasts.reduce(0) { $0 + $1.central[index] }
            func band(_ side: KeyPath<TenantDemandForecast, [Double]>, below: Bool) -> Double {
                let squares = plan.forecasts.reduce(0.0) { total, forecast in
                    let width = forecast[keyPath: side][index] - forecast.central[index]
                    return total + width * width
                }
                return max(0, central + (below ? -1 : 1) * squares.squareRoot())
            }
            var capacity = 0.0
            for candidate in plan.model.candidates where candidate.month <= month {
                let nodes = plan.scenario.buildOut.filter { $0.at == candidate.month }.reduce(0) { $0 + ($1.nodes[candidate.model.id] ?? 0) }
                capacity += Double(nodes) * candidate.referenceRatePerHour * calendar.hours[index]
            }
            func utilisation(_ demand: Double) -> Double { capacity > 0 ? min(1, demand / capacity) : 0 }
            var row = ForecastRow(month: month)
            row.demand = central
            row.demandLow80 = band(\.lower80, below: true)
            row.demandHigh80 = band(\.upper80, below: false)
            row.demandLow95 = band(\.lower95, below: true)
            row.demandHigh95 = band(\.upper95, below: false)
            row.capacityReferenceGPUHours = capacity
            row.utilisation = utilisation(central)
            row.utilisationLow95 = utilisation(row.demandLow95)
            row.utilisationHigh95 = utilisation(row.demandHigh95)
            return row
        }
    }
}

/// One row of `rounds.csv`: one plan–simulate round as the file holds it (`PlanRound` has the
/// round's phases and every tenant's wait, which the file does not).
public struct RoundRow: Sendable, Equatable {
    /// The round's number, from 1.
    public var round = 0
    /// The utilisation the round planned for, 0…1.
    public var targetUtilisation = 0.0
    /// The solver's status (`optimal`, …).
    public var status = ""
    /// The MILP's objective, its best bound and the relative gap; written, not read back.
    public var objective = 0.0, bestBound = 0.0, gap = 0.0
    /// Branch-and-bound nodes and LP iterations the solve took.
    public var nodesExplored = 0, lpIterations = 0
    /// GPUs in the round's plan.
    public var gpus = 0
    /// The capex of the round's plan, to the cent.
    public var capex = Money.zero
    /// Reference-GPU-hours the plan serves.
    public var servedReferenceGPUHours = 0.0
    /// The utilisation its simulation reached, 0…1.
    public var simulatedUtilisation = 0.0
    /// The tenant with the longest p95 wait among those the plan sizes; empty when none.
    public var worstTenant = ""
    /// That tenant's p95 wait, hours; nil when there is none.
    public var worstP95WaitHours: Double?
    /// True when the round met the wait and utilisation targets.
    public var meetsTargets = false

    /// A row with every figure zero.
    public init() {}

    /// One row per round of `plan`.
    public static func rows(_ plan: BuildOutPlan) -> [RoundRow] {
        let scenario = plan.scenario
        return plan.rounds.map { round in
            var planned = scenario
            planned.buildOut = round.phases
            var row = RoundRow()
            row.round = round.round
            row.targetUtilisation = round.targetUtilisation
            row.status = round.status.rawValue
            row.objective = round.objective
            row.bestBound = round.bestBound
            row.gap = round.gap
            row.nodesExplored = round.nodesExplored
            row.lpIterations = round.lpIterations
            row.gpus = round.phases.reduce(0) { total, phase in
                total + phase.nodes.reduce(0) { $0 + $1.value * (scenario.catalog.model(id: $1.key)?.gpusPerNode ?? 0) }
            }
            row.capex = CapexSchedule(scenario: planned).total
            row.servedReferenceGPUHours = round.servedReferenceGPUHours
            row.simulatedUtilisation = round.simulatedUtilisation
            let worst = round.worstPlannedTenant
            row.worstTenant = worst.map { scenario.tenants[$0].name } ?? ""
            row.worstP95WaitHours = worst.map { round.tenantP95WaitHours[$0] }
            row.meetsTargets = round.meetsTargets
            return row
        }
    }
}
