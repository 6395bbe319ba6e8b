import FactoryModel

/// What the facility did in one month of one replication.
///
/// GPU-hours are physical GPU-hours unless the name says `reference`: reference-GPU-hours
/// weigh each hour by the pool's relative throughput and the tenant's software efficiency, so
/// they compare with demand, which scenarios state in reference-GPU-hours.
public struct MonthlyFigures: Sendable, Equatable {
    /// One vendor's GPUs at a month's end.
    public struct VendorGPUs: Sendable, Equatable {
        /// The vendor.
        public var vendor: Vendor
        /// Its GPUs installed.
        public var installed: Int
        /// Its GPUs with power (installed GPUs the grid limit leaves dark are not).
        public var powered: Int
    }

    public var month: Month
    /// GPUs installed at the month's end.
    public var installedGPUs = 0
    /// GPUs with power at the month's end (the grid connection may not feed them all).
    public var poweredGPUs = 0
    /// Installed GPUs left without power at the month's end.
    public var strandedGPUs = 0
    /// Installed and powered GPUs at the month's end by vendor, one entry for every vendor of
    /// the facility's catalog models (in `Vendor` order), zero before its nodes arrive. They
    /// add up to `installedGPUs` and `poweredGPUs`.
    public var vendorGPUs: [VendorGPUs] = []
    /// Powered GPU-hours: busy + idle + down.
    public var availableGPUHours = 0.0
    /// GPU-hours occupied by running jobs.
    public var busyGPUHours = 0.0
    /// GPU-hours of powered nodes under repair.
    public var downGPUHours = 0.0
    /// GPU-hours powered, working and free.
    public var idleGPUHours = 0.0
    /// GPU-hours installed: installed GPUs × hours in the month (nodes come online only at
    /// month starts and never leave, so this is exact), powered or not.
    public var installedGPUHours = 0.0
    /// The headline utilisation, over installed GPUs: busy ÷ installed GPU-hours (0 when
    /// nothing is installed). GPUs the grid cannot power count as idle, as they are to the
    /// public that paid for them.
    public var utilisationInstalled = 0.0
    /// Utilisation over powered GPUs: busy ÷ available (0 when nothing is available).
    public var utilisation = 0.0
    /// Utilisation over GPUs up (powered and not under repair): busy ÷ (busy + idle).
    public var utilisationUp = 0.0
    /// Depreciation of the hardware left without power at the month's end: each stranded
    /// node's purchase price (with networking and storage) ÷ (hardware life × 12), euros.
    public var strandedDepreciationEUR = 0.0
    /// Expected demand, reference-GPU-hours: the demand curve (poisson: rate × mean job
    /// size; trace: the jobs submitted). Random arrivals make the work actually submitted
    /// (`submittedReferenceGPUHours`) differ from it.
    public var demandReferenceGPUHours = 0.0
    /// Work submitted in the month, reference-GPU-hours (GPUs × reference hours of each job).
    public var submittedReferenceGPUHours = 0.0
    /// Jobs that gave up waiting in the month (their patience ran out), and their work.
    public var jobsAbandoned = 0
    public var abandonedReferenceGPUHours = 0.0
    /// The work of the month's submitted jobs that completed within the horizon.
    public var servedReferenceGPUHours = 0.0
    /// The work of the month's submitted jobs that did not complete within the horizon:
    /// abandoned, rejected, or still waiting or running at its end (submitted − served).
    public var unservedReferenceGPUHours = 0.0
    /// GPU-hours delivered to tenants (equal to busy).
    public var deliveredGPUHours = 0.0
    /// Reference-GPU-hours delivered to tenants.
    public var deliveredReferenceGPUHours = 0.0
    /// GPU-hours of work thrown away by failures (since the last checkpoint).
    public var lostGPUHours = 0.0
    public var jobsSubmitted = 0
    public var jobsStarted = 0
    public var jobsCompleted = 0
    /// Runs ended by a node failure.
    public var jobsFailed = 0
    public var jobsRejected = 0
    /// Jobs waiting in the queue, averaged over the month's time.
    public var queueLengthMean = 0.0
    /// Waits (first start − submit) of the jobs first started this month, hours.
    public var waitMeanHours = 0.0
    public var waitP50Hours = 0.0
    public var waitP95Hours = 0.0
    /// IT energy, MWh.
    public var itEnergyMWh = 0.0
    /// Facility energy (IT × PUE), MWh.
    public var facilityEnergyMWh = 0.0
    /// Highest facility power drawn, MW.
    public var peakFacilityMW = 0.0
    public var pue = 1.0
    /// Tonnes of CO₂ from facility energy at the grid's carbon intensity.
    public var carbonTonnes = 0.0
    /// Heat sold to district heating, MWh.
    public var heatReusedMWh = 0.0

    public init(month: Month) { self.month = month }
}

