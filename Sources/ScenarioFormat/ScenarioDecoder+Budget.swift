import FactoryModel

extension ScenarioDecoder {
    /// `budget:`: the envelope, the EU share and cap, other funders, the discount rate.
    func budget(_ node: YAMLNode, _ path: FieldPath) -> Budget? {
        guard let reader = MapReader(node, path, values) else { return nil }
        defer { reader.finish() }
        let capex = reader.number("capex_eur", in: ScenarioRanges.amountEUR)
        let euShare = reader.number("eu_cofunding_share", in: ScenarioRanges.share, default: 0)
        if euShare > 0.5, let shareNode = reader.value("eu_cofunding_share") {
            log.warning(shareNode.location, path.key("eu_cofunding_share"), "the AI-Factories rule lets the EU pay at most 0.5 of the acquisition cost; \(ValueReader.format(euShare)) is above it")
        }
        let euCap = reader.optional("eu_cofunding_cap_eur") { values.number($0, $1, in: ScenarioRanges.amountEUR) }
        let eligible = reader.optional("eu_eligible_categories", default: Budget.defaultEUEligibleCategories) { self.categories($0, $1) }
        let euOpex = reader.number("eu_opex_cofunding_share", in: ScenarioRanges.share, default: 0)
        if euOpex > 0.5, let shareNode = reader.value("eu_opex_cofunding_share") {
            log.warning(shareNode.location, path.key("eu_opex_cofunding_share"), "the AI-Factories rule lets the EU pay at most 0.5 of operating costs; \(ValueReader.format(euOpex)) is above it")
        }
        let nationalCap = reader.optional("national_cap_eur") { values.number($0, $1, in: ScenarioRanges.amountEUR) }
        let coFunders = reader.optional("co_funders", default: []) { self.coFunders($0, $1) }
        let discountRate = reader.number("discount_rate", in: ScenarioRanges.discountRate, default: 0.03)
        guard let capex else { return nil }
        return Budget(
            capexEUR: capex, euCofundingShare: euShare, euCofundingCapEUR: euCap,
            euEligibleCategories: eligible, euOpexCofundingShare: euOpex,
            nationalCapEUR: nationalCap, coFunders: coFunders, discountRate: discountRate
        )
    }

    /// A list of capex category names.
    private func categories(_ node: YAMLNode, _ path: FieldPath) -> Set<CapexCategory>? {
        guard let items = values.list(node, path) else { return nil }
        let parsed = items.enumerated().map { values.option($0.element, path.item($0.offset), CapexCategory.self) }
        return parsed.contains { $0 == nil } ? nil : Set(parsed.compactMap { $0 })
    }

    private func coFunders(_ node: YAMLNode, _ path: FieldPath) -> [CoFunder]? {
        guard let items = values.list(node, path) else { return nil }
        var funders: [CoFunder] = []
        var names: Set<String> = []
        var shareTotal = 0.0
        for (index, item) in items.enumerated() {
            let itemPath = path.item(itemLabel(item, nameKey: "name", index: index))
            guard let reader = MapReader(item, itemPath, values) else { continue }
            defer { reader.finish() }
            let name = reader.required("name") { values.text($0, $1) }
            let amount = reader.optional("amount_eur") { values.number($0, $1, in: ScenarioRanges.amountEUR) }
            let share = reader.optional("share") { values.number($0, $1, in: ScenarioRanges.share) }
            let funded = reader.optional("categories", default: Set(CapexCategory.allCases)) { self.categories($0, $1) }
            guard let name else { continue }
            if !names.insert(name).inserted {
                log.error(reader.value("name")!.location, itemPath.key("name"), "the co-funder \"\(name)\" is named twice; expected each funder once")
            }
            let contribution: CoFunder.Contribution
            switch (amount, share) {
            case (let amount?, nil): contribution = .amountEUR(amount)
            case (nil, let share?): contribution = .share(share); shareTotal += share
            case (.some, .some):
                log.error(reader.value("share")!.location, itemPath.key("share"), "give either `amount_eur` or `share`, not both")
                continue
            case (nil, nil):
                if reader.value("amount_eur") == nil, reader.value("share") == nil {
                    log.error(item.location, itemPath, "expected `amount_eur` (a fixed contribution) or `share` (a share of capex)")
                }
                continue
            }
            funders.append(CoFunder(name: name, contribution: contribution, categories: funded))
        }
        if shareTotal > 1 {
            log.error(node.location, path, "the co-funders' shares add up to \(ValueReader.format(shareTotal)); expected at most 1")
        }
        return funders
    }
}
