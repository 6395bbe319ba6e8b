import FactoryModel

/// Turns a merged, located YAML tree into a `Scenario`, logging every problem it finds.
///
/// Sections are read in dependency order (horizon, site, catalog, build-out, tenants, budget)
/// so that each can be checked against the ones it refers to; the log is sorted by place
/// afterwards, so the order of reading does not show in the output.
struct ScenarioDecoder {
    let values: ValueReader
    /// Supplies the built-in catalog, read only when the scenario uses it.
    let defaultCatalog: () -> Result<Catalog, DiagnosticsError>
    /// Usage histories decoded, for `ScenarioLoader` to fit after decoding.
    let pendingForecasts = PendingForecasts()
    /// Trace files named, for `ScenarioLoader` to read after decoding.
    let pendingTraces = PendingTraces()
    /// Where trace files may lie; nil: anywhere (the built-in catalog names none).
    var fence: FileFence? = nil

    var log: DiagnosticLog { values.log }

    /// The scenario, or nil when any error was logged.
    func scenario(_ root: YAMLNode) -> Scenario? {
        guard let reader = MapReader(root, .root, values) else { return nil }
        let version = reader.optional("format_version", default: 1) { values.integer($0, $1, minimum: 1) }
        if version != 1, let versionNode = reader.value("format_version") {
            log.error(versionNode.location, FieldPath.root.key("format_version"), "this version of aifactory reads format version 1; found \(version)")
        }
        let name = reader.required("name") { self.scenarioName($0, $1) }
        let description = reader.optional("description", default: "") { values.text($0, $1) }
        let seed = reader.required("seed") { values.integer($0, $1, in: ScenarioRanges.seed) }
        let horizon = reader.required("horizon") { self.horizon($0, $1) }
        let site = reader.required("site") { self.site($0, $1) }
        let useDefault = reader.optional("use_default_catalog", default: true) { values.boolean($0, $1) }
        var base = Catalog()
        if useDefault {
            switch defaultCatalog() {
            case .success(let catalog): base = catalog
            case .failure(let error): for diagnostic in error.diagnostics { log.append(diagnostic) }
            }
        }
        let catalog = catalog(reader.value("catalog"), path: FieldPath.root.key("catalog"), base: base)
        let buildOut = reader.required("build_out") { self.buildOut($0, $1, catalog: catalog, horizon: horizon, cooling: site?.cooling.type) }
        let tenants = reader.required("tenants") { self.tenants($0, $1, catalog: catalog, buildOut: buildOut, horizon: horizon) }
        let scheduler = reader.optional("scheduler", default: SchedulerSettings()) { self.scheduler($0, $1) }
        let budget = reader.required("budget") { self.budget($0, $1) }
        let planning = reader.optional("planning", default: PlanningSettings()) { self.planning($0, $1, catalog: catalog, cooling: site?.cooling.type) }
        reader.finish()

        guard let name, let seed, let horizon, let site, let buildOut, let tenants, let budget else { return nil }
        let scenario = Scenario(
            name: name, description: description, seed: UInt64(seed), horizon: horizon,
            budget: budget, site: site, catalog: catalog.catalog, buildOut: buildOut,
            tenants: tenants, scheduler: scheduler, planning: planning
        )
        checkCapacity(scenario, root: reader)
        pendingTraces.runSizePlaces = runSizePlaces(reader)
        return log.hasErrors ? nil : scenario
    }

    /// Where `RunSizeCheck` reports: `build_out`, each tenant's `demand` (or `history`), and
    /// `scheduler.replications`.
    private func runSizePlaces(_ root: MapReader) -> RunSizePlaces {
        let tenantItems: [YAMLNode] = root.value("tenants").flatMap { node in
            if case .sequence(let items) = node.content { return items }
            return nil
        } ?? []
        let demand = tenantItems.enumerated().map { index, item -> (location: SourceLocation, path: FieldPath) in
            let path = FieldPath.root.key("tenants").item(itemLabel(item, nameKey: "name", index: index))
            for key in ["demand", "history"] {
                if let node = item.entries?.first(where: { $0.key == key })?.value { return (node.location, path.key(key)) }
            }
            return (item.location, path)
        }
        let replications = root.value("scheduler")?.entries?.first { $0.key == "replications" }?.value.location
        return RunSizePlaces(root: root.node.location, buildOut: root.value("build_out")?.location ?? root.node.location,
                             tenantDemand: demand, replications: replications)
    }