/// What one tenant got in one month of one replication.
public struct TenantMonthFigures: Sendable, Equatable {
    public var month: Month
    public var tenant: String
    /// Expected demand (see ``MonthlyFigures/demandReferenceGPUHours``), reference-GPU-hours.
    public var demandReferenceGPUHours = 0.0
    /// Work submitted in the month, reference-GPU-hours.
    public var submittedReferenceGPUHours = 0.0
    public var deliveredGPUHours = 0.0
    public var deliveredReferenceGPUHours = 0.0
    public var jobsSubmitted = 0
    /// Jobs first started in the month, and their whole work (reference-GPU-hours).
    public var jobsStarted = 0
    public var startedReferenceGPUHours = 0.0
    /// Jobs that gave up waiting in the month, and their work (reference-GPU-hours).
    public var jobsAbandoned = 0
    public var abandonedReferenceGPUHours = 0.0
    /// Jobs refused on arrival in the month (no pool could ever hold them), and their work.
    public var jobsRejected = 0
    public var rejectedReferenceGPUHours = 0.0
    /// The work of the month's submitted jobs that completed within the horizon.
    public var servedReferenceGPUHours = 0.0
    /// submitted − served: work of the month's jobs abandoned, rejected or unfinished at the horizon end.
    public var unservedReferenceGPUHours = 0.0
    public var jobsCompleted = 0
    public var waitMeanHours = 0.0
    public var waitP50Hours = 0.0
    public var waitP95Hours = 0.0
    /// Jobs waiting at the month's end.
    public var queueLengthEnd = 0

    public init(month: Month, tenant: String) {
        self.month = month
        self.tenant = tenant
    }
}

/// One row of `jobs.csv`: one run of a job (a job killed by a failure has a row per run).
public struct JobRun: Sendable, Equatable {
    public var jobID: Int64
    public var tenant: String
    /// The pool's model id, with `@tenant` for a dedicated pool; empty when never started.
    public var pool: String
    public var gpus: Int
    public var submitMs: Int64
    /// -1 when never started.
    public var startMs: Int64
    /// When the run ended, or (abandoned) when the job gave up waiting; -1 when not ended.
    public var endMs: Int64
    public var status: JobStatus
}

/// Whole-horizon figures for one tenant.
public struct TenantTotals: Sendable, Equatable {
    public var tenant: String
    /// Expected demand over the horizon, reference-GPU-hours.
    public var demandReferenceGPUHours = 0.0
    /// Work submitted over the horizon, reference-GPU-hours.
    public var submittedReferenceGPUHours = 0.0
    public var deliveredGPUHours = 0.0
    public var deliveredReferenceGPUHours = 0.0
    /// Work of the submitted jobs that completed within the horizon, reference-GPU-hours.
    public var servedReferenceGPUHours = 0.0
    /// Work of the jobs that gave up waiting, reference-GPU-hours.
    public var abandonedReferenceGPUHours = 0.0
    public var jobsSubmitted = 0
    public var jobsCompleted = 0
    public var jobsRejected = 0
    /// Jobs that gave up waiting.
    public var jobsAbandoned = 0
    public var waitMeanHours = 0.0
    public var waitP50Hours = 0.0
    public var waitP95Hours = 0.0

    /// served ÷ submitted: the share of the submitted work done within the horizon (0–1;
    /// 0 when nothing was submitted).
    public var servedShare: Double { submittedReferenceGPUHours > 0 ? servedReferenceGPUHours / submittedReferenceGPUHours : 0 }

    public init(tenant: String) { self.tenant = tenant }
}

/// Everything one replication produced.
public struct ReplicationResult: Sendable {
    /// The seed this replication's random streams were derived from.
    public var seed: UInt64
    /// Inconsistencies in the simulator's own bookkeeping; checked, and so possibly non-empty,
    /// only when a test asks the run to check itself.
    public var invariantViolations: [String] = []
    public var monthly: [MonthlyFigures]
    /// By month, then tenant in scenario order.
    public var tenantMonthly: [[TenantMonthFigures]]
    public var tenantTotals: [TenantTotals]
    /// Job runs, when asked for.
    public var jobRuns: [JobRun]?
    /// Events taken off the event queue.
    public var eventsProcessed = 0
    /// Trace jobs not replayed: submitted after the horizon, or unusable (no size or duration).
    public var traceJobsSkipped = 0
    /// What each cause of interruption cost, by month, then cause in `InterruptionCause` order.
    public var interruptions: [InterruptionMonth] = []
}

/// What one cause of interruption cost in one month: `interruptions.csv`'s row.
///
/// Over the causes of a month, `jobsKilled` adds up to the month's `jobsFailed`, `lostGPUHours`
/// to its `lostGPUHours` and `downGPUHours` to its `downGPUHours`.
public struct InterruptionMonth: Sendable, Equatable {
    /// The month.
    public var month: Month
    /// The cause.
    public var cause: InterruptionCause
    /// Times a node was taken out of service for the cause (maintenance: nodes serviced).
    public var interruptions = 0
    /// Job runs the cause killed (each requeued).
    public var jobsKilled = 0
    /// Work the killed runs threw away (GPU-hours since their last checkpoint).
    public var lostGPUHours = 0.0
    /// GPU-hours of powered nodes out of service for the cause.
    public var downGPUHours = 0.0

    /// An empty row for `cause` in `month`.
    public init(month: Month, cause: InterruptionCause) {
        self.month = month
        self.cause = cause
    }
}
