import FactoryModel

/// What reading a catalog produced: the usable models, and the ids whose entries were broken
/// (so that `build_out` does not report them a second time as unknown).
struct CatalogReading {
    var catalog: Catalog
    var brokenIDs: Set<String>
}

extension ScenarioDecoder {
    /// The effective catalog: the default one (unless `use_default_catalog: false`), with the
    /// scenario's `catalog:` entries added or laid over it field by field.
    func catalog(_ list: YAMLNode?, path: FieldPath, base: Catalog) -> CatalogReading {
        var catalog = base
        var broken: Set<String> = []
        guard let list, let items = values.list(list, path) else { return CatalogReading(catalog: catalog, brokenIDs: broken) }
        var seen: Set<String> = []
        for (index, item) in items.enumerated() {
            let label = itemLabel(item, nameKey: "id", index: index)
            guard let reader = MapReader(item, path.item(label), values) else { continue }
            let id = reader.required("id") { values.text($0, $1) }
            guard let id else { reader.finish(); continue }
            if !seen.insert(id).inserted {
                log.error(reader.value("id")!.location, path.item(label).key("id"), "the model id \"\(id)\" is listed twice in this catalog; expected each id once")
            }
            if let model = nodeModel(reader, id: id, base: catalog.model(id: id)) {
                catalog.insertOrReplace(model)
            } else {
                broken.insert(id)
            }
            reader.finish()
        }
        return CatalogReading(catalog: catalog, brokenIDs: broken)
    }

    /// One catalog entry. With a `base` (an entry of the same id already in the catalog), every
    /// field is optional and defaults to the base's value; otherwise the required ones must be given.
    func nodeModel(_ reader: MapReader, id: String, base: NodeModel?) -> NodeModel? {
        func field<T>(_ key: String, _ inherited: T?, _ read: (YAMLNode, FieldPath) -> T?) -> T? {
            if let inherited { return reader.optional(key, default: inherited, read) }
            return reader.required(key, read)
        }
        let vendor = field("vendor", base?.vendor) { values.option($0, $1, Vendor.self) }
        let gpus = field("gpus_per_node", base?.gpusPerNode) { values.integer($0, $1, in: ScenarioRanges.gpusPerNode) }
        let price = field("node_price_eur", base?.nodePriceEUR) { values.number($0, $1, in: ScenarioRanges.unitPriceEUR) }
        let decline = field("price_decline_per_year", base?.priceDeclinePerYear ?? 0) { values.number($0, $1, in: ScenarioRanges.priceDecline) }
        let idle = field("node_power_idle_kw", base?.nodePowerIdleKW) { values.number($0, $1, in: ScenarioRanges.idleKW) }
        let peak = field("node_power_peak_kw", base?.nodePowerPeakKW) { values.number($0, $1, in: ScenarioRanges.peakKW) }
        let throughput = field("relative_throughput", base?.relativeThroughput) { values.number($0, $1, in: ScenarioRanges.relativeThroughput) }
        let reliability = reliability(reader, base: base?.reliability)
        let available = field("available_from", base?.availableFrom) { values.calendarMonth($0, $1) }
        let leadTime = field("lead_time_months", base?.leadTimeMonths ?? 0) { values.integer($0, $1, in: ScenarioRanges.leadTime) }
        let liquid = field("requires_liquid_cooling", base?.requiresLiquidCooling ?? false) { values.boolean($0, $1) }
        guard let vendor, let gpus, let price, let decline, let idle, let peak, let throughput,
              let reliability, let available, let leadTime, let liquid else { return nil }
        if idle > peak {
            let place = reader.value("node_power_idle_kw")?.location ?? reader.value("node_power_peak_kw")?.location ?? reader.node.location
            log.error(place, reader.path.key("node_power_idle_kw"), "idle power \(ValueReader.format(idle)) kW is above peak power \(ValueReader.format(peak)) kW; expected idle ≤ peak")
            return nil
        }
        return NodeModel(
            id: id, vendor: vendor, gpusPerNode: gpus, nodePriceEUR: price, priceDeclinePerYear: decline,
            nodePowerIdleKW: idle, nodePowerPeakKW: peak, relativeThroughput: throughput,
            reliability: reliability, availableFrom: available,
            leadTimeMonths: leadTime, requiresLiquidCooling: liquid
        )
    }

    /// A `{model-id: count}` map whose ids must be in `catalog`. Returns the counts and the
    /// location of each id, for later checks; nil when anything is wrong.
    func nodeCounts(_ node: YAMLNode, _ path: FieldPath, catalog: CatalogReading) -> [(id: String, count: Int, location: SourceLocation)]? {
        guard let entries = node.entries else {
            log.error(node.location, path, "expected a map of `model-id: count`, found \(node.kindPhrase)")
            return nil
        }
        var counts: [(id: String, count: Int, location: SourceLocation)] = []
        var failed = false
        for entry in entries {
            let count = values.integer(entry.value, path.key(entry.key), in: ScenarioRanges.nodeCount)
            if catalog.catalog.model(id: entry.key) == nil {
                failed = true
                if !catalog.brokenIDs.contains(entry.key) {
                    let ids = catalog.catalog.models.map(\.id)
                    let hint = Suggestion.closest(to: entry.key, among: ids).map { "; did you mean `\($0)`?" }
                        ?? "; expected one of: " + ids.map { "`\($0)`" }.joined(separator: ", ")
                    log.error(entry.keyLocation, path.key(entry.key), "unknown catalog model \"\(entry.key)\"\(hint)")
                }
                continue
            }
            guard let count else { failed = true; continue }
            counts.append((entry.key, count, entry.keyLocation))
        }
        return failed ? nil : counts
    }

    /// `build_out:`: phases in the horizon, of models that can be bought then and cooled here.
    func buildOut(_ node: YAMLNode, _ path: FieldPath, catalog: CatalogReading, horizon: ClosedRange<Month>?, cooling: CoolingType?) -> [BuildPhase]? {
        guard let items = values.list(node, path) else { return nil }
        var phases: [BuildPhase] = []
        var failed = false
        for (index, item) in items.enumerated() {
            let itemPath = path.item(index)
            guard let reader = MapReader(item, itemPath, values) else { failed = true; continue }
            defer { reader.finish() }
            let at = reader.calendarMonth("at")
            let counts = reader.required("nodes") { self.nodeCounts($0, $1, catalog: catalog) }
            let fixed = reader.optional("fixed", default: false) { values.boolean($0, $1) }
            guard let at, let counts else { failed = true; continue }
            let atLocation = reader.value("at")!.location
            if let horizon, !horizon.contains(at) {
                log.error(atLocation, itemPath.key("at"), "the phase comes online in \(at), outside the horizon \(horizon.lowerBound) to \(horizon.upperBound)")
                failed = true
            }
            for (id, count, location) in counts where count > 0 {
                let model = catalog.catalog.model(id: id)!
                if at < model.availableFrom {
                    log.error(location, itemPath.key("nodes").key(id), "\(id) can be bought from \(model.availableFrom) on, but this phase comes online in \(at)")
                    failed = true
                }
                if model.requiresLiquidCooling, let cooling, !cooling.isLiquid {
                    log.error(location, itemPath.key("nodes").key(id), "\(id) is sold only with liquid cooling, but site.cooling.type is `air`; expected `direct-liquid` or `immersion`, or another model")
                    failed = true
                }
            }
            phases.append(BuildPhase(at: at, nodes: Dictionary(counts.map { ($0.id, $0.count) }, uniquingKeysWith: +), isFixed: fixed))
        }
        return failed ? nil : phases.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
    }
}
