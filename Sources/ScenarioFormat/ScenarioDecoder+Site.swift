import FactoryModel

extension ScenarioDecoder {
    /// `horizon:`: first and last month, in order, at most 30 years apart.
    func horizon(_ node: YAMLNode, _ path: FieldPath) -> ClosedRange<Month>? {
        guard let reader = MapReader(node, path, values) else { return nil }
        defer { reader.finish() }
        let start = reader.calendarMonth("start")
        let end = reader.calendarMonth("end")
        guard let start, let end else { return nil }
        let endNode = reader.value("end")!
        if end < start {
            log.error(endNode.location, path.key("end"), "the horizon ends (\(end)) before it starts (\(start)); expected an end month at or after the start")
            return nil
        }
        if end.months(since: start) >= 30 * 12 {
            log.error(endNode.location, path.key("end"), "the horizon is longer than 30 years; expected an end month within 30 years of the start")
            return nil
        }
        return start...end
    }

    /// A list of `{from: YYYY-MM, <valueKey>: number}` steps with strictly increasing months.
    func monthlySteps(_ node: YAMLNode, _ path: FieldPath, valueKey: String, range: FieldRange) -> [MonthlyStep]? {
        guard let items = values.list(node, path) else { return nil }
        var steps: [MonthlyStep] = []
        var failed = false
        for (index, item) in items.enumerated() {
            guard let reader = MapReader(item, path.item(index), values) else { failed = true; continue }
            let from = reader.calendarMonth("from")
            let value = reader.number(valueKey, in: range)
            reader.finish()
            guard let from, let value else { failed = true; continue }
            if let previous = steps.last, from <= previous.from {
                log.error(reader.value("from")!.location, path.item(index).key("from"), "steps must be in month order; \(from) does not come after \(previous.from)")
                failed = true
            }
            steps.append(MonthlyStep(from: from, value: value))
        }
        return failed ? nil : steps
    }

    /// `site:`: grid, cooling, building, electricity, heat reuse and running costs.
    func site(_ node: YAMLNode, _ path: FieldPath) -> Site? {
        guard let reader = MapReader(node, path, values) else { return nil }
        defer { reader.finish() }
        let grid = reader.required("grid_connection") { self.monthlySteps($0, $1, valueKey: "mw", range: ScenarioRanges.megawatts) }
        if let grid, grid.isEmpty, let gridNode = reader.value("grid_connection") {
            log.error(gridNode.location, path.key("grid_connection"), "expected at least one step `{from: YYYY-MM, mw: …}`")
        }
        let gridCapex = reader.number("grid_capex_eur_per_mw", in: ScenarioRanges.unitPriceEUR, default: 0)
        let cooling = reader.required("cooling") { self.cooling($0, $1) }
        let building = reader.required("building") { self.building($0, $1) }
        let electricity = reader.required("electricity") { self.electricity($0, $1) }
        let heatReuse = reader.optional("heat_reuse") { self.heatReuse($0, $1) }
        let staff = reader.number("staff_cost_eur_per_year", in: ScenarioRanges.amountEUR, default: 0)
        let maintenance = reader.number("maintenance_share_per_year", in: ScenarioRanges.share, default: 0)
        let software = reader.number("software_support_eur_per_node_per_year", in: ScenarioRanges.unitPriceEUR, default: 0)
        let networking = reader.number("networking_storage_share_of_compute", in: ScenarioRanges.networkingShare, default: 0)
        let life = reader.number("hardware_life_years", in: ScenarioRanges.hardwareLife, default: 5)
        let windows = reader.optional("maintenance_windows") { self.maintenanceWindows($0, $1) }
        guard let grid, !grid.isEmpty, let cooling, let building, let electricity else { return nil }
        return Site(
            gridConnectionMW: grid, gridCapexEURPerMW: gridCapex, cooling: cooling,
            fitOutCapexEURPerKW: building.fitOutCapexEURPerKW, maxITMW: building.maxITMW,
            electricity: electricity, heatReuse: heatReuse, staffCostEURPerYear: staff,
            maintenanceSharePerYear: maintenance, softwareSupportEURPerNodePerYear: software,
            networkingStorageShareOfCompute: networking, hardwareLifeYears: life, maintenanceWindows: windows
        )
    }

    private func cooling(_ node: YAMLNode, _ path: FieldPath) -> Cooling? {
        guard let reader = MapReader(node, path, values) else { return nil }
        defer { reader.finish() }
        let type = reader.required("type") { values.option($0, $1, CoolingType.self) }
        let pue = reader.number("pue", in: ScenarioRanges.pue)
        let monthly = reader.optional("monthly_pue") { values.numbers($0, $1, in: ScenarioRanges.pue, count: 12) }
        let capex = reader.number("capex_eur_per_kw", in: ScenarioRanges.unitPriceEUR, default: 0)
        guard let type, let pue else { return nil }
        return Cooling(type: type, pue: pue, monthlyPUE: monthly, capexEURPerKW: capex)
    }

    private func building(_ node: YAMLNode, _ path: FieldPath) -> (fitOutCapexEURPerKW: Double, maxITMW: Double)? {
        guard let reader = MapReader(node, path, values) else { return nil }
        defer { reader.finish() }
        let fitOut = reader.number("fit_out_capex_eur_per_kw", in: ScenarioRanges.unitPriceEUR, default: 0)
        guard let maxIT = reader.number("max_it_mw", in: ScenarioRanges.hallMW) else { return nil }
        return (fitOut, maxIT)
    }

    private func electricity(_ node: YAMLNode, _ path: FieldPath) -> Electricity? {
        guard let reader = MapReader(node, path, values) else { return nil }
        defer { reader.finish() }
        let price = reader.number("price_eur_per_mwh", in: ScenarioRanges.energyPriceEURPerMWh)
        let escalation = reader.number("price_escalation_per_year", in: ScenarioRanges.escalation, default: 0)
        let table = reader.optional("price_table") { self.monthlySteps($0, $1, valueKey: "price_eur_per_mwh", range: ScenarioRanges.energyPriceEURPerMWh) }
        let carbon = reader.number("carbon_g_per_kwh", in: ScenarioRanges.carbon)
        guard let price, let carbon else { return nil }
        return Electricity(priceEURPerMWh: price, priceEscalationPerYear: escalation, priceTable: table ?? [], carbonGPerKWh: carbon)
    }

    private func heatReuse(_ node: YAMLNode, _ path: FieldPath) -> HeatReuse? {
        guard let reader = MapReader(node, path, values) else { return nil }
        defer { reader.finish() }
        let fraction = reader.number("fraction", in: ScenarioRanges.share)
        let price = reader.number("price_eur_per_mwh", in: ScenarioRanges.energyPriceEURPerMWh)
        guard let fraction, let price else { return nil }
        return HeatReuse(fraction: fraction, priceEURPerMWh: price)
    }
}
