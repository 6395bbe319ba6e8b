import FactoryModel

/// Reading each CSV file into rows; every error names the file, the line and the column.
extension BriefingInputs {
    static func facilityMonths(_ csv: BriefingCSV) throws -> [FacilityMonth] {
        var previous: Month? = nil
        return try csv.rows(requiring: ["month", "installed_gpus", "powered_gpus", "stranded_gpus", "available_gpu_hours", "busy_gpu_hours",
                                          "utilisation", "peak_facility_mw"]) { row in
            let month = try row.month("month")
            if let previous, month <= previous { throw row.error("month \(month) does not follow \(previous); months must increase") }
            previous = month
            return FacilityMonth(
                month: month, installedGPUs: try row.count("installed_gpus"), poweredGPUs: try row.count("powered_gpus"),
                strandedGPUs: try row.count("stranded_gpus"), availableGPUHours: try row.number("available_gpu_hours"),
                busyGPUHours: try row.number("busy_gpu_hours"), utilisation: try row.number("utilisation"),
                peakFacilityMW: try row.number("peak_facility_mw"))
        }
    }

    static func tenantMonths(_ csv: BriefingCSV) throws -> [TenantMonth] {
        try csv.rows(requiring: ["month", "tenant", "demand_gpu_hours", "delivered_reference_gpu_hours"]) { row in
            TenantMonth(
                month: try row.month("month"), tenant: try row.text("tenant"),
                demandReferenceGPUHours: try row.number("demand_gpu_hours"),
                deliveredReferenceGPUHours: try row.number("delivered_reference_gpu_hours"))
        }
    }

    static func financeYears(_ csv: BriefingCSV) throws -> [FinanceYear] {
        try csv.rows(requiring: FinanceReport.financeColumns.filter { $0 != "eu_opex_funding_eur" }) { row in
            let year = try row.text("year")
            guard year == "total" || (year.count == 4 && Int(year) != nil) else {
                throw row.error("column `year`: `\(year)` is neither a year nor `total`")
            }
            return FinanceYear(
                year: year, capexComputeEUR: try row.number("capex_compute_eur"), capexCoolingEUR: try row.number("capex_cooling_eur"),
                capexBuildingEUR: try row.number("capex_building_eur"), capexGridEUR: try row.number("capex_grid_eur"),
                capexNetworkingStorageEUR: try row.number("capex_other_eur"), capexTotalEUR: try row.number("capex_total_eur"),
                euFundingEUR: try row.number("eu_funding_eur"), nationalFundingEUR: try row.number("national_funding_eur"),
                otherFundingEUR: try row.number("other_funding_eur"), opexElectricityEUR: try row.number("opex_electricity_eur"),
                opexStaffEUR: try row.number("opex_staff_eur"), opexMaintenanceEUR: try row.number("opex_maintenance_eur"),
                opexOtherEUR: try row.number("opex_other_eur"), heatRevenueEUR: try row.number("heat_revenue_eur"),
                tenantRevenueEUR: try row.number("tenant_revenue_eur"), netCostEUR: try row.number("net_cost_eur"),
                discountedNetCostEUR: try row.number("discounted_net_cost_eur"))
        }
    }

    static func fundingShares(_ csv: BriefingCSV) throws -> [FundingShare] {
        try csv.rows(requiring: FinanceReport.fundingColumns) { row in
            FundingShare(funder: try row.text("funder"), category: try row.text("category"),
                         amountEUR: try row.number("amount_eur"), share: try row.number("share"))
        }
    }

    static func vendorMonths(_ csv: BriefingCSV) throws -> [VendorMonth] {
        try csv.rows(requiring: SimulationReport.vendorColumns) { row in
            VendorMonth(month: try row.month("month"), vendor: try row.text("vendor"),
                        installedGPUs: try row.count("installed_gpus"), poweredGPUs: try row.count("powered_gpus"))
        }
    }