    /// `name:`. It names the output folder (`Reports/<name>/`), so it must be a folder name
    /// that stays inside `Reports/`: 1 to 64 ASCII letters, digits, `-`, `_` or `.`, not
    /// starting with `.` (so never `..`), no path separator.
    func scenarioName(_ node: YAMLNode, _ path: FieldPath) -> String? {
        guard let text = values.text(node, path) else { return nil }
        let safe = text.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)) }
        guard safe, text.count <= 64, !text.hasPrefix("."), !text.contains("..") else {
            let shown = text.unicodeScalars.prefix(60).map { $0.properties.generalCategory == .control ? "?" : String($0) }.joined()
            log.error(node.location, path, "the name \"\(shown)\(text.unicodeScalars.count > 60 ? "…" : "")\" cannot name the output folder Reports/<name>/; expected 1 to 64 letters a–z or A–Z, digits, '-', '_' or '.', not starting with '.'")
            return nil
        }
        return text
    }

    /// `scheduler:`: policy and replications.
    func scheduler(_ node: YAMLNode, _ path: FieldPath) -> SchedulerSettings? {
        guard let reader = MapReader(node, path, values) else { return nil }
        defer { reader.finish() }
        let policy = reader.optional("policy", default: .easy) { values.option($0, $1, SchedulingPolicy.self) }
        let replications = reader.integer("replications", in: ScenarioRanges.replications, default: 1)
        let halfLife = reader.number("fairshare_half_life_days", in: ScenarioRanges.halfLifeDays, default: 7)
        let depth = reader.integer("backfill_depth", in: ScenarioRanges.backfillDepth, default: 100)
        return SchedulerSettings(policy: policy, replications: replications, fairshareHalfLifeDays: halfLife, backfillDepth: depth)
    }

    /// How a list item is named in field paths: by its `nameKey` when it has a plain one,
    /// otherwise by its index from 0.
    func itemLabel(_ item: YAMLNode, nameKey: String, index: Int) -> String {
        if let entries = item.entries, let entry = entries.first(where: { $0.key == nameKey }),
           case .scalar(let name, _) = entry.value.content, !name.isEmpty,
           !name.contains(where: { "[].\n".contains($0) }) {
            return name
        }
        return String(index)
    }

    /// The checks that need the whole scenario: capex against the envelope, IT load against
    /// the hall, and facility power against the grid connection (a warning).
    private func checkCapacity(_ scenario: Scenario, root: MapReader) {
        guard checkComputedBounds(scenario, root: root) else { return }
        let budgetNode = root.value("budget")
        let capexNode = budgetNode?.entries?.first { $0.key == "capex_eur" }?.value
        let capex = scenario.capex
        let schedule = CapexSchedule(scenario: scenario)
        // Compared in cents, as finance.csv and summary.json count them.
        if schedule.total > Money(euros: scenario.budget.capexEUR) {
            let over = (schedule.total - Money(euros: scenario.budget.capexEUR)).euros
            let parts = CapexCategory.allCases.map { "\($0.rawValue) €\(euros(capex[$0]))" }.joined(separator: ", ")
            log.error(capexNode?.location ?? root.node.location, FieldPath.root.key("budget").key("capex_eur"),
                      "the build-out costs €\(euros(capex.totalEUR)) (\(parts)), €\(euros(over)) over the €\(euros(scenario.budget.capexEUR)) envelope; expected a build-out within the budget")
        }
        let funding = FundingSplit(schedule: schedule, budget: scenario.budget)
        let coFundersNode = budgetNode?.entries?.first { $0.key == "co_funders" }?.value
        for shortfall in funding.coFunderShortfalls {
            log.warning(coFundersNode?.location ?? root.node.location, FieldPath.root.key("budget").key("co_funders").item(shortfall.name),
                        "pledges €\(euros(shortfall.pledged.euros)) but its categories have only €\(euros(shortfall.paid.euros)) left unfunded after the EU and earlier co-funders, so it pays €\(euros(shortfall.paid.euros)) and the national government no more than the rest")
        }
        if funding.nationalOverCap > .zero, let cap = scenario.budget.nationalCapEUR {
            let capNode = budgetNode?.entries?.first { $0.key == "national_cap_eur" }?.value
            log.error(capNode?.location ?? root.node.location, FieldPath.root.key("budget").key("national_cap_eur"),
                      "after the EU (€\(euros(funding.eu.euros))) and the co-funders (€\(euros(funding.others.euros))), the national government would pay €\(euros(funding.national.euros)), €\(euros(funding.nationalOverCap.euros)) above its €\(euros(cap)) cap; expected a smaller build-out or more co-funding")
        }
        let buildOutItems = root.value("build_out").flatMap { node -> [YAMLNode]? in
            if case .sequence(let items) = node.content { return items }
            return nil
        } ?? []
        for (index, phase) in scenario.buildOut.enumerated() {
            let itKW = scenario.installedPeakITKW(through: phase.at)
            if itKW > scenario.site.maxITMW * 1000 + 1e-6 {
                let place = buildOutItems.first { item in
                    item.entries?.first { $0.key == "at" }.map { if case .scalar(let text, _) = $0.value.content { return text == phase.at.description } else { return false } } ?? false
                }?.location ?? root.node.location
                log.error(place, FieldPath.root.key("build_out").item(index),
                          "from \(phase.at) the installed IT load peaks at \(megawatts(itKW / 1000)) MW, above the hall's maximum of \(megawatts(scenario.site.maxITMW)) MW (site.building.max_it_mw)")
                break
            }
        }
        warnAboutGrid(scenario, gridNode: root.value("site")?.entries?.first { $0.key == "grid_connection" }?.value ?? root.node)
    }

    /// The bounds on figures computed from several fields (nodes built in all, the build-out's
    /// capex, the escalated electricity price), checked before anything is counted in cents.
    /// False when one is exceeded: the checks that price the build-out are then skipped.
    private func checkComputedBounds(_ scenario: Scenario, root: MapReader) -> Bool {
        let buildOutNode = root.value("build_out") ?? root.node
        var fits = true
        let nodes = scenario.buildOut.reduce(0) { $0 + $1.nodes.values.reduce(0, +) }
        if Double(nodes) > ScenarioLimits.nodeCount.value {
            log.error(buildOutNode.location, FieldPath.root.key("build_out"),
                      "the build-out has \(ValueReader.format(Double(nodes))) nodes in all: value too large (at most \(ScenarioLimits.nodeCount.phrase) in all phases together)")
            fits = false
        }
        let capexEUR = scenario.capex.totalEUR
        if !(capexEUR <= ScenarioLimits.amountEUR.value) {
            log.error(buildOutNode.location, FieldPath.root.key("build_out"),
                      "the build-out would cost \(capexEUR.isFinite ? "€" + ValueReader.format(capexEUR.rounded()) : "more than any amount"): value too large (at most \(ScenarioLimits.amountEUR.phrase) of capex)")
            fits = false
        }
        let electricity = scenario.site.electricity
        let highest = scenario.horizon.months.map { electricity.price(in: $0, horizonStart: scenario.horizon.lowerBound) }.max() ?? 0
        if !(highest <= ScenarioLimits.energyPriceEURPerMWh.value) {
            let node = root.value("site")?.entries?.first { $0.key == "electricity" }?.value.entries?.first { $0.key == "price_escalation_per_year" }?.value ?? root.node
            log.error(node.location, FieldPath.root.key("site").key("electricity").key("price_escalation_per_year"),
                      "the escalated electricity price reaches \(highest.isFinite ? "€" + ValueReader.format(highest.rounded()) : "infinity") per MWh within the horizon: value too large (at most \(ScenarioLimits.energyPriceEURPerMWh.phrase))")
            fits = false
        }
        return fits
    }

    /// One warning per run of months in which peak facility power exceeds the grid connection.
    private func warnAboutGrid(_ scenario: Scenario, gridNode: YAMLNode) {
        var runStart: Month?
        var worst = (facilityMW: 0.0, gridMW: 0.0)
        func close(at end: Month) {
            guard let start = runStart else { return }
            log.warning(gridNode.location, FieldPath.root.key("site").key("grid_connection"),
                        "from \(start) to \(end) the facility can draw up to \(megawatts(worst.facilityMW)) MW at full load, more than the \(megawatts(worst.gridMW)) MW grid connection; the simulator will cap power and some GPUs will stand idle")
            runStart = nil
            worst = (0, 0)
        }
        for month in scenario.horizon.months {
            let itKW = scenario.installedPeakITKW(through: month)
            let facilityMW = scenario.site.facilityPowerKW(itKW: itKW, in: month) / 1000
            let gridMW = scenario.site.gridConnectionKW(in: month) / 1000
            if itKW > scenario.site.powerBudgetKW(in: month) + 1e-6 {
                if runStart == nil { runStart = month }
                if facilityMW - gridMW > worst.facilityMW - worst.gridMW { worst = (facilityMW, gridMW) }
            } else {
                close(at: month.adding(months: -1))
            }
        }
        close(at: scenario.horizon.upperBound)
    }

    private func euros(_ amount: Double) -> String { ValueReader.format(amount.rounded()) }
    private func megawatts(_ value: Double) -> String { String(format: "%.2f", value) }
}

import Foundation
