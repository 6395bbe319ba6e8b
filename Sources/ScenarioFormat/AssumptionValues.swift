import FactoryModel

/// The values of `AssumptionRow.all` in the scenario format's own words (`lognormal`, `median`,
/// `from`), so that a reader can find them in the file: named parameters separated by " · ",
/// lists of numbers by "; " (never ", ", the Dutch decimal mark).
extension AssumptionValue {
    /// A number, or "none" when the field is not set.
    static func optional(_ value: Double?) -> AssumptionValue { value.map(number) ?? .none }

    /// `key value`: a named parameter.
    static func named(_ key: String, _ value: Double) -> AssumptionValue { .text("\(key) ") + .number(value) }

    /// Steps "3 from 2026-09; 8 from 2027-01".
    static func steps(_ steps: [MonthlyStep]) -> AssumptionValue {
        joined(steps.map { .number($0.value) + .text(" from \($0.from)") }, separator: "; ")
    }

    /// Capex categories in the format's order: "compute; networking_storage".
    static func categories(_ categories: Set<CapexCategory>) -> AssumptionValue {
        .text(CapexCategory.allCases.filter(categories.contains).map(\.rawValue).joined(separator: "; "))
    }

    /// A co-funder's pledge: "amount_eur 60,000,000" or "share 0.2", with its categories when
    /// not all of them.
    static func contribution(_ funder: CoFunder) -> AssumptionValue {
        let pledge: AssumptionValue = switch funder.contribution {
        case .amountEUR(let amount): named("amount_eur", amount)
        case .share(let share): named("share", share)
        }
        guard funder.categories != Set(CapexCategory.allCases) else { return pledge }
        return joined([pledge, .text("categories ") + categories(funder.categories)])
    }

    /// An interruption class: "annual_rate 0.111 · repair_hours choice · values 4; 72 · …".
    static func failureClass(_ failureClass: FailureClass) -> AssumptionValue {
        joined([named("annual_rate", failureClass.annualRatePerGPU), .text("repair_hours ") + distribution(failureClass.repairHours)])
    }

    /// Maintenance windows: "every_weeks 4 · hours 8 · share_of_nodes 0.25".
    static func maintenance(_ windows: MaintenanceWindows) -> AssumptionValue {
        joined([named("every_weeks", Double(windows.everyWeeks)), named("hours", windows.hours), named("share_of_nodes", windows.shareOfNodes)])
    }

    /// A distribution as the format writes it: "lognormal · median 168 · sigma 1".
    static func distribution(_ distribution: Distribution) -> AssumptionValue {
        switch distribution {
        case .fixed(let value): joined([.text("fixed"), named("value", value)])
        case .exponential(let mean): joined([.text("exponential"), named("mean", mean)])
        case .lognormal(let median, let sigma): joined([.text("lognormal"), named("median", median), named("sigma", sigma)])
        case .uniform(let low, let high): joined([.text("uniform"), named("min", low), named("max", high)])
        case .choice(let values, let weights):
            joined([.text("choice"), .text("values ") + list(values), .text("weights ") + list(weights)])
        }
    }

    /// A demand curve with its kind, parameters, `starts` and `seasonality`, in reference
    /// GPU-hours per month (`poisson`: jobs per hour).
    static func demand(_ demand: Demand) -> AssumptionValue {
        var parts: [AssumptionValue]
        switch demand.pattern {
        case .constant(let value):
            parts = [.text("constant"), named("gpu_hours_per_month", value)]
        case .linear(let start, let end):
            parts = [.text("linear"), named("start_gpu_hours_per_month", start), named("end_gpu_hours_per_month", end)]
        case .exponential(let start, let rate, let cap):
            parts = [.text("exponential"), named("start_gpu_hours_per_month", start), named("growth_rate_per_year", rate)]
                + (cap.map { [named("cap_gpu_hours_per_month", $0)] } ?? [])
        case .logistic(let start, let cap, let midpoint, let steepness):
            parts = [.text("logistic"), named("start_gpu_hours_per_month", start), named("cap_gpu_hours_per_month", cap),
                     .text("midpoint \(midpoint)"), named("steepness_per_year", steepness)]
        case .monthly(let steps):
            parts = [.text("monthly"), .text("gpu_hours_per_month ") + self.steps(steps)]
        case .poisson(let rate):
            parts = [.text("poisson"), named("jobs_per_hour", rate)]
        case .trace(let path, let gpusPerProcessor):
            let file = path.split(separator: "/").last.map(String.init) ?? path
            parts = [.text("trace"), .text("file \(file)"), named("gpus_per_processor", Double(gpusPerProcessor))]
        }
        if let starts = demand.startMonth { parts.append(.text("starts \(starts)")) }
        if let seasonality = demand.seasonality { parts.append(.text("seasonality ") + list(seasonality)) }
        return joined(parts)
    }

    /// A demand forecast from observed usage: its curve and the months it was fitted to.
    static func history(_ history: UsageHistory) -> AssumptionValue {
        let months = history.observations.map(\.month)
        let span = months.first.map { first in "\(first) to \(months.last ?? first)" } ?? ""
        return joined([.text("curve \(history.curve.rawValue)"), named("months", Double(months.count)), .text(span)])
    }

    /// Software efficiency per accepted vendor, in vendor order: "nvidia 1 · amd 0.7".
    static func efficiency(_ tenant: Tenant) -> AssumptionValue {
        joined(Vendor.allCases.filter(tenant.accepts.contains).map { named($0.rawValue, tenant.efficiency(on: $0)) })
    }
}
