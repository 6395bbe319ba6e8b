import FactoryModel

/// What a briefing is made from: the files of an `aifactory simulate` or `aifactory plan`
/// output folder, parsed and checked.
///
/// Read from texts, not from disk (`BriefingInputs(files:)`), so that Reporting stays free of
/// file I/O; the command reads the folder.
public struct BriefingInputs: Sendable {
    /// One row of `monthly.csv` (the first replication): the facility in one month.
    public struct FacilityMonth: Sendable {
        /// The calendar month.
        public let month: Month
        /// GPUs in service, all vendors.
        public let installedGPUs: Int
        /// GPUs the grid connection can power.
        public let poweredGPUs: Int
        /// Installed GPUs left dark by the grid limit.
        public let strandedGPUs: Int
        /// GPU-hours the powered GPUs could work, and the hours they were busy.
        public let availableGPUHours, busyGPUHours: Double
        /// Busy ÷ available GPU-hours, 0…1.
        public let utilisation: Double
        /// Highest facility power drawn in the month, MW.
        public let peakFacilityMW: Double
    }

    /// One row of `tenants.csv`: one tenant's demand and service in one month.
    public struct TenantMonth: Sendable {
        /// The calendar month.
        public let month: Month
        /// The tenant's name as written in the file.
        public let tenant: String
        /// Demand, reference-GPU-hours.
        public let demandReferenceGPUHours: Double
        /// Work delivered, reference-GPU-hours (comparable with demand).
        public let deliveredReferenceGPUHours: Double
    }

    /// One row of `finance.csv`: money in one calendar year (or the `total` row), euros.
    public struct FinanceYear: Sendable {
        /// The year as written (`2027`, or `total`).
        public let year: String
        /// Capex by category, euros.
        public let capexComputeEUR, capexCoolingEUR, capexBuildingEUR, capexGridEUR, capexNetworkingStorageEUR, capexTotalEUR: Double
        /// Who funds the year's capex, euros.
        public let euFundingEUR, nationalFundingEUR, otherFundingEUR: Double
        /// Opex by kind, euros.
        public let opexElectricityEUR, opexStaffEUR, opexMaintenanceEUR, opexOtherEUR: Double
        /// Revenue from heat sold and from tenants, euros.
        public let heatRevenueEUR, tenantRevenueEUR: Double
        /// Capex + opex − revenue, euros; and the same discounted to the horizon start.
        public let netCostEUR, discountedNetCostEUR: Double
    }

    /// One row of `funding.csv`: what one funder pays of one capex category.
    public struct FundingShare: Sendable {
        /// The funder's name as written.
        public let funder: String
        /// The category (`compute`, …, `opex`, `total`).
        public let category: String
        /// Euros paid.
        public let amountEUR: Double
        /// The funder's part of the category, 0…1.
        public let share: Double
    }

    /// One row of `vendors.csv`: one vendor's GPUs installed and powered at a month's end.
    public struct VendorMonth: Sendable {
        /// The month.
        public let month: Month
        /// The vendor as written (`nvidia`, `amd`, …).
        public let vendor: String
        /// GPUs installed and GPUs with power.
        public let installedGPUs, poweredGPUs: Int
    }

    /// One row of `buildout.csv` (plan folders): nodes bought and put in service in a month.
    public struct Purchase: Sendable {
        /// The month the nodes go into service.
        public let month: Month
        /// Catalog model id, vendor and counts as written.
        public let model, vendor: String
        /// Nodes and GPUs bought.
        public let nodes, gpus: Int
        /// The purchase's capex, euros.
        public let capexEUR: Double
    }

    /// One row of `forecast.csv` (plan folders): forecast utilisation with its 95 % band, 0…1.
    public struct ForecastMonth: Sendable {
        /// The calendar month.
        public let month: Month
        /// Central forecast and 95 % band of utilisation, 0…1.
        public let utilisation, utilisationLow95, utilisationHigh95: Double
    }

    /// One row of `rounds.csv` (plan folders): one plan–simulate round.
    public struct PlanRound: Sendable {
        /// The round's number, from 1.
        public let round: Int
        /// The utilisation the round planned for, 0…1.
        public let targetUtilisation: Double
        /// The solver's status as written (`optimal`, …).
        public let status: String
        /// GPUs in the round's plan.
        public let gpus: Int
        /// The capex of the round's plan, euros.
        public let capexEUR: Double
        /// The utilisation its simulation reached, 0…1.
        public let simulatedUtilisation: Double
        /// The tenant with the longest p95 wait, as written (may be empty).
        public let worstTenant: String
        /// That tenant's p95 wait, hours; nil when the file leaves it empty.
        public let worstP95WaitHours: Double?
        /// True when the round met the wait and utilisation targets.
        public let meetsTargets: Bool
    }

