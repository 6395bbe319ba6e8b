import FactoryModel

/// One purchase the planner may make: nodes of one catalog model coming online in one month.
public struct PlanCandidate: Sendable, Equatable {
    /// The node model.
    public let model: NodeModel
    /// The month the nodes come online (ordered `leadTimeMonths` earlier).
    public let month: Month
    /// Nodes the analyst's fixed phases already put here: the variable's lower bound.
    public let fixedNodes: Int
    /// The most nodes this purchase can hold (the hall's limit and the budget's), the variable's upper bound.
    public let maximumNodes: Int
    /// Price of one node bought in `month`, euros.
    public let nodePriceEUR: Double
    /// Capex one node brings: price × (1 + networking and storage share) + peak kW × (cooling
    /// and fit-out euros per kW), euros.
    public let capexPerNodeEUR: Double
    /// The share of hours a node of this model is in service: 1 − λR ÷ (1 + λR), with λ the
    /// node's failures per hour (GPU failure rate × GPUs) and R the repair hours.
    public let availability: Double

    /// The most nodes of one model in one month the planner considers: a bound that keeps every
    /// count a plan holds far from integer overflow; the run-size check refuses far fewer.
    static let nodeLimit = 1_000_000_000

    /// Creates a candidate for `model` online in `month` on `site`.
    init(model: NodeModel, month: Month, fixedNodes: Int, site: Site, budgetEUR: Double) {
        self.model = model
        self.month = month
        self.fixedNodes = fixedNodes
        nodePriceEUR = model.nodePriceEUR(boughtIn: month)
        capexPerNodeEUR = site.purchaseCapexEUR(perNodeOf: model, priceEUR: nodePriceEUR)
        availability = Self.availability(of: model, site: site)
        let hallNodes = Int(min(site.maxITMW * 1_000 / model.nodePowerPeakKW + 1e-9, Double(Self.nodeLimit)).rounded(.down))
        let budgetNodes = capexPerNodeEUR > 0 ? Int(min(budgetEUR / capexPerNodeEUR, Double(Self.nodeLimit)).rounded(.down)) : hallNodes
        maximumNodes = max(fixedNodes, min(hallNodes, budgetNodes))
    }

    /// The long-run share of time a node of `model` is in service: an alternating renewal
    /// process of unplanned interruptions (rate λ per hour, mean repair r) is up
    /// 1 ÷ (1 + λ·r) of the time; planned maintenance takes a further share of hours.
    static func availability(of model: NodeModel, site: Site) -> Double {
        let unplannedDownPerHourUp = Double(model.gpusPerNode) * model.reliability.downHoursPerGPUYear / 8_760
        let maintenanceShare = min(1, (site.maintenanceWindows?.downHoursPerNodeYear ?? 0) / 8_766)
        return (1 - maintenanceShare) / (1 + unplannedDownPerHourUp)
    }

    /// Reference-GPU-hours one node delivers per hour in service, before software efficiency:
    /// GPUs × relative throughput × availability.
    public var referenceRatePerHour: Double {
        Double(model.gpusPerNode) * model.relativeThroughput * availability
    }

    /// The variable's name in exported models: `x_<model>_<YYYY-MM>`.
    public var variableName: String { "x_\(model.id)_\(month)" }

    /// The earliest month `model` can come online when planning starts at `start`:
    /// max(available_from, start) + lead time.
    static func earliestOnline(_ model: NodeModel, planningStart start: Month) -> Month {
        max(model.availableFrom, start).adding(months: model.leadTimeMonths)
    }
}
