import FactoryModel
import Forecasting
import Optimization

/// Accumulates the columns and rows of a `BuildOutModel`; see there for the formulation.
struct BuildOutModelBuilder {
    let scenario: Scenario
    let settings: PlanningSettings
    let forecasts: [TenantDemandForecast]
    let calendar: PlanningCalendar
    let utilisation: Double
    private(set) var candidates: [PlanCandidate] = []
    let gridCapexEUR: Double

    private var objective: [Double] = []
    private var lower: [Double] = []
    private var upper: [Double] = []
    private var integer: [Bool] = []
    private var names: [String] = []
    private var triplets: [(row: Int, column: Int, value: Double)] = []
    private var rowLower: [Double] = []
    private var rowUpper: [Double] = []
    private var rowNames: [String] = []
    private(set) var servedColumns: [Int] = []
    /// served[(tenant, vendor)] → column per month (nil where the tenant wants nothing).
    private var sharedServed: [Vendor: [(tenant: Int, efficiency: Double, columns: [Int?])]] = [:]
    /// Months from which each tenant's dedicated partition must be in place, by tenant index.
    private var dedicatedStart: [Int: Int] = [:]

    init(scenario: Scenario, forecasts: [TenantDemandForecast], targetUtilisation: Double) throws(PlanningError) {
        self.scenario = scenario
        settings = scenario.planning
        self.forecasts = forecasts
        calendar = PlanningCalendar(horizon: scenario.horizon)
        utilisation = targetUtilisation
        let connection = scenario.site.gridConnectionMW.filter { $0.from <= scenario.horizon.upperBound }.map(\.value).max() ?? 0
        gridCapexEUR = scenario.site.gridCapexEUR(forMW: connection)
        try makeCandidates()
    }

    // MARK: Candidates

    private mutating func makeCandidates() throws(PlanningError) {
        let start = scenario.horizon.lowerBound
        let allowed: [NodeModel] = settings.models.map { ids in ids.compactMap { scenario.catalog.model(id: $0) } }
            ?? scenario.catalog.models.filter { !$0.requiresLiquidCooling || scenario.site.cooling.type.isLiquid }
        let usable = allowed.filter { model in scenario.tenants.contains { $0.efficiency(on: model.vendor) > 0 } }
        var fixed: [String: [Month: Int]] = [:]
        for phase in scenario.buildOut where phase.isFixed {
            for (id, count) in phase.nodes { fixed[id, default: [:]][phase.at, default: 0] += count }
        }
        let budget = scenario.budget.capexEUR - gridCapexEUR
        var grid: [Month] = []
        var month = start
        while month <= scenario.horizon.upperBound {
            grid.append(month)
            month = month.adding(months: settings.stepMonths)
        }
        var models = usable
        for id in fixed.keys.sorted() where !models.contains(where: { $0.id == id }) {
            if let model = scenario.catalog.model(id: id) { models.append(model) }
        }
        for model in models {
            let earliest = PlanCandidate.earliestOnline(model, planningStart: start)
            var months = Set(usable.contains(model) ? grid.filter { $0 >= earliest } : [])
            if usable.contains(model), earliest <= scenario.horizon.upperBound { months.insert(earliest) }
            for fixedMonth in (fixed[model.id] ?? [:]).keys { months.insert(fixedMonth) }
            for month in months.sorted() {
                candidates.append(PlanCandidate(
                    model: model, month: month, fixedNodes: fixed[model.id]?[month] ?? 0,
                    site: scenario.site, budgetEUR: max(0, budget)
                ))
            }
        }
        guard !candidates.isEmpty else {
            throw PlanningError(message: "no catalog model can be bought and brought online within the horizon for any tenant; check planning.models, the tenants' `accepts`, and the models' available_from and lead_time_months")
        }
        for candidate in candidates {
            addColumn(name: candidate.variableName, lower: Double(candidate.fixedNodes), upper: Double(candidate.maximumNodes), integer: true)
        }
    }

    // MARK: Columns and rows

    @discardableResult
    private mutating func addColumn(name: String, lower: Double, upper: Double, integer: Bool = false) -> Int {
        objective.append(0)
        self.lower.append(lower)
        self.upper.append(upper)
        self.integer.append(integer)
        names.append(name)
        return names.count - 1
    }

    private mutating func addRow(_ name: String, _ entries: [(Int, Double)], lower: Double = -.infinity, upper: Double = .infinity) {
        let row = rowNames.count
        rowNames.append(name)
        rowLower.append(lower)
        rowUpper.append(upper)
        var merged: [Int: Double] = [:]
        for (column, value) in entries { merged[column, default: 0] += value }
        for (column, value) in merged.sorted(by: { $0.key < $1.key }) where value != 0 {
            triplets.append((row, column, value))
        }
    }

