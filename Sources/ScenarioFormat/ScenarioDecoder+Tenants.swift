import FactoryModel

extension ScenarioDecoder {
    /// `tenants:`: each tenant, then the checks across tenants (unique names, quota shares,
    /// dedicated partitions within what is built).
    func tenants(_ node: YAMLNode, _ path: FieldPath, catalog: CatalogReading, buildOut: [BuildPhase]?, horizon: ClosedRange<Month>?) -> [Tenant]? {
        guard let items = values.list(node, path) else { return nil }
        if items.isEmpty {
            log.error(node.location, path, "expected at least one tenant")
            return nil
        }
        var tenants: [Tenant] = []
        var failed = false
        var names: Set<String> = []
        var dedicatedClaims: [(tenant: String, id: String, count: Int, location: SourceLocation, path: FieldPath)] = []
        let builtVendors: Set<Vendor>? = buildOut.map { phases in
            Set(phases.flatMap { $0.nodes.filter { $0.value > 0 }.keys }.compactMap { catalog.catalog.model(id: $0)?.vendor })
        }
        for (index, item) in items.enumerated() {
            let itemPath = path.item(itemLabel(item, nameKey: "name", index: index))
            guard let reader = MapReader(item, itemPath, values) else { failed = true; continue }
            defer { reader.finish() }
            let name = reader.required("name") { values.text($0, $1) }
            if let name, !names.insert(name).inserted {
                log.error(reader.value("name")!.location, itemPath.key("name"), "the tenant name \"\(name)\" is used twice; expected unique names")
                failed = true
            }
            let displayName = reader.optional("display_name") { self.displayName($0, $1) }
            let quota = reader.number("quota_share", in: ScenarioRanges.share)
            let priority = reader.integer("priority", in: ScenarioRanges.priority, default: 0)
            let price = reader.number("price_eur_per_gpu_hour", in: ScenarioRanges.gpuHourPriceEUR, default: 0)
            let accepts = reader.optional("accepts", default: [.nvidia, .amd]) { self.vendors($0, $1) }
            if let acceptsNode = reader.value("accepts"), let builtVendors, !builtVendors.isEmpty, accepts.isDisjoint(with: builtVendors) {
                log.error(acceptsNode.location, itemPath.key("accepts"), "the tenant accepts none of the vendors in the build-out (\(builtVendors.sorted().map(\.rawValue).joined(separator: ", "))), so none of its jobs could ever run")
                failed = true
            }
            let efficiency = reader.optional("software_efficiency", default: [:]) { self.softwareEfficiency($0, $1, accepts: accepts) }
            let checkpoint = reader.optional("checkpoint_interval_hours") { values.number($0, $1, in: ScenarioRanges.checkpointHours) }
            let patience = reader.optional("patience") { self.distribution($0, $1, of: .hours) }
            let dedicated = reader.optional("dedicated") { self.dedicatedPartition($0, $1, catalog: catalog, accepts: accepts) }
            if let dedicated, let name {
                for claim in dedicated.claims { dedicatedClaims.append((name, claim.id, claim.count, claim.location, itemPath.key("dedicated").key("nodes").key(claim.id))) }
            }
            // Demand is written as a curve, or forecast from observed usage: one of the two.
            let history = reader.optional("history") { self.history($0, $1, horizon: horizon, tenant: tenants.count) }
            let demand: Demand?
            if let historyEntry = reader.entry("history") {
                if let demandEntry = reader.entry("demand") {
                    log.error(demandEntry.keyLocation, itemPath.key("demand"), "the tenant has both `demand` and `history`; expected one: `history` forecasts the demand (line \(historyEntry.keyLocation.line))")
                    failed = true
                }
                // Replaced by the fitted forecast's central line once ScenarioLoader has fitted it.
                demand = history.map { _ in Demand(pattern: .monthly(steps: [])) }
            } else {
                demand = reader.required("demand") { self.demand($0, $1) }
            }
            // Judged from what is written, so a trace tenant whose file is missing is not also
            // told that it lacks a job mix.
            let kindNode = reader.value("demand")?.entries?.first { $0.key == "kind" }?.value
            let isTrace: Bool = if case .scalar("trace", _)? = kindNode?.content { true } else { false }
            let jobMix: JobMix?
            if isTrace {
                if let mixEntry = reader.entry("job_mix") {
                    log.error(mixEntry.keyLocation, itemPath.key("job_mix"), "a tenant with trace demand takes its jobs from the trace file; remove `job_mix`")
                    failed = true
                }
                jobMix = nil
            } else {
                jobMix = reader.required("job_mix") { self.jobMix($0, $1) }
            }
            if let jobMix, let buildOut, let mixNode = reader.value("job_mix"),
               !jobsCanFit(jobMix, accepts: accepts, buildOut: buildOut, horizonEnd: horizon?.upperBound, catalog: catalog, at: mixNode, itemPath.key("job_mix")) {
                failed = true
            }
            guard let name, let quota, let demand, isTrace || jobMix != nil else { failed = true; continue }
            if case .trace(let tracePath, _) = demand.pattern {
                let fileNode = kindNode.flatMap { _ in reader.value("demand")?.entries?.first { $0.key == "file" }?.value }
                pendingTraces.append(PendingTrace(
                    tenant: tenants.count, path: tracePath, location: fileNode?.location ?? item.location,
                    fieldPath: itemPath.key("demand").key("file")))
            }
            tenants.append(Tenant(
                name: name, displayName: displayName, quotaShare: quota, priority: priority, priceEURPerGPUHour: price,
                accepts: accepts, softwareEfficiency: efficiency, checkpointIntervalHours: checkpoint, patience: patience,
                dedicated: dedicated?.partition, demand: demand, jobMix: jobMix,
                history: history
            ))
        }
        let quotaTotal = tenants.reduce(0) { $0 + $1.quotaShare }
        if quotaTotal > 1 + 1e-9 {
            log.error(node.location, path, "the tenants' quota shares add up to \(ValueReader.format(quotaTotal)); expected at most 1 (a quota is a guaranteed share of capacity)")
            failed = true
        }
        if let buildOut, !checkDedicatedClaims(dedicatedClaims, buildOut: buildOut) { failed = true }
        return failed ? nil : tenants
    }

