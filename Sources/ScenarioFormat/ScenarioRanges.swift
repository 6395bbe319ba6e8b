import FactoryModel

/// One row of the valid-range table: the fields it covers (named as `docs/scenario-format.md`
/// names them), their range, and why the range lies where it does.
///
/// The decoder reads every number through a row (`ValueReader.number(_:_:in:)`), so a field
/// cannot be checked against a range the table and the documentation do not list.
struct FieldRange: Sendable {
    /// The fields, e.g. `catalog[].repair_hours`.
    let fields: [String]
    /// The values accepted.
    let range: ValidRange
    /// Why the range ends where it does, in a sentence for the documentation.
    let reason: String
    /// The reader's own rule for the same range, when its message says more (a share's
    /// "35 % is written 0.35"); nil: the range's own messages.
    let readerRule: NumberRule?

    init(_ fields: [String], _ range: ValidRange, _ reason: String, readerRule: NumberRule? = nil) {
        self.fields = fields
        self.range = range
        self.reason = reason
        self.readerRule = readerRule
    }
}

/// The valid range of every number a scenario holds, with the reason for each.
///
/// The ends are physical (a PUE is at least 1 by definition; no data centre runs above 3) or
/// arithmetic (money counted in 64-bit cents, time in 64-bit milliseconds, GPUs in 32-bit job
/// records), and always generous: every shipped scenario and test fixture lies well inside.
/// `docs/scenario-format.md`, section "Valid ranges", lists the same rows; a test keeps the two
/// equal, and another sets each field to each end of its range and simulates the result.
enum ScenarioRanges {
    // MARK: Top level and horizon

    static let seed = FieldRange(["seed"], ValidRange(0, 9e15, whole: true),
        "Numbers are read as 64-bit floating point, which holds every whole number up to 2⁵³ exactly; a larger seed could silently become another.")
    /// Every month a scenario writes.
    static let months: ClosedRange<Month> = Month(year: 1950, month: 1)...Month(year: 2150, month: 12)

    // MARK: Money

    static let amountEUR = FieldRange(
        ["budget.capex_eur", "budget.eu_cofunding_cap_eur", "budget.national_cap_eur", "budget.co_funders[].amount_eur", "site.staff_cost_eur_per_year"],
        ValidRange(0, ScenarioLimits.amountEUR.value, unit: "€"),
        "Money is counted in 64-bit cents: €10 trillion (10¹⁵ cents) leaves a factor of about 9,000 for the sums of a 30-year horizon, and is a hundred times the largest national research budget.")
    static let unitPriceEUR = FieldRange(
        ["catalog[].node_price_eur", "site.grid_capex_eur_per_mw", "site.cooling.capex_eur_per_kw", "site.building.fit_out_capex_eur_per_kw", "site.software_support_eur_per_node_per_year"],
        ValidRange(0, ScenarioLimits.unitPriceEUR.value, unit: "€"),
        "A price per node, MW or kW times the most units a scenario can hold (100,000 nodes, 10,000 MW) stays within the €10 trillion amount; a node costs about €0.5 million.")
    static let energyPriceEURPerMWh = FieldRange(
        ["site.electricity.price_eur_per_mwh", "site.electricity.price_table[].price_eur_per_mwh", "site.heat_reuse.price_eur_per_mwh"],
        ValidRange(0, ScenarioLimits.energyPriceEURPerMWh.value, unit: "€ per MWh"),
        "25 times the €4,000 per MWh ceiling of the European day-ahead market; the escalated price must stay within it in every month too.")
    static let gpuHourPriceEUR = FieldRange(["tenants[].price_eur_per_gpu_hour"], ValidRange(0, ScenarioLimits.gpuHourPriceEUR.value, unit: "€"),
        "Cloud prices for the fastest GPUs are a few euros an hour; €1,000 keeps revenue inside the amount bound.")
    static let discountRate = FieldRange(["budget.discount_rate"], ValidRange(0, 1),
        "Real discount rates for public investment lie between 0 and 0.1; at 1 (100 % a year) every later year is worth almost nothing.")

    // MARK: Shares