    /// Index of the candidate month in the calendar (a candidate's month is in the horizon).
    private func monthIndex(_ candidate: PlanCandidate) -> Int { calendar.index(of: candidate.month)! }

    private func tenantLabel(_ index: Int) -> String { "t\(index + 1)" }

    /// Dedicated reference rate per hour of tenant `index`'s partition, for its efficiency.
    private func dedicatedRate(_ tenant: Tenant) -> Double {
        guard let partition = tenant.dedicated else { return 0 }
        return partition.nodes.sorted { $0.key < $1.key }.reduce(0) { total, entry in
            guard let model = scenario.catalog.model(id: entry.key) else { return total }
            let sample = candidates.first { $0.model.id == model.id }
            let availability = sample?.availability ?? 1
            return total + Double(entry.value * model.gpusPerNode) * model.relativeThroughput * availability * tenant.efficiency(on: model.vendor)
        }
    }

    /// Dedicated reference rate per hour taken out of `vendor`'s shared pools in month `index`.
    private func dedicatedSharedRate(vendor: Vendor, month index: Int) -> Double {
        var rate = 0.0
        for (tenantIndex, tenant) in scenario.tenants.enumerated() {
            guard let partition = tenant.dedicated, let start = dedicatedStart[tenantIndex], start <= index else { continue }
            for (id, count) in partition.nodes.sorted(by: { $0.key < $1.key }) {
                guard let model = scenario.catalog.model(id: id), model.vendor == vendor else { continue }
                let availability = candidates.first { $0.model.id == id }?.availability ?? 1
                rate += Double(count * model.gpusPerNode) * model.relativeThroughput * availability
            }
        }
        return rate
    }

    /// Served-demand columns and the demand rows.
    mutating func addServedDemand() {
        let vendorsWithCandidates = Set(candidates.map(\.model.vendor))
        for (tenantIndex, tenant) in scenario.tenants.enumerated() {
            let forecast = forecasts[tenantIndex].central
            if tenant.dedicated != nil {
                dedicatedStart[tenantIndex] = forecast.firstIndex { $0 > 0 } ?? 0
            }
            let usesShared = tenant.dedicated == nil || tenant.dedicated!.overflowToShared
            let vendors = usesShared ? Vendor.allCases.filter { tenant.efficiency(on: $0) > 0 && vendorsWithCandidates.contains($0) } : []
            var vendorColumns: [Vendor: [Int?]] = [:]
            for vendor in vendors { vendorColumns[vendor] = [Int?](repeating: nil, count: calendar.months.count) }
            for (index, month) in calendar.months.enumerated() where forecast[index] > 0 {
                var entries: [(Int, Double)] = []
                if tenant.dedicated != nil {
                    let cap = utilisation * dedicatedRate(tenant) * calendar.hours[index]
                    let column = addColumn(name: "d_\(tenantLabel(tenantIndex))_\(month)", lower: 0, upper: cap)
                    entries.append((column, 1))
                    servedColumns.append(column)
                }
                for vendor in vendors {
                    let column = addColumn(name: "s_\(tenantLabel(tenantIndex))_\(vendor.rawValue)_\(month)", lower: 0, upper: .infinity)
                    vendorColumns[vendor]![index] = column
                    entries.append((column, 1))
                    servedColumns.append(column)
                }
                var floor = settings.objective == .minCost ? settings.serviceLevel * forecast[index] : -.infinity
                if !usesShared {
                    // Confined to a partition the analyst sized: serve what it can hold, at most.
                    floor = min(floor, utilisation * dedicatedRate(tenant) * calendar.hours[index])
                }
                addRow("demand_\(tenantLabel(tenantIndex))_\(month)", entries, lower: floor, upper: forecast[index])
            }
            for vendor in vendors {
                sharedServed[vendor, default: []].append((tenantIndex, tenant.efficiency(on: vendor), vendorColumns[vendor]!))
            }
        }
    }

    /// Shared capacity per vendor and month.
    mutating func addCapacityRows() {
        for vendor in Vendor.allCases {
            guard let users = sharedServed[vendor] else { continue }
            for (index, month) in calendar.months.enumerated() {
                var entries: [(Int, Double)] = []
                for user in users { if let column = user.columns[index] { entries.append((column, 1 / user.efficiency)) } }
                guard !entries.isEmpty else { continue }
                for (column, candidate) in candidates.enumerated() where candidate.model.vendor == vendor && candidate.month <= month {
                    entries.append((column, -utilisation * candidate.referenceRatePerHour * calendar.hours[index]))
                }
                let dedicated = utilisation * dedicatedSharedRate(vendor: vendor, month: index) * calendar.hours[index]
                addRow("capacity_\(vendor.rawValue)_\(month)", entries, upper: -dedicated)
            }
        }
    }

