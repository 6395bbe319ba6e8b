import Foundation
import FacilitySimulation
import FactoryModel
import SimulationKernel

/// The simulator's output files as text: `monthly.csv`, `vendors.csv`, `tenants.csv`,
/// `interruptions.csv`, `jobs.csv` (and `summary.json`, `SimulationSummary`).
///
/// `monthly.csv` and `tenants.csv` give each figure's mean over the replications, as
/// `summary.json` does, with 95 % interval columns (`<name>_ci95_lower`, `<name>_ci95_upper`)
/// for the figures that vary (`monthlySpread`, `tenantSpread`); whole-number columns hold the
/// mean rounded to a whole number. Means are linear, so a mean row stays consistent: busy +
/// idle + down = available, up to the last decimal. `simulate --per-replication` also writes
/// each replication's own files (the tables without intervals). Numbers have a fixed number of
/// decimals per column (the column tables below), so files diff cleanly; the dialect is chosen
/// by the caller.
public enum SimulationReport {
    /// The columns of `monthly.csv`, one row per month (`MonthlyFigures`). Work and demand
    /// columns named `reference` are in reference-GPU-hours, as scenarios state demand.
    /// Utilisation comes on three bases (docs/reports.md): over installed GPUs (the headline),
    /// over powered GPUs and over GPUs up.
    public static let monthlyTable = CSVColumns<MonthlyFigures>([
        .month("month", \.month),
        .count("installed_gpus", unit: "GPUs", \.installedGPUs),
        .count("powered_gpus", unit: "GPUs", \.poweredGPUs),
        .count("stranded_gpus", unit: "GPUs", \.strandedGPUs),
        .number("stranded_depreciation_eur", unit: "EUR", decimals: 2, \.strandedDepreciationEUR),
        .number("installed_gpu_hours", unit: "GPU-hours", decimals: 3, \.installedGPUHours),
        .number("available_gpu_hours", unit: "GPU-hours", decimals: 3, \.availableGPUHours),
        .number("busy_gpu_hours", unit: "GPU-hours", decimals: 3, \.busyGPUHours),
        .number("idle_gpu_hours", unit: "GPU-hours", decimals: 3, \.idleGPUHours),
        .number("down_gpu_hours", unit: "GPU-hours", decimals: 3, \.downGPUHours),
        .number("utilisation_installed", unit: "share 0…1", decimals: 6, \.utilisationInstalled),
        .number("utilisation_powered", unit: "share 0…1", decimals: 6, \.utilisation),
        .number("utilisation_up", unit: "share 0…1", decimals: 6, \.utilisationUp),
        .number("expected_demand_reference_gpu_hours", unit: "reference-GPU-hours", decimals: 3, \.demandReferenceGPUHours),
        .number("submitted_reference_gpu_hours", unit: "reference-GPU-hours", decimals: 3, \.submittedReferenceGPUHours),
        .number("delivered_gpu_hours", unit: "GPU-hours", decimals: 3, \.deliveredGPUHours),
        .number("delivered_reference_gpu_hours", unit: "reference-GPU-hours", decimals: 3, \.deliveredReferenceGPUHours),
        .number("served_reference_gpu_hours", unit: "reference-GPU-hours", decimals: 3, \.servedReferenceGPUHours),
        .number("unserved_reference_gpu_hours", unit: "reference-GPU-hours", decimals: 3, \.unservedReferenceGPUHours),
        .number("abandoned_reference_gpu_hours", unit: "reference-GPU-hours", decimals: 3, \.abandonedReferenceGPUHours),
        .number("lost_gpu_hours", unit: "GPU-hours", decimals: 3, \.lostGPUHours),
        .count("jobs_submitted", unit: "jobs", \.jobsSubmitted),
        .count("jobs_started", unit: "jobs", \.jobsStarted),
        .count("jobs_completed", unit: "jobs", \.jobsCompleted),
        .count("jobs_abandoned", unit: "jobs", \.jobsAbandoned),
        .count("jobs_failed", unit: "jobs", \.jobsFailed),
        .count("jobs_rejected", unit: "jobs", \.jobsRejected),
        .number("queue_length_mean", unit: "jobs", decimals: 6, \.queueLengthMean),
        .number("wait_mean_hours", unit: "hours", decimals: 3, \.waitMeanHours),
        .number("wait_p50_hours", unit: "hours", decimals: 3, \.waitP50Hours),
        .number("wait_p95_hours", unit: "hours", decimals: 3, \.waitP95Hours),
        .number("it_energy_mwh", unit: "MWh", decimals: 3, \.itEnergyMWh),
        .number("facility_energy_mwh", unit: "MWh", decimals: 3, \.facilityEnergyMWh),
        .number("peak_facility_mw", unit: "MW", decimals: 3, \.peakFacilityMW),
        .number("pue", unit: "ratio", decimals: 6, \.pue),
        .number("carbon_t", unit: "tonnes CO2", decimals: 3, \.carbonTonnes),
        .number("heat_reused_mwh", unit: "MWh", decimals: 3, \.heatReusedMWh),
    ])

