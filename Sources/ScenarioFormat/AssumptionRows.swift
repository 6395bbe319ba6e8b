import FactoryModel

/// One input that drives a headline figure: its field path as the scenario writes it, and how
/// to read its value from the decoded scenario. Where its comment lives follows from the path.
///
/// A reader that returns nil leaves the row out for that subject (a refinement not used, such as
/// `monthly_pue`, or `job_mix` for a tenant that replays a trace); `.none` prints "none".
struct AssumptionRow: Sendable {
    /// What the field belongs to, and how its value is read.
    enum Reader: Sendable {
        /// A field of the scenario itself (`budget.…`, `site.…`, `scheduler.…`).
        case scenario(@Sendable (Scenario) -> AssumptionValue?)
        /// An item of `budget.co_funders`, one row per co-funder.
        case coFunder(@Sendable (CoFunder) -> AssumptionValue)
        /// A field of a catalog entry, one row per node model the build-out buys.
        case nodeModel(@Sendable (NodeModel) -> AssumptionValue?)
        /// A field of a tenant, one row per tenant.
        case tenant(@Sendable (Tenant) -> AssumptionValue?)
    }

    /// The field path below the subject, dots between keys (`site.cooling.pue`); for a
    /// co-funder, the list (`budget.co_funders`).
    let field: String
    /// How the value is read.
    let read: Reader