    /// Dedicated partitions in place by each such tenant's first month of demand.
    mutating func addDedicatedRows() {
        for (tenantIndex, tenant) in scenario.tenants.enumerated() {
            guard let partition = tenant.dedicated, let start = dedicatedStart[tenantIndex] else { continue }
            for (id, _) in partition.nodes.sorted(by: { $0.key < $1.key }) {
                // Every partition of this model that must exist by then.
                var required = 0
                for (otherIndex, other) in scenario.tenants.enumerated() {
                    if let otherStart = dedicatedStart[otherIndex], otherStart <= start { required += other.dedicated?.nodes[id] ?? 0 }
                }
                let entries = candidates.enumerated()
                    .filter { $0.element.model.id == id && monthIndex($0.element) <= start }
                    .map { ($0.offset, 1.0) }
                addRow("dedicated_\(tenantLabel(tenantIndex))_\(id)", entries, lower: Double(required))
            }
        }
    }

    /// The stretches of months in which the installed base is constant: from each purchase
    /// month to the month before the next one (the last to the horizon's end).
    private var stretches: [ClosedRange<Int>] {
        let starts = Set(candidates.map { monthIndex($0) }).sorted()
        return starts.indices.map { i in starts[i]...((i + 1 < starts.count ? starts[i + 1] : calendar.months.count) - 1) }
    }

    /// Grid connection per stretch, and the hall.
    mutating func addGridAndHallRows() {
        for stretch in stretches {
            var allowedKW = Double.infinity
            for index in stretch {
                let month = calendar.months[index]
                allowedKW = min(allowedKW, scenario.site.powerBudgetKW(in: month))
            }
            let entries = candidates.enumerated().filter { monthIndex($0.element) <= stretch.lowerBound }.map { ($0.offset, $0.element.model.nodePowerPeakKW) }
            addRow("grid_\(calendar.months[stretch.lowerBound])", entries, upper: allowedKW)
        }
        addRow("hall", candidates.enumerated().map { ($0.offset, $0.element.model.nodePowerPeakKW) }, upper: scenario.site.maxITMW * 1_000)
    }

    /// Capex of one node of `candidate` in `category`, euros.
    private func capex(_ candidate: PlanCandidate, _ category: CapexCategory) -> Double {
        scenario.site.purchaseCapexEUR(category, computeEUR: candidate.nodePriceEUR, peakITKW: candidate.model.nodePowerPeakKW)
    }

    /// The envelope, and the national cap.
    mutating func addBudgetRows() {
        addRow("budget", candidates.enumerated().map { ($0.offset, $0.element.capexPerNodeEUR) }, upper: scenario.budget.capexEUR - gridCapexEUR)
        guard let nationalCap = scenario.budget.nationalCapEUR else { return }
        let budget = scenario.budget
        func categoryCapex(_ candidate: PlanCandidate, _ categories: Set<CapexCategory>) -> Double {
            categories.reduce(0) { $0 + capex(candidate, $1) }
        }
        func gridIn(_ categories: Set<CapexCategory>) -> Double { categories.contains(.grid) ? gridCapexEUR : 0 }
        // national = capex − EU − co-funders ≤ cap; fixed pledges assumed paid in full.
        var pledged = 0.0
        var coFunded: [Double] = candidates.map { _ in 0 }
        var coFundedGrid = 0.0
        for funder in budget.coFunders {
            switch funder.contribution {
            case .amountEUR(let amount): pledged += amount
            case .share(let share):
                for (index, candidate) in candidates.enumerated() { coFunded[index] += share * categoryCapex(candidate, funder.categories) }
                coFundedGrid += share * gridIn(funder.categories)
            }
        }
        let euShare = budget.euCofundingShare
        let shareEntries = candidates.enumerated().map { index, candidate in
            (index, candidate.capexPerNodeEUR - euShare * categoryCapex(candidate, budget.euEligibleCategories) - coFunded[index])
        }
        addRow("national_eu_share", shareEntries, upper: nationalCap - gridCapexEUR + euShare * gridIn(budget.euEligibleCategories) + pledged + coFundedGrid)
        if let euCap = budget.euCofundingCapEUR {
            let capEntries = candidates.enumerated().map { ($0.offset, $0.element.capexPerNodeEUR - coFunded[$0.offset]) }
            addRow("national_eu_cap", capEntries, upper: nationalCap - gridCapexEUR + euCap + pledged + coFundedGrid)
        }
    }