    static let share = FieldRange(
        ["budget.eu_cofunding_share", "budget.eu_opex_cofunding_share", "budget.co_funders[].share", "site.maintenance_share_per_year", "site.maintenance_windows.share_of_nodes",
         "site.heat_reuse.fraction", "tenants[].quota_share", "planning.service_level", "planning.quota_coverage"],
        ValidRange(0, 1), "A share of a whole.", readerRule: .share)
    static let networkingShare = FieldRange(["site.networking_storage_share_of_compute"], ValidRange(0, ScenarioLimits.largeShare.value),
        "Fabric and storage cost a fraction of the compute they serve; a hundred times compute is far beyond any design.")

    // MARK: Site

    static let megawatts = FieldRange(["site.grid_connection[].mw"], ValidRange(0, ScenarioLimits.megawatts.value, unit: "MW"),
        "Ten large power stations: more than any data-centre campus planned.")
    static let hallMW = FieldRange(["site.building.max_it_mw"], ValidRange(0.001, ScenarioLimits.megawatts.value, unit: "MW"),
        "From one 1 kW node to the grid bound.")
    static let pue = FieldRange(["site.cooling.pue", "site.cooling.monthly_pue[]"], ValidRange(1, ScenarioLimits.pue.value),
        "Facility power ÷ IT power is at least 1 by definition; surveyed data centres average about 1.6 and the least efficient run near 2.5.")
    static let escalation = FieldRange(["site.electricity.price_escalation_per_year"], ValidRange(-1, 1),
        "From a price that falls to nothing to one that doubles every year.")
    static let carbon = FieldRange(["site.electricity.carbon_g_per_kwh"], ValidRange(0, 2_000, unit: "g per kWh"),
        "Lignite, the most carbon-intensive way to make electricity, emits about 1,100 g per kWh.")
    static let hardwareLife = FieldRange(["site.hardware_life_years"], ValidRange(0.1, 100, unit: "years"),
        "Accelerators are written off over three to six years.")

    // MARK: Catalog

    static let gpusPerNode = FieldRange(["catalog[].gpus_per_node", "tenants[].demand.gpus_per_processor"],
        ValidRange(1, ScenarioLimits.gpusPerNode.value, unit: "GPUs", whole: true),
        "The densest systems put 72 GPUs in one rack-scale node; 1,024 also bounds the simulator's per-GPU tables.")
    static let priceDecline = FieldRange(["catalog[].price_decline_per_year"], ValidRange(0, 0.99),
        "A price cannot fall by all of itself in a year.")
    static let idleKW = FieldRange(["catalog[].node_power_idle_kw"], ValidRange(0, ScenarioLimits.nodeKW.value, unit: "kW"),
        "A rack-scale node of 72 GPUs draws about 120 kW; 10,000 kW is eighty of them.")
    static let peakKW = FieldRange(["catalog[].node_power_peak_kw"], ValidRange(0.01, ScenarioLimits.nodeKW.value, unit: "kW"),
        "No accelerator node draws less than 10 W at full load.")
    static let relativeThroughput = FieldRange(["catalog[].relative_throughput"], ValidRange(ScenarioLimits.smallestSpeedFactor, 100),
        "Against an NVIDIA H100 (1.0) a B200 is about 2.2; below 0.01 a job's run time in milliseconds could exceed 64 bits.")
    static let failureRate = FieldRange(["catalog[].annual_failure_rate", "catalog[].interruptions.*.annual_rate"], ValidRange(0, ScenarioLimits.failuresPerYear.value),
        "Large GPU clusters see about 0.1 failures per GPU per year; 1,000 is one every nine hours.")
    static let repairHours = FieldRange(["catalog[].repair_hours", "catalog[].interruptions.*.repair_hours"], ValidRange(0, ScenarioLimits.hours.value, unit: "hours"),
        "A million hours is 114 years, longer than any horizon.")
    static let maintenanceEveryWeeks = FieldRange(["site.maintenance_windows.every_weeks"], ValidRange(1, 520, unit: "weeks", whole: true),
        "Operators service nodes every few weeks; ten years between windows is longer than any GPU's life.")
    static let maintenanceHours = FieldRange(["site.maintenance_windows.hours"], ValidRange(0, 87_360, unit: "hours"),
        "A window usually lasts 4 to 12 hours; it can be no longer than the longest time between windows, 520 weeks.")
    static let leadTime = FieldRange(["catalog[].lead_time_months"], ValidRange(0, 120, unit: "months", whole: true),
        "Ten years from order to delivery; real lead times are months.")

