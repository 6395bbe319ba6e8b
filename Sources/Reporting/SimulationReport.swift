import FacilitySimulation
import FactoryModel
import SimulationKernel

/// The simulator's output files as text: `monthly.csv`, `vendors.csv`, `tenants.csv`,
/// `jobs.csv` and `summary.json`.
///
/// The CSV files describe one replication (the first, whose seed is the scenario seed), so each
/// row is internally consistent: busy + idle + down = available. `summary.json` gives every
/// headline figure's mean and 95 % confidence interval over all replications. Numbers use `.`
/// as the decimal mark and a fixed number of decimals per column, so files diff cleanly.
public enum SimulationReport {
    /// The columns of `monthly.csv`.
    public static let monthlyColumns = [
        "month", "installed_gpus", "powered_gpus", "stranded_gpus", "available_gpu_hours", "busy_gpu_hours",
        "idle_gpu_hours", "down_gpu_hours", "utilisation", "demand_gpu_hours", "delivered_gpu_hours",
        "delivered_reference_gpu_hours", "lost_gpu_hours", "jobs_submitted", "jobs_started", "jobs_completed",
        "jobs_failed", "jobs_rejected", "queue_length_mean", "wait_mean_hours", "wait_p50_hours", "wait_p95_hours", "it_energy_mwh",
        "facility_energy_mwh", "peak_facility_mw", "pue", "carbon_t", "heat_reused_mwh",
    ]

    /// The columns of `vendors.csv`.
    public static let vendorColumns = ["month", "vendor", "installed_gpus", "powered_gpus"]

    /// One row per month and vendor of the facility's models (in `Vendor` order): GPUs installed
    /// and powered at the month's end. Per month they add up to monthly.csv's `installed_gpus`
    /// and `powered_gpus`; the briefing draws its by-vendor chart from them.
    public static func vendorsCSV(_ result: ReplicationResult) -> String {
        var writer = CSVWriter()
        writer.appendRow(vendorColumns)
        for row in result.monthly {
            for entry in row.vendorGPUs {
                writer.appendRow([row.month.description, entry.vendor.rawValue, String(entry.installed), String(entry.powered)])
            }
        }
        return writer.text
    }

    /// One row per month. `demand_gpu_hours` is in reference-GPU-hours, as scenarios state demand.
    public static func monthlyCSV(_ result: ReplicationResult) -> String {
        var writer = CSVWriter()
        writer.appendRow(monthlyColumns)
        for row in result.monthly {
            writer.appendRow([
                row.month.description, String(row.installedGPUs), String(row.poweredGPUs), String(row.strandedGPUs),
                hours(row.availableGPUHours), hours(row.busyGPUHours), hours(row.idleGPUHours), hours(row.downGPUHours),
                share(row.utilisation), hours(row.demandReferenceGPUHours), hours(row.deliveredGPUHours),
                hours(row.deliveredReferenceGPUHours), hours(row.lostGPUHours), String(row.jobsSubmitted),
                String(row.jobsStarted), String(row.jobsCompleted), String(row.jobsFailed), String(row.jobsRejected),
                share(row.queueLengthMean), hours(row.waitMeanHours), hours(row.waitP50Hours), hours(row.waitP95Hours), energy(row.itEnergyMWh),
                energy(row.facilityEnergyMWh), energy(row.peakFacilityMW), share(row.pue), energy(row.carbonTonnes),
                energy(row.heatReusedMWh),
            ])
        }
        return writer.text
    }

    /// The columns of `tenants.csv`.
    public static let tenantColumns = [
        "month", "tenant", "demand_gpu_hours", "delivered_gpu_hours", "delivered_reference_gpu_hours",
        "jobs_submitted", "jobs_completed", "wait_mean_hours", "wait_p50_hours", "wait_p95_hours", "queue_length_end",
    ]

    /// One row per month and tenant, tenants in scenario order.
    public static func tenantsCSV(_ result: ReplicationResult) -> String {
        var writer = CSVWriter()
        writer.appendRow(tenantColumns)
        for month in result.tenantMonthly {
            for row in month {
                writer.appendRow([
                    row.month.description, row.tenant, hours(row.demandReferenceGPUHours), hours(row.deliveredGPUHours),
                    hours(row.deliveredReferenceGPUHours), String(row.jobsSubmitted), String(row.jobsCompleted),
                    hours(row.waitMeanHours), hours(row.waitP50Hours), hours(row.waitP95Hours), String(row.queueLengthEnd),
                ])
            }
        }
        return writer.text
    }

    /// The columns of `jobs.csv`.
    public static let jobColumns = ["job_id", "tenant", "pool", "gpus", "submit_s", "start_s", "end_s", "status"]

    /// One row per run of each job (a job killed by a failure has a `killed_requeued` row per
    /// ended run). Times in seconds since the horizon start with three decimals; empty when
    /// the job never started or has not ended.
    public static func jobsCSV(_ runs: [JobRun]) -> String {
        var writer = CSVWriter()
        writer.appendRow(jobColumns)
        for run in runs {
            writer.appendRow([
                String(run.jobID), run.tenant, run.pool, String(run.gpus), seconds(run.submitMs),
                run.startMs < 0 ? "" : seconds(run.startMs), run.endMs < 0 ? "" : seconds(run.endMs), run.status.reportWord,
            ])
        }
        return writer.text
    }

    static func hours(_ value: Double) -> String { NumberText.fixed(value, decimals: 3) }
    static func share(_ value: Double) -> String { NumberText.fixed(value, decimals: 6) }
    static func energy(_ value: Double) -> String { NumberText.fixed(value, decimals: 3) }

    /// Milliseconds as seconds with exactly three decimals, from integers (no rounding error).
    static func seconds(_ milliseconds: Int64) -> String {
        let sign = milliseconds < 0 ? "-" : ""
        let magnitude = milliseconds.magnitude
        let fraction = String(magnitude % 1000)
        return "\(sign)\(magnitude / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }
}