    static func purchases(_ csv: BriefingCSV) throws -> [Purchase] {
        try csv.rows(requiring: ["month", "model", "vendor", "nodes", "gpus", "capex_eur"]) { row in
            Purchase(month: try row.month("month"), model: try row.text("model"), vendor: try row.text("vendor"),
                     nodes: try row.count("nodes"), gpus: try row.count("gpus"), capexEUR: try row.number("capex_eur"))
        }
    }

    static func forecastMonths(_ csv: BriefingCSV) throws -> [ForecastMonth] {
        try csv.rows(requiring: ["month", "utilisation_forecast", "utilisation_lo95", "utilisation_hi95"]) { row in
            ForecastMonth(month: try row.month("month"), utilisation: try row.number("utilisation_forecast"),
                          utilisationLow95: try row.number("utilisation_lo95"), utilisationHigh95: try row.number("utilisation_hi95"))
        }
    }

    static func sensitivityRows(_ csv: BriefingCSV) throws -> [SensitivityRow] {
        try csv.rows(requiring: ["figure", "input", "base_value", "low_value", "high_value", "figure_at_base",
                                 "figure_at_low", "figure_at_high", "swing", "note"]) { row in
            let figure = try row.text("figure"), input = try row.text("input")
            guard !figure.isEmpty else { throw row.error("column `figure` is empty") }
            guard !input.isEmpty else { throw row.error("column `input` is empty") }
            let swing = try row.optionalNumber("swing")
            if let swing, swing < 0 { throw row.error("column `swing`: `\(try row.text("swing"))` is negative; a swing is a distance") }
            return SensitivityRow(
                line: row.record.line, figure: figure, input: input, baseValue: try row.number("base_value"),
                lowValue: try row.number("low_value"), highValue: try row.number("high_value"),
                figureAtBase: try row.optionalNumber("figure_at_base"), figureAtLow: try row.optionalNumber("figure_at_low"),
                figureAtHigh: try row.optionalNumber("figure_at_high"), swing: swing, note: try row.text("note"))
        }
    }

    static func planRounds(_ csv: BriefingCSV) throws -> [PlanRound] {
        try csv.rows(requiring: ["round", "target_utilisation", "status", "gpus", "capex_eur", "simulated_utilisation",
                                 "worst_tenant", "worst_p95_wait_hours", "meets_targets"]) { row in
            let wait = try row.text("worst_p95_wait_hours")
            let meets = try row.text("meets_targets")
            guard meets == "yes" || meets == "no" else { throw row.error("column `meets_targets`: `\(meets)` is neither yes nor no") }
            return PlanRound(
                round: try row.count("round"), targetUtilisation: try row.number("target_utilisation"), status: try row.text("status"),
                gpus: try row.count("gpus"), capexEUR: try row.number("capex_eur"),
                simulatedUtilisation: try row.number("simulated_utilisation"), worstTenant: try row.text("worst_tenant"),
                worstP95WaitHours: wait.isEmpty ? nil : try row.number("worst_p95_wait_hours"), meetsTargets: meets == "yes")
        }
    }
}

/// `summary.json`: the headline figures as means over the replications with 95 % confidence
/// intervals. Every figure is optional: the briefing shows what the file holds.
public struct BriefingSummary: Sendable {
    /// A figure's mean and 95 % interval; nil parts are `null` in the file (undefined, or one replication).
    public struct Estimate: Sendable {
        /// The mean over replications, or nil when undefined.
        public let mean: Double?
        /// The interval's lower bound; nil with one replication.
        public let lower: Double?
        /// The interval's upper bound; nil with one replication.
        public let upper: Double?
    }

    /// One tenant's figures, in file (scenario) order.
    public struct Tenant: Sendable {
        /// The tenant's name as written.
        public let name: String
        /// Figures by their `summary.json` key (`wait_p95_hours`, …).
        public let figures: [String: Estimate]
    }