    // MARK: Build-out

    static let nodeCount = FieldRange(["build_out[].nodes.<model>", "tenants[].dedicated.nodes.<model>"],
        ValidRange(0, ScenarioLimits.nodeCount.value, unit: "nodes", whole: true),
        "Ten times the largest AI cluster built so far; all phases together are bounded the same way.")

    // MARK: Tenants

    static let priority = FieldRange(["tenants[].priority"], ValidRange(-1_000_000, 1_000_000, whole: true),
        "Priorities only order tenants; a million levels either way is more than any policy needs.")
    static let softwareEfficiency = FieldRange(["tenants[].software_efficiency.<vendor>"], ValidRange(ScenarioLimits.smallestSpeedFactor, 1.5),
        "Software runs at a fraction of a GPU's speed, or somewhat above the reference when tuned for it; below 0.01 run times could exceed 64-bit milliseconds.")
    static let checkpointHours = FieldRange(["tenants[].checkpoint_interval_hours"], ValidRange(0.01, ScenarioLimits.hours.value, unit: "hours"),
        "Writing a checkpoint of a large model takes minutes, so intervals are hours; below 36 seconds the interval would round towards zero milliseconds.")

    // MARK: Demand

    static let gpuHoursPerMonth = FieldRange(
        ["tenants[].demand.gpu_hours_per_month", "tenants[].demand.start_gpu_hours_per_month", "tenants[].demand.end_gpu_hours_per_month",
         "tenants[].demand.cap_gpu_hours_per_month", "tenants[].demand.steps[].gpu_hours_per_month", "tenants[].history.usage[].gpu_hours"],
        ValidRange(0, ScenarioLimits.gpuHoursPerMonth.value, unit: "GPU-hours per month"),
        "More than 100,000 nodes of 1,024 GPUs can deliver in a month.")
    static let growthRate = FieldRange(["tenants[].demand.growth_rate_per_year"], ValidRange(-1, 10),
        "From demand vanishing to elevenfold every year; frontier AI compute has grown about fourfold a year.")
    static let steepness = FieldRange(["tenants[].demand.steepness_per_year"], ValidRange(0.01, 100),
        "From a change spread over centuries to one within a week.")
    static let jobsPerHour = FieldRange(["tenants[].demand.jobs_per_hour"], ValidRange(above: 0, ScenarioLimits.jobsPerHour.value, unit: "jobs per hour"),
        "240,000 jobs a day, more than the busiest supercomputer schedulers start; every job is a record in memory (see the run's size below).")
    static let seasonality = FieldRange(["tenants[].demand.seasonality[]"], ValidRange(0, 12),
        "At 12 a month carries the whole year's demand.")

    // MARK: Job mix

    static let gpusPerJob = FieldRange(["tenants[].job_mix.gpus_per_job.value", "tenants[].job_mix.gpus_per_job.min", "tenants[].job_mix.gpus_per_job.max", "tenants[].job_mix.gpus_per_job.values[]"],
        ValidRange(1, ScenarioLimits.gpusPerJob.value, unit: "GPUs"),
        "A job cannot ask for more GPUs than the largest facility the format allows (100,000 nodes of 1,024 GPUs); this also keeps GPU counts inside the simulator's 32-bit job records.")
    static let gpusPerJobMean = FieldRange(["tenants[].job_mix.gpus_per_job.mean", "tenants[].job_mix.gpus_per_job.median"],
        ValidRange(above: 0, ScenarioLimits.gpusPerJob.value, unit: "GPUs"),
        "As above; a mean or median below 1 GPU is allowed (draws are rounded up to at least 1).")
    static let hoursPerJob = FieldRange(["tenants[].job_mix.hours_per_job.value", "tenants[].job_mix.hours_per_job.min", "tenants[].job_mix.hours_per_job.max",
         "tenants[].job_mix.hours_per_job.values[]", "tenants[].job_mix.hours_per_job.mean", "tenants[].job_mix.hours_per_job.median"],
        ValidRange(0.001, ScenarioLimits.hours.value, unit: "hours"),
        "From 3.6 seconds, shorter than any batch job, to 114 years, longer than any horizon; GPU-hours divided by shorter jobs would be an unbounded number of jobs.")
    static let sigma = FieldRange(["tenants[].job_mix.gpus_per_job.sigma", "tenants[].job_mix.hours_per_job.sigma"], ValidRange(0, 5),
        "Measured job sizes and run times have sigma between 1 and 3; at 5 one job in a thousand is five million times the median.")
    static let choiceWeight = FieldRange(["tenants[].job_mix.gpus_per_job.weights[]", "tenants[].job_mix.hours_per_job.weights[]"], ValidRange(0, 1e9),
        "Weights are relative; a billion to one is finer than any job mix is known.")
    static let walltimeFactor = FieldRange(["tenants[].job_mix.walltime_factor"], ValidRange(1, ScenarioLimits.walltimeFactor.value),
        "A request is at least the run time; users ask for two to five times it.")

