import FactoryModel

extension ScenarioDecoder {
    /// `planning:`: how `aifactory plan` proposes a build-out; every field has a default.
    func planning(_ node: YAMLNode, _ path: FieldPath, catalog: CatalogReading, cooling: CoolingType?) -> PlanningSettings? {
        guard let reader = MapReader(node, path, values) else { return nil }
        defer { reader.finish() }
        let defaults = PlanningSettings()
        let step = reader.integer("step_months", in: ScenarioRanges.stepMonths, default: defaults.stepMonths)
        let objective = reader.optional("objective", default: defaults.objective) { values.option($0, $1, PlanningObjective.self) }
        let target = reader.number("target_utilisation", in: ScenarioRanges.targetUtilisation, default: defaults.targetUtilisation)
        let vendorShare = reader.optional("max_vendor_share") { values.number($0, $1, in: ScenarioRanges.vendorShare) }
        let basis = reader.optional("vendor_share_basis", default: defaults.vendorShareBasis) { values.option($0, $1, VendorShareBasis.self) }
        let waitMax = reader.optional("p95_wait_hours_max") { values.number($0, $1, in: ScenarioRanges.waitHours) }
        let serviceLevel = reader.number("service_level", in: ScenarioRanges.share, default: defaults.serviceLevel)
        let coverage = reader.number("quota_coverage", in: ScenarioRanges.share, default: defaults.quotaCoverage)
        let rounds = reader.integer("max_rounds", in: ScenarioRanges.maxRounds, default: defaults.maxRounds)
        let tighten = reader.number("tighten_factor", in: ScenarioRanges.tightenFactor, default: defaults.tightenFactor)
        let gap = reader.number("mip_gap", in: ScenarioRanges.mipGap, default: defaults.mipGap)
        let nodeLimit = reader.integer("node_limit", in: ScenarioRanges.nodeLimit, default: defaults.nodeLimit)
        let models = reader.optional("models") { self.plannedModels($0, $1, catalog: catalog, cooling: cooling) }
        return PlanningSettings(
            stepMonths: step, objective: objective, targetUtilisation: target, maxVendorShare: vendorShare,
            vendorShareBasis: basis, p95WaitHoursMax: waitMax, serviceLevel: serviceLevel, quotaCoverage: coverage,
            models: models, maxRounds: rounds, tightenFactor: tighten, mipGap: gap,
            nodeLimit: nodeLimit
        )
    }

    /// `planning.models`: catalog ids the planner may buy; each must exist and suit the hall.
    private func plannedModels(_ node: YAMLNode, _ path: FieldPath, catalog: CatalogReading, cooling: CoolingType?) -> [String]? {
        guard let items = values.list(node, path) else { return nil }
        var ids: [String] = []
        var failed = false
        for (index, item) in items.enumerated() {
            guard let id = values.text(item, path.item(index)) else { failed = true; continue }
            guard let model = catalog.catalog.model(id: id) else {
                let known = catalog.catalog.models.map(\.id)
                let hint = Suggestion.closest(to: id, among: known).map { "; did you mean `\($0)`?" } ?? "; expected one of: " + known.joined(separator: ", ")
                log.error(item.location, path.item(index), "no catalog model is called `\(id)`\(hint)")
                failed = true
                continue
            }
            if model.requiresLiquidCooling, let cooling, !cooling.isLiquid {
                log.error(item.location, path.item(index), "\(id) is sold only with liquid cooling, but site.cooling.type is `air`; the planner could never buy it")
                failed = true
            }
            if ids.contains(id) {
                log.error(item.location, path.item(index), "`\(id)` is listed twice")
                failed = true
            }
            ids.append(id)
        }
        if items.isEmpty {
            log.error(node.location, path, "expected at least one catalog model id")
            failed = true
        }
        return failed ? nil : ids
    }
}