    /// The scenario's name as written.
    public let scenario: String
    /// The seed of the first replication, as written; nil when absent.
    public let seed: String?
    /// How many replications the figures are over; nil when absent.
    public let replications: Int?
    /// The horizon's first and last month (`YYYY-MM`) as written; nil when absent.
    public let horizonStart, horizonEnd: String?
    /// The scheduling policy as written (`easy`, …); nil when absent.
    public let scheduler: String?
    /// Facility figures by key (`mean_utilisation`, `carbon_t`, …).
    public let facility: [String: Estimate]
    /// Finance figures by key: fixed amounts (`capex_total_eur`) as estimates without bounds.
    public let finance: [String: Estimate]
    /// Subsidy per tenant, euros, by tenant name.
    public let subsidyByTenant: [String: Estimate]
    /// Tenants in file order.
    public let tenants: [Tenant]

    /// Parses the text of `summary.json`; throws with the line of a value of the wrong kind.
    init(file: String, text: String) throws {
        let root = try BriefingJSON.parse(file: file, text: text)
        guard root.isObject else { throw BriefingInputError(file: file, line: root.line, message: "expected a JSON object") }
        guard let name = root["scenario"]?.string else {
            throw BriefingInputError(file: file, line: (root["scenario"] ?? root).line, message: "`scenario` must be a string")
        }
        scenario = name
        seed = root["seed"]?.number.map { NumberText.shortest($0) }
        replications = root["replications"]?.number.map { Int($0) }
        horizonStart = root["horizon"]?["start"]?.string
        horizonEnd = root["horizon"]?["end"]?.string
        scheduler = root["scheduler"]?.string
        facility = try Self.estimates(root["facility"], path: "facility", file: file)
        finance = try Self.estimates(root["finance"], path: "finance", file: file)
        subsidyByTenant = try Self.estimates(root["finance"]?["subsidy_per_tenant_eur"], path: "finance.subsidy_per_tenant_eur", file: file)
        var tenants: [Tenant] = []
        if let list = root["tenants"] {
            guard case .array(let elements) = list.value else {
                throw BriefingInputError(file: file, line: list.line, message: "`tenants` must be an array")
            }
            for element in elements {
                guard let tenantName = element["tenant"]?.string else {
                    throw BriefingInputError(file: file, line: element.line, message: "each tenant needs a `tenant` name")
                }
                tenants.append(Tenant(name: tenantName, figures: try Self.estimates(element, path: "tenants[\(tenants.count)]", file: file)))
            }
        }
        self.tenants = tenants
    }

    /// The figures of an object: `{"mean": …, "ci95_lower": …, "ci95_upper": …}` members, and
    /// plain numbers as estimates without bounds; other members are skipped.
    private static func estimates(_ object: BriefingJSON?, path: String, file: String) throws -> [String: Estimate] {
        guard let object else { return [:] }
        guard object.isObject else { throw BriefingInputError(file: file, line: object.line, message: "`\(path)` must be an object") }
        var result: [String: Estimate] = [:]
        for member in object.members {
            if let number = member.value.number {
                result[member.key] = Estimate(mean: number, lower: nil, upper: nil)
            } else if member.value.isObject, let mean = member.value["mean"] {
                result[member.key] = Estimate(
                    mean: try part(mean, "\(path).\(member.key).mean", file: file),
                    lower: try part(member.value["ci95_lower"], "\(path).\(member.key).ci95_lower", file: file),
                    upper: try part(member.value["ci95_upper"], "\(path).\(member.key).ci95_upper", file: file))
            }
        }
        return result
    }

    /// A number or null (nil); throws for any other value.
    private static func part(_ value: BriefingJSON?, _ path: String, file: String) throws -> Double? {
        guard let value, !value.isNull else { return nil }
        guard let number = value.number else {
            throw BriefingInputError(file: file, line: value.line, message: "`\(path)` must be a number or null")
        }
        return number
    }
}