    /// Weight of one node of `candidate` in the vendor cap: GPUs or compute capex.
    private func vendorWeight(_ candidate: PlanCandidate) -> Double {
        settings.vendorShareBasis == .gpus ? Double(candidate.model.gpusPerNode) : candidate.nodePriceEUR
    }

    /// Vendor autonomy over the whole build-out.
    mutating func addVendorRows() {
        guard let share = settings.maxVendorShare, share < 1 else { return }
        for vendor in Vendor.allCases where candidates.contains(where: { $0.model.vendor == vendor }) {
            let entries = candidates.enumerated().map { index, candidate in
                (index, (candidate.model.vendor == vendor ? 1 - share : -share) * vendorWeight(candidate))
            }
            addRow("vendor_\(vendor.rawValue)", entries, upper: 0)
        }
    }

    /// Quota coverage per tenant and stretch.
    mutating func addQuotaRows() {
        guard settings.quotaCoverage > 0 else { return }
        for (tenantIndex, tenant) in scenario.tenants.enumerated() where tenant.quotaShare > 0 {
            if let partition = tenant.dedicated, !partition.overflowToShared { continue }
            let forecast = forecasts[tenantIndex].central
            for stretch in stretches {
                let peakRate = stretch.map { forecast[$0] / calendar.hours[$0] }.max() ?? 0
                guard peakRate > 0 else { continue }
                let scale = tenant.quotaShare * utilisation
                let entries = candidates.enumerated()
                    .filter { monthIndex($0.element) <= stretch.lowerBound && tenant.efficiency(on: $0.element.model.vendor) > 0 }
                    .map { ($0.offset, scale * $0.element.referenceRatePerHour * tenant.efficiency(on: $0.element.model.vendor)) }
                let dedicated = Vendor.allCases.reduce(0.0) { $0 + dedicatedSharedRate(vendor: $1, month: stretch.upperBound) * tenant.efficiency(on: $1) }
                addRow("quota_\(tenantLabel(tenantIndex))_\(calendar.months[stretch.lowerBound])", entries, lower: settings.quotaCoverage * peakRate + scale * dedicated)
            }
        }
    }

    // MARK: Objective

    /// Discount factor of calendar year `year`, as the finance model discounts.
    private func discount(year: Int) -> Double {
        scenario.discounting.factor(year: year)
    }

    /// Net present cost of one node of `candidate`: its capex when bought, its energy at the
    /// target utilisation, maintenance and support to the horizon's end, less its residual value.
    func presentCostEUR(_ candidate: PlanCandidate) -> Double {
        let site = scenario.site
        let model = candidate.model
        var cost = candidate.capexPerNodeEUR * discount(year: candidate.month.year)
        let averageKW = model.nodePowerIdleKW + utilisation * (model.nodePowerPeakKW - model.nodePowerIdleKW)
        for index in monthIndex(candidate)..<calendar.months.count {
            let month = calendar.months[index]
            let price = site.electricity.price(in: month, horizonStart: scenario.horizon.lowerBound)
            let energyMWh = averageKW * calendar.hours[index] * site.cooling.pue(in: month) / 1_000
            let running = energyMWh * price + site.softwareSupportEURPerNodePerYear / 12 + candidate.capexPerNodeEUR * site.maintenanceSharePerYear / 12
            cost += running * discount(year: month.year)
        }
        let residual = site.residualValueEUR(computeEUR: candidate.nodePriceEUR, boughtIn: candidate.month, valuedAt: scenario.horizon.monthAfterEnd)
        cost -= scenario.discounting.presentValueEUR(residual, afterYears: scenario.horizon.calendarYearCount)
        return cost
    }

    /// Tie-break weight of a euro of capex in `max-served`, in reference-GPU-hours: small enough
    /// never to trade away served demand a node could bring in a single month, large enough
    /// that the plan buys nothing that serves nothing.
    static let capexTieBreak = 1e-4

    mutating func setObjective() {
        switch settings.objective {
        case .maxServed:
            for column in servedColumns { objective[column] = 1 }
            for (index, candidate) in candidates.enumerated() { objective[index] = -Self.capexTieBreak * candidate.capexPerNodeEUR }
        case .minCost:
            for (index, candidate) in candidates.enumerated() { objective[index] = presentCostEUR(candidate) }
        }
    }

    func program(name: String) -> LinearProgram {
        LinearProgram(
            name: name, sense: settings.objective == .maxServed ? .maximize : .minimize,
            objectiveName: settings.objective == .maxServed ? "served" : "present_cost",
            objective: objective, variableNames: names, lowerBounds: lower, upperBounds: upper, isInteger: integer,
            rowNames: rowNames, rowLower: rowLower, rowUpper: rowUpper,
            matrix: SparseMatrix(rows: rowNames.count, columns: names.count, triplets: triplets)
        )
    }
}