    /// One row of `tornado.csv` (`aifactory sensitivity`): one figure's values with one input
    /// moved down and up, the other inputs at the scenario's values.
    public struct SensitivityRow: Sendable {
        /// The 1-based line of the row in `tornado.csv`.
        public let line: Int
        /// The headline figure (`cost_per_gpu_hour_eur`, `research.wait_p95_hours`) and the
        /// input's field path, as written.
        public let figure, input: String
        /// The input's value in the scenario and the two values tried, in the input's unit.
        public let baseValue, lowValue, highValue: Double
        /// The figure with the input at its base, low and high value (mean over the run's
        /// replications); nil where that run was invalid or the figure undefined.
        public let figureAtBase, figureAtLow, figureAtHigh: Double?
        /// |figure at high − figure at low|; nil when either run was invalid.
        public let swing: Double?
        /// Why a run was invalid, as written; empty when both ran.
        public let note: String

        /// True when the row can be drawn as a bar: both runs and the base gave the figure.
        public var isDrawable: Bool { figureAtBase != nil && figureAtLow != nil && figureAtHigh != nil }
    }

    /// The facility's months, in file order.
    public let months: [FacilityMonth]
    /// Tenant months, in file order.
    public let tenantMonths: [TenantMonth]
    /// The tenants in the order they first appear in `tenants.csv` (scenario order).
    public let tenants: [String]
    /// Finance years in file order, the `total` row (if any) last.
    public let financeYears: [FinanceYear]
    /// Funding rows in file order.
    public let funding: [FundingShare]
    /// `summary.json`: the headline figures.
    public let summary: BriefingSummary
    /// Purchases (`buildout.csv`); empty for a simulation folder.
    public let purchases: [Purchase]
    /// The forecast (`forecast.csv`); empty when the folder has none.
    public let forecast: [ForecastMonth]
    /// Plan rounds (`rounds.csv`); empty for a simulation folder.
    public let rounds: [PlanRound]
    /// The sensitivity study (`tornado.csv`) in file order; empty when the folder has none.
    public let sensitivity: [SensitivityRow]
    /// GPUs installed and powered by vendor and month (`vendors.csv`); empty when absent.
    public let vendorMonths: [VendorMonth]
    /// The grid connection, MW from given months on; empty when not known (it is in the
    /// scenario, not in the output files).
    public let gridConnectionMW: [MonthlyStep]
    /// True for an `aifactory plan` folder (it has `buildout.csv`).
    public var isPlan: Bool { !purchases.isEmpty || !rounds.isEmpty }

    /// The files every folder must hold.
    public static let requiredFiles = ["monthly.csv", "tenants.csv", "finance.csv", "funding.csv", "summary.json"]
    /// The files read when present: `vendors.csv` (written by simulate and plan; older folders
    /// lack it), a plan folder's, and `tornado.csv` of `aifactory sensitivity`.
    public static let optionalFiles = ["vendors.csv", "buildout.csv", "forecast.csv", "rounds.csv", "tornado.csv"]

    /// Parses the folder's files, given as name → text.
    ///
    /// - Parameters:
    ///   - files: the texts of `requiredFiles` and any of `optionalFiles`.
    ///   - gridConnectionMW: the scenario's grid connection steps, when the caller knows them.
    /// - Throws: `BriefingInputError` naming the file and line of the first problem.
    public init(files: [String: String], gridConnectionMW: [MonthlyStep] = []) throws {
        for name in Self.requiredFiles where files[name] == nil {
            throw BriefingInputError(file: name, line: nil, message: "missing from the folder; it is written by aifactory simulate and aifactory plan")
        }
        months = try Self.facilityMonths(BriefingCSV(file: "monthly.csv", text: files["monthly.csv"]!))
        tenantMonths = try Self.tenantMonths(BriefingCSV(file: "tenants.csv", text: files["tenants.csv"]!))
        var seen = Set<String>(), order: [String] = []
        for row in tenantMonths where seen.insert(row.tenant).inserted { order.append(row.tenant) }
        tenants = order
        financeYears = try Self.financeYears(BriefingCSV(file: "finance.csv", text: files["finance.csv"]!))
        funding = try Self.fundingShares(BriefingCSV(file: "funding.csv", text: files["funding.csv"]!))
        summary = try BriefingSummary(file: "summary.json", text: files["summary.json"]!)
        vendorMonths = try files["vendors.csv"].map { try Self.vendorMonths(BriefingCSV(file: "vendors.csv", text: $0)) } ?? []
        purchases = try files["buildout.csv"].map { try Self.purchases(BriefingCSV(file: "buildout.csv", text: $0)) } ?? []
        forecast = try files["forecast.csv"].map { try Self.forecastMonths(BriefingCSV(file: "forecast.csv", text: $0)) } ?? []
        rounds = try files["rounds.csv"].map { try Self.planRounds(BriefingCSV(file: "rounds.csv", text: $0)) } ?? []
        sensitivity = try files["tornado.csv"].map { try Self.sensitivityRows(BriefingCSV(file: "tornado.csv", text: $0)) } ?? []
        self.gridConnectionMW = gridConnectionMW
        guard !months.isEmpty else { throw BriefingInputError(file: "monthly.csv", line: 2, message: "no months: the file has only its header") }
    }
}