    /// Every headline input, in the order the briefing lists them. Adding an input is one line.
    ///
    /// Which headline each drives: capex, funding split and budget headroom (budget, prices,
    /// capex per kW and MW); energy, carbon and stranded GPUs (power, PUE, grid); cost per
    /// GPU-hour and NPV (electricity, staff, maintenance, life, discount rate); utilisation and
    /// waits (throughput, failures, demand, job mix, patience, scheduler).
    static let all: [AssumptionRow] = [
        AssumptionRow(field: "budget.capex_eur", read: .scenario { .number($0.budget.capexEUR) }),
        AssumptionRow(field: "budget.eu_cofunding_share", read: .scenario { .number($0.budget.euCofundingShare) }),
        AssumptionRow(field: "budget.eu_cofunding_cap_eur", read: .scenario { .optional($0.budget.euCofundingCapEUR) }),
        AssumptionRow(field: "budget.eu_eligible_categories", read: .scenario { .categories($0.budget.euEligibleCategories) }),
        AssumptionRow(field: "budget.eu_opex_cofunding_share", read: .scenario { .number($0.budget.euOpexCofundingShare) }),
        AssumptionRow(field: "budget.national_cap_eur", read: .scenario { .optional($0.budget.nationalCapEUR) }),
        AssumptionRow(field: "budget.co_funders", read: .coFunder { .contribution($0) }),
        AssumptionRow(field: "budget.discount_rate", read: .scenario { .number($0.budget.discountRate) }),
        AssumptionRow(field: "site.grid_connection", read: .scenario { .steps($0.site.gridConnectionMW) }),
        AssumptionRow(field: "site.grid_capex_eur_per_mw", read: .scenario { .number($0.site.gridCapexEURPerMW) }),
        AssumptionRow(field: "site.cooling.pue", read: .scenario { .number($0.site.cooling.pue) }),
        AssumptionRow(field: "site.cooling.monthly_pue", read: .scenario { $0.site.cooling.monthlyPUE.map(AssumptionValue.list) }),
        AssumptionRow(field: "site.cooling.capex_eur_per_kw", read: .scenario { .number($0.site.cooling.capexEURPerKW) }),
        AssumptionRow(field: "site.building.fit_out_capex_eur_per_kw", read: .scenario { .number($0.site.fitOutCapexEURPerKW) }),
        AssumptionRow(field: "site.electricity.price_eur_per_mwh", read: .scenario { .number($0.site.electricity.priceEURPerMWh) }),
        AssumptionRow(field: "site.electricity.price_escalation_per_year", read: .scenario { .number($0.site.electricity.priceEscalationPerYear) }),
        AssumptionRow(field: "site.electricity.price_table", read: .scenario { $0.site.electricity.priceTable.isEmpty ? nil : .steps($0.site.electricity.priceTable) }),
        AssumptionRow(field: "site.electricity.carbon_g_per_kwh", read: .scenario { .number($0.site.electricity.carbonGPerKWh) }),
        AssumptionRow(field: "site.heat_reuse.fraction", read: .scenario { .optional($0.site.heatReuse?.fraction) }),
        AssumptionRow(field: "site.heat_reuse.price_eur_per_mwh", read: .scenario { $0.site.heatReuse.map { .number($0.priceEURPerMWh) } }),
        AssumptionRow(field: "site.staff_cost_eur_per_year", read: .scenario { .number($0.site.staffCostEURPerYear) }),
        AssumptionRow(field: "site.maintenance_share_per_year", read: .scenario { .number($0.site.maintenanceSharePerYear) }),
        AssumptionRow(field: "site.software_support_eur_per_node_per_year", read: .scenario { .number($0.site.softwareSupportEURPerNodePerYear) }),
        AssumptionRow(field: "site.networking_storage_share_of_compute", read: .scenario { .number($0.site.networkingStorageShareOfCompute) }),
        AssumptionRow(field: "site.hardware_life_years", read: .scenario { .number($0.site.hardwareLifeYears) }),
        AssumptionRow(field: "site.maintenance_windows", read: .scenario { $0.site.maintenanceWindows.map(AssumptionValue.maintenance) ?? AssumptionValue.none }),
        AssumptionRow(field: "scheduler.policy", read: .scenario { .text($0.scheduler.policy.rawValue) }),

        AssumptionRow(field: "node_price_eur", read: .nodeModel { .number($0.nodePriceEUR) }),
        AssumptionRow(field: "price_decline_per_year", read: .nodeModel { .number($0.priceDeclinePerYear) }),
        AssumptionRow(field: "node_power_idle_kw", read: .nodeModel { .number($0.nodePowerIdleKW) }),
        AssumptionRow(field: "node_power_peak_kw", read: .nodeModel { .number($0.nodePowerPeakKW) }),
        AssumptionRow(field: "relative_throughput", read: .nodeModel { .number($0.relativeThroughput) }),
        // Unplanned interruptions, one row per cause: rate per GPU-year and repair time.
        AssumptionRow(field: "interruptions.gpu_hardware", read: .nodeModel { .failureClass($0.reliability[.gpuHardware]) }),
        AssumptionRow(field: "interruptions.other_hardware", read: .nodeModel { .failureClass($0.reliability[.otherHardware]) }),
        AssumptionRow(field: "interruptions.network", read: .nodeModel { .failureClass($0.reliability[.network]) }),
        AssumptionRow(field: "interruptions.software", read: .nodeModel { .failureClass($0.reliability[.software]) }),
        AssumptionRow(field: "available_from", read: .nodeModel { .text($0.availableFrom.description) }),
        AssumptionRow(field: "lead_time_months", read: .nodeModel { .number(Double($0.leadTimeMonths)) }),

        AssumptionRow(field: "demand", read: .tenant { $0.history == nil ? .demand($0.demand) : nil }),
        AssumptionRow(field: "history", read: .tenant { $0.history.map(AssumptionValue.history) }),
        AssumptionRow(field: "job_mix.gpus_per_job", read: .tenant { $0.jobMix.map { .distribution($0.gpusPerJob) } }),
        AssumptionRow(field: "job_mix.hours_per_job", read: .tenant { $0.jobMix.map { .distribution($0.hoursPerJob) } }),
        AssumptionRow(field: "job_mix.walltime_factor", read: .tenant { $0.jobMix.map { .number($0.walltimeFactor) } }),
        AssumptionRow(field: "patience", read: .tenant { $0.patience.map(AssumptionValue.distribution) ?? AssumptionValue.none }),
        AssumptionRow(field: "quota_share", read: .tenant { .number($0.quotaShare) }),
        AssumptionRow(field: "priority", read: .tenant { .number(Double($0.priority)) }),
        AssumptionRow(field: "software_efficiency", read: .tenant { .efficiency($0) }),
        AssumptionRow(field: "checkpoint_interval_hours", read: .tenant { .optional($0.checkpointIntervalHours) }),
        AssumptionRow(field: "price_eur_per_gpu_hour", read: .tenant { .number($0.priceEURPerGPUHour) }),
    ]
}