    // MARK: Scheduler

    static let replications = FieldRange(["scheduler.replications"], ValidRange(1, 1_000, whole: true),
        "Confidence intervals settle within tens of replications; each replication is a whole simulation.")
    static let halfLifeDays = FieldRange(["scheduler.fairshare_half_life_days"], ValidRange(0.01, ScenarioLimits.days.value, unit: "days"),
        "From a quarter of an hour to 270 years; Slurm's default is 7 days.")
    static let backfillDepth = FieldRange(["scheduler.backfill_depth"], ValidRange(1, 1_000_000, whole: true),
        "Slurm's bf_max_job_test is 500 by default; a million examines any real queue whole.")

    // MARK: Planning

    static let stepMonths = FieldRange(["planning.step_months"], ValidRange(1, 120, unit: "months", whole: true),
        "A purchase decision at least every ten years.")
    static let targetUtilisation = FieldRange(["planning.target_utilisation"], ValidRange(0.05, 1),
        "A facility planned to stand 95 % idle is not a plan; capacity cannot be more than fully busy.")
    static let vendorShare = FieldRange(["planning.max_vendor_share"], ValidRange(above: 0, 1),
        "A share of the planned GPUs or capex; 0 would forbid every vendor.")
    static let waitHours = FieldRange(["planning.p95_wait_hours_max"], ValidRange(above: 0, ScenarioLimits.hours.value, unit: "hours"),
        "Any positive wait target, up to 114 years.")
    static let maxRounds = FieldRange(["planning.max_rounds"], ValidRange(1, 20, whole: true),
        "Each round is a branch-and-bound solve and a simulation; the target tightens geometrically, so a plan that has not settled in 20 rounds will not.")
    static let tightenFactor = FieldRange(["planning.tighten_factor"], ValidRange(0.5, 0.99),
        "Each round lowers the target utilisation by this factor: by at most half, by at least 1 %.")
    static let mipGap = FieldRange(["planning.mip_gap"], ValidRange(0, 0.1),
        "An optimality gap of more than 10 % is not an optimisation.")
    static let nodeLimit = FieldRange(["planning.node_limit"], ValidRange(1, 1_000_000, whole: true),
        "Branch-and-bound nodes per round; each is a linear program of some milliseconds, so a million is hours.")

    /// Every row, in the order of the documentation's table.
    static let all: [FieldRange] = [
        seed,
        amountEUR, unitPriceEUR, energyPriceEURPerMWh, gpuHourPriceEUR, discountRate,
        share, networkingShare,
        megawatts, hallMW, pue, escalation, carbon, hardwareLife,
        gpusPerNode, priceDecline, idleKW, peakKW, relativeThroughput, failureRate, repairHours, leadTime,
        nodeCount, maintenanceEveryWeeks, maintenanceHours,
        priority, softwareEfficiency, checkpointHours,
        gpuHoursPerMonth, growthRate, steepness, jobsPerHour, seasonality,
        gpusPerJob, gpusPerJobMean, hoursPerJob, sigma, choiceWeight, walltimeFactor,
        replications, halfLifeDays, backfillDepth,
        stepMonths, targetUtilisation, vendorShare, waitHours, maxRounds, tightenFactor, mipGap, nodeLimit,
    ]
}