    /// The monthly figures that vary from one replication to the next and get a 95 % interval:
    /// utilisation on its three bases, work delivered and abandoned, waits and energy.
    public static let monthlySpread = [
        "utilisation_installed", "utilisation_powered", "utilisation_up", "delivered_gpu_hours", "delivered_reference_gpu_hours",
        "abandoned_reference_gpu_hours", "jobs_abandoned", "wait_mean_hours", "wait_p50_hours", "wait_p95_hours",
        "it_energy_mwh", "facility_energy_mwh",
    ]

    /// The columns of `monthly.csv` over replications: `monthlyTable` with interval columns.
    public static let monthlyMeanTable = monthlyTable.withIntervals(monthlySpread)

    /// The columns of `monthly.csv`.
    public static var monthlyColumns: [String] { monthlyMeanTable.names }

    /// One replication's rows, one per month (see `monthlyTable`): `--per-replication`'s file.
    public static func monthlyCSV(_ result: ReplicationResult, dialect: CSVDialect = .rfc4180) -> String {
        monthlyTable.text(result.monthly, dialect: dialect)
    }

    /// `monthly.csv`: one row per month, the means over the replications with intervals.
    public static func monthlyCSV(_ means: ReplicationMeans, dialect: CSVDialect = .rfc4180) -> String {
        monthlyMeanTable.text(means.monthly, dialect: dialect)
    }