    /// Whether the smallest job `mix` can draw fits in all the GPUs the build-out holds, by the
    /// horizon's end, of the vendors the tenant accepts; if not, logs an error at
    /// `gpus_per_job`. Every pool the
    /// simulator lets the tenant use is part of those GPUs, so a mix refused here could never
    /// run there either (the simulator refuses it again, without a line to point at).
    private func jobsCanFit(_ mix: JobMix, accepts: Set<Vendor>, buildOut: [BuildPhase], horizonEnd: Month?, catalog: CatalogReading,
                            at node: YAMLNode, _ path: FieldPath) -> Bool {
        let smallest: Double = switch mix.gpusPerJob {
        case .fixed(let value): value
        case .exponential, .lognormal: 0
        case .uniform(let low, _): low
        case .choice(let values, _): values.min() ?? 0
        }
        let neededGPUs = max(1, smallest.rounded(.up))
        var acceptedGPUs = 0.0, builtGPUs = 0.0
        for phase in buildOut {
            for (id, count) in phase.nodes {
                guard let model = catalog.catalog.model(id: id) else { continue }
                builtGPUs += Double(count) * Double(model.gpusPerNode)
                let inHorizon = horizonEnd.map { phase.at <= $0 } ?? true
                if inHorizon, accepts.contains(model.vendor) { acceptedGPUs += Double(count) * Double(model.gpusPerNode) }
            }
        }
        // No GPUs built at all, or none of an accepted vendor, is another check's message.
        guard neededGPUs > acceptedGPUs, builtGPUs > 0, accepts.contains(where: { vendor in
            buildOut.contains { $0.nodes.contains { $0.value > 0 && catalog.catalog.model(id: $0.key)?.vendor == vendor } }
        }) else { return true }
        let place = node.entries?.first { $0.key == "gpus_per_job" }?.value.location ?? node.location
        log.error(place, path.key("gpus_per_job"),
                  "the smallest job asks for \(ValueReader.format(neededGPUs)) GPU\(neededGPUs == 1 ? "" : "s"), but the build-out holds only \(ValueReader.format(acceptedGPUs)) GPUs of the vendors this tenant accepts\(horizonEnd.map { " by the horizon's end (\($0))" } ?? "") (\(accepts.sorted().map(\.rawValue).joined(separator: ", "))), so none of its jobs could ever run; expected smaller jobs, more nodes, or more vendors in `accepts`")
        return false
    }

    /// Dedicated nodes of each model, over all tenants, must not exceed the nodes built.
    private func checkDedicatedClaims(_ claims: [(tenant: String, id: String, count: Int, location: SourceLocation, path: FieldPath)], buildOut: [BuildPhase]) -> Bool {
        var built: [String: Int] = [:]
        for phase in buildOut { for (id, count) in phase.nodes { built[id, default: 0] += count } }
        var claimed: [String: Int] = [:]
        var valid = true
        for claim in claims {
            claimed[claim.id, default: 0] += claim.count
            let available = built[claim.id] ?? 0
            if claimed[claim.id]! > available {
                let others = claimed[claim.id]! - claim.count
                let detail = others > 0 ? " (other tenants already reserve \(others))" : ""
                log.error(claim.location, claim.path, "reserves \(claim.count) \(claim.id) nodes, but the build-out has \(available) in all\(detail); expected at most \(max(0, available - others))")
                valid = false
            }
        }
        return valid
    }

    private func vendors(_ node: YAMLNode, _ path: FieldPath) -> Set<Vendor>? {
        guard let items = values.list(node, path) else { return nil }
        let parsed = items.enumerated().map { values.option($0.element, path.item($0.offset), Vendor.self) }
        if parsed.contains(where: { $0 == nil }) { return nil }
        if parsed.isEmpty {
            log.error(node.location, path, "expected at least one vendor (nvidia, amd or intel)")
            return nil
        }
        return Set(parsed.compactMap { $0 })
    }

    private func softwareEfficiency(_ node: YAMLNode, _ path: FieldPath, accepts: Set<Vendor>) -> [Vendor: Double]? {
        guard let entries = node.entries else {
            log.error(node.location, path, "expected a map of `vendor: factor`, found \(node.kindPhrase)")
            return nil
        }
        var efficiency: [Vendor: Double] = [:]
        var failed = false
        for entry in entries {
            let keyNode = YAMLNode(content: .scalar(entry.key, isQuoted: false), location: entry.keyLocation)
            guard let vendor = values.option(keyNode, path.key(entry.key), Vendor.self) else { failed = true; continue }
            if !accepts.contains(vendor) {
                log.error(entry.keyLocation, path.key(entry.key), "an efficiency is given for \(vendor.rawValue), which this tenant does not accept; add it to `accepts` or remove this line")
                failed = true
                continue
            }
            guard let factor = values.number(entry.value, path.key(entry.key), in: ScenarioRanges.softwareEfficiency) else { failed = true; continue }
            efficiency[vendor] = factor
        }
        return failed ? nil : efficiency
    }

    private func dedicatedPartition(_ node: YAMLNode, _ path: FieldPath, catalog: CatalogReading, accepts: Set<Vendor>) -> (partition: DedicatedPartition, claims: [(id: String, count: Int, location: SourceLocation)])? {
        guard let reader = MapReader(node, path, values) else { return nil }
        defer { reader.finish() }
        let counts = reader.required("nodes") { self.nodeCounts($0, $1, catalog: catalog) }
        let overflow = reader.optional("overflow_to_shared", default: false) { values.boolean($0, $1) }
        guard let counts else { return nil }
        for (id, _, location) in counts {
            let vendor = catalog.catalog.model(id: id)!.vendor
            if !accepts.contains(vendor) {
                log.error(location, path.key("nodes").key(id), "\(id) is a \(vendor.rawValue) model, which this tenant does not accept")
                return nil
            }
        }
        let partition = DedicatedPartition(nodes: Dictionary(counts.map { ($0.id, $0.count) }, uniquingKeysWith: +), overflowToShared: overflow)
        return (partition, counts)
    }
}