    /// The columns of `vendors.csv`, one row per month and vendor (`VendorMonth`).
    public static let vendorTable = CSVColumns<VendorMonth>([
        .month("month", \.month),
        CSVColumn("vendor", unit: "text", write: { $0.vendor.rawValue }, read: { row, cell in
            guard let vendor = Vendor(rawValue: cell.text) else {
                throw cell.error("column `vendor`: `\(cell.text)` is not a vendor (\(Vendor.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            row.vendor = vendor
        }),
        .count("installed_gpus", unit: "GPUs", \.installedGPUs),
        .count("powered_gpus", unit: "GPUs", \.poweredGPUs),
    ])

    /// The columns of `vendors.csv`.
    public static var vendorColumns: [String] { vendorTable.names }

    /// One row per month and vendor of the facility's models (in `Vendor` order): GPUs installed
    /// and powered at the month's end. Per month they add up to monthly.csv's `installed_gpus`
    /// and `powered_gpus`; the briefing draws its by-vendor chart from them.
    public static func vendorsCSV(_ result: ReplicationResult, dialect: CSVDialect = .rfc4180) -> String {
        vendorTable.text(VendorMonth.rows(result.monthly), dialect: dialect)
    }

    /// The columns of `interruptions.csv`, one row per month and cause (`InterruptionMonth`):
    /// what unplanned interruptions (GPU hardware, other hardware, network, software) and
    /// planned maintenance cost. Per month the causes add up to monthly.csv's `jobs_failed`,
    /// `lost_gpu_hours` and `down_gpu_hours`.
    public static let interruptionTable = CSVColumns<InterruptionMonth>([
        .month("month", \.month),
        CSVColumn("cause", unit: "text", write: { $0.cause.reportName }, read: { row, cell in
            guard let cause = InterruptionCause(reportName: cell.text) else {
                throw cell.error("column `cause`: `\(cell.text)` is not a cause (\(InterruptionCause.allCases.map(\.reportName).joined(separator: ", ")))")
            }
            row.cause = cause
        }),
        .count("interruptions", unit: "interruptions", \.interruptions),
        .count("jobs_killed", unit: "jobs", \.jobsKilled),
        .number("lost_gpu_hours", unit: "GPU-hours", decimals: 3, \.lostGPUHours),
        .number("down_gpu_hours", unit: "GPU-hours", decimals: 3, \.downGPUHours),
    ])

    /// The interruption figures that get a 95 % interval: all of them.
    public static let interruptionSpread = ["interruptions", "jobs_killed", "lost_gpu_hours", "down_gpu_hours"]

    /// The columns of `interruptions.csv` over replications, with interval columns.
    public static let interruptionMeanTable = interruptionTable.withIntervals(interruptionSpread)

    /// One replication's `interruptions.csv` (`--per-replication`'s file).
    public static func interruptionsCSV(_ result: ReplicationResult, dialect: CSVDialect = .rfc4180) -> String {
        interruptionTable.text(result.interruptions, dialect: dialect)
    }

    /// `interruptions.csv`: one row per month and cause, the means over the replications.
    public static func interruptionsCSV(_ means: ReplicationMeans, dialect: CSVDialect = .rfc4180) -> String {
        interruptionMeanTable.text(means.interruptions, dialect: dialect)
    }

    /// The columns of `tenants.csv`, one row per month and tenant (`TenantMonthFigures`).
    /// Submitted work splits into served (done within the horizon) and unserved (abandoned,
    /// rejected, or unfinished at its end), both credited to the submit month; `served_share`
    /// is served ÷ submitted and so never exceeds 1. The expected demand (the curve) is its
    /// own column: random arrivals make the submitted work differ from it.
    public static let tenantTable = CSVColumns<TenantMonthFigures>([
        .month("month", \.month),
        .text("tenant", \.tenant),
        .number("expected_demand_reference_gpu_hours", unit: "reference-GPU-hours", decimals: 3, \.demandReferenceGPUHours),
        .number("submitted_reference_gpu_hours", unit: "reference-GPU-hours", decimals: 3, \.submittedReferenceGPUHours),
        .number("started_reference_gpu_hours", unit: "reference-GPU-hours", decimals: 3, \.startedReferenceGPUHours),
        .number("abandoned_reference_gpu_hours", unit: "reference-GPU-hours", decimals: 3, \.abandonedReferenceGPUHours),
        .number("rejected_reference_gpu_hours", unit: "reference-GPU-hours", decimals: 3, \.rejectedReferenceGPUHours),
        .number("served_reference_gpu_hours", unit: "reference-GPU-hours", decimals: 3, \.servedReferenceGPUHours),
        .number("unserved_reference_gpu_hours", unit: "reference-GPU-hours", decimals: 3, \.unservedReferenceGPUHours),
        .derived("served_share", unit: "share 0…1", decimals: 6) {
            NumberText.fixed($0.submittedReferenceGPUHours > 0 ? $0.servedReferenceGPUHours / $0.submittedReferenceGPUHours : 0, decimals: 6)
        },
        .number("delivered_gpu_hours", unit: "GPU-hours", decimals: 3, \.deliveredGPUHours),
        .number("delivered_reference_gpu_hours", unit: "reference-GPU-hours", decimals: 3, \.deliveredReferenceGPUHours),
        .count("jobs_submitted", unit: "jobs", \.jobsSubmitted),
        .count("jobs_started", unit: "jobs", \.jobsStarted),
        .count("jobs_abandoned", unit: "jobs", \.jobsAbandoned),
        .count("jobs_rejected", unit: "jobs", \.jobsRejected),
        .count("jobs_completed", unit: "jobs", \.jobsCompleted),
        .number("wait_mean_hours", unit: "hours", decimals: 3, \.waitMeanHours),
        .number("wait_p50_hours", unit: "hours", decimals: 3, \.waitP50Hours),
        .number("wait_p95_hours", unit: "hours", decimals: 3, \.waitP95Hours),
        .count("queue_length_end", unit: "jobs", \.queueLengthEnd),
    ])

    /// The tenant-month figures that vary and get a 95 % interval: work submitted, served,
    /// abandoned and delivered, jobs abandoned, and waits.
    public static let tenantSpread = [
        "submitted_reference_gpu_hours", "abandoned_reference_gpu_hours", "served_reference_gpu_hours",
        "delivered_gpu_hours", "delivered_reference_gpu_hours", "jobs_abandoned",
        "wait_mean_hours", "wait_p50_hours", "wait_p95_hours",
    ]

    /// The columns of `tenants.csv` over replications: `tenantTable` with interval columns.
    public static let tenantMeanTable = tenantTable.withIntervals(tenantSpread)

    /// The columns of `tenants.csv`.
    public static var tenantColumns: [String] { tenantMeanTable.names }

    /// One replication's rows, per month and tenant in scenario order: `--per-replication`'s file.
    public static func tenantsCSV(_ result: ReplicationResult, dialect: CSVDialect = .rfc4180) -> String {
        tenantTable.text(result.tenantMonthly.joined(), dialect: dialect)
    }

    /// `tenants.csv`: one row per month and tenant, the means over the replications with intervals.
    public static func tenantsCSV(_ means: ReplicationMeans, dialect: CSVDialect = .rfc4180) -> String {
        tenantMeanTable.text(means.tenantMonths, dialect: dialect)
    }

    /// The columns of `jobs.csv`, one row per run of a job (`JobRun`); written, never read back.
    /// Times in seconds since the horizon start with three decimals; empty when the job never
    /// started or has not ended.
    public static let jobTable = CSVColumns<JobRun>([
        .derived("job_id", unit: "id") { String($0.jobID) },
        .derived("tenant", unit: "text") { $0.tenant },
        .derived("pool", unit: "text") { $0.pool },
        .derived("gpus", unit: "GPUs") { String($0.gpus) },
        .derived("submit_s", unit: "seconds", decimals: 3) { seconds($0.submitMs) },
        .derived("start_s", unit: "seconds", decimals: 3) { $0.startMs < 0 ? "" : seconds($0.startMs) },
        .derived("end_s", unit: "seconds", decimals: 3) { $0.endMs < 0 ? "" : seconds($0.endMs) },
        .derived("status", unit: "text") { $0.status.reportWord },
    ])

    /// The columns of `jobs.csv`.
    public static var jobColumns: [String] { jobTable.names }

    /// One row per run of each job (a job killed by a failure has a `killed_requeued` row per
    /// ended run).
    public static func jobsCSV(_ runs: [JobRun], dialect: CSVDialect = .rfc4180) -> String {
        jobTable.text(runs, dialect: dialect)
    }

    /// Milliseconds as seconds with exactly three decimals, from integers (no rounding error).
    static func seconds(_ milliseconds: Int64) -> String {
        let sign = milliseconds < 0 ? "-" : ""
        let magnitude = milliseconds.magnitude
        let fraction = String(magnitude % 1000)
        return "\(sign)\(magnitude / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }
}

/// One row of `vendors.csv`: one vendor's GPUs installed and powered at a month's end.
///
/// `MonthlyFigures.vendorGPUs` flattened to rows (that type has no public initialiser, so the
/// folder reader cannot rebuild it; see `OutputResults.vendorMonths`).
public struct VendorMonth: Sendable, Equatable {
    /// The month.
    public var month: Month
    /// The vendor.
    public var vendor: Vendor
    /// GPUs installed at the month's end.
    public var installedGPUs: Int
    /// GPUs with power at the month's end.
    public var poweredGPUs: Int

    /// A row from its values.
    public init(month: Month, vendor: Vendor, installedGPUs: Int, poweredGPUs: Int) {
        self.month = month
        self.vendor = vendor
        self.installedGPUs = installedGPUs
        self.poweredGPUs = poweredGPUs
    }

    /// The rows of `monthly`: months in order, each month's vendors in `Vendor` order.
    public static func rows(_ monthly: [MonthlyFigures]) -> [VendorMonth] {
        monthly.flatMap { month in
            month.vendorGPUs.map { VendorMonth(month: month.month, vendor: $0.vendor, installedGPUs: $0.installed, poweredGPUs: $0.powered) }
        }
    }
}
