/// What simulating a scenario will roughly cost, worked out from the scenario before it runs:
/// jobs and events, peak memory, and time on one core.
///
/// **Jobs.** J, the jobs expected to arrive in the horizon, by tenant: a trace tenant's jobs
/// submitted before the horizon ends; a `poisson` tenant's rate × seasonality × hours, month by
/// month from `starts`; any other tenant's reference-GPU-hours per month ÷ (max(1, mean GPUs
/// per job) × mean hours per job). The last is never below the simulator's own rate, which
/// divides by the mean of the GPUs *rounded up* (≥ both 1 and the mean), so J is an upper figure.
///
/// **Memory**, bytes, for one replication:
///
///     M = 34 MB + 240·J + 110·N + 8·G + 176·T
///
/// with N nodes built, G their GPUs and T the jobs read from trace files. Where each constant
/// comes from (release build, 2-core Debian 12 machine, `/usr/bin/time -v`, peak resident set):
/// - 34 MB: a 10-node scenario with no jobs peaks at 33.1 MB (36 MB in a debug build).
/// - 240 bytes per job: a job record is 104 bytes, a wait record 8 and its copy in the results
///   8, a queue entry 4. Measured, 0.88 M to 7 M jobs on 2,000 nodes grow the peak by 133
///   bytes a job; `Scenarios/synthetic-10k-gpus.yaml` (8.73 M jobs) peaks at 1.85 GB, 212 a
///   job. The difference is the job table doubling its storage as it grows: for a moment the
///   old and the new copy are both resident. 240 covers the worst case, a table that has just
///   doubled.
/// - 110 bytes per node and 8 per GPU: 100,000 nodes of 1, 8 and 64 GPUs peak at 43.7, 49.3
///   and 93.5 MB (node columns, buckets, failure streams; one job slot per GPU).
/// - 176 bytes per trace job: the parsed trace (88 bytes a job) and the simulator's copy of the
///   jobs within the horizon (88 again).
///
/// Measured against the formula, runs peak at 55 % to 100 % of it (the test
/// `RunSizeMeasurementTests` checks one scenario with the real binary). `simulate --jobs` needs
/// about 130 bytes more per job (`jobRecordingBytes`) for the rows of `jobs.csv`.
///
/// **Events**, all replications: R × (2·J + F + 3·months), an arrival and an end per job, F
/// failures and repairs (2 × nodes × GPUs × annual failure rate × years online), and the
/// month, power and phase events. **Time** ≈ events ÷ 10⁶ per second on one core: release
/// builds measure 1.0 to 1.8 million events a second. The figure leaves out the cost of
/// scheduling passes over long queues, which `scheduler.backfill_depth` bounds.
public struct RunSizeEstimate: Sendable, Equatable {
    /// Jobs expected to arrive within the horizon, by tenant, in scenario order (an upper figure).
    public var jobsByTenant: [Double]
    /// Jobs read from trace files, all tenants.
    public var traceJobs: Int
    /// Nodes built, all phases.
    public var nodes: Int
    /// GPUs of those nodes.
    public var gpus: Int
    /// Failure and repair events expected in one replication.
    public var failureEvents: Double
    /// Months in the horizon.
    public var months: Int
    /// Independent replications.
    public var replications: Int

    /// Fixed memory of any run, bytes.
    public static let baselineBytes = 34e6
    /// Memory per job, bytes (see the type's documentation).
    public static let bytesPerJob = 240.0
    /// Memory per node, bytes.
    public static let bytesPerNode = 110.0
    /// Memory per GPU, bytes.
    public static let bytesPerGPU = 8.0
    /// Memory per job read from a trace, bytes.
    public static let bytesPerTraceJob = 176.0
    /// Extra memory per job when every job run is kept for `jobs.csv`, bytes.
    public static let bytesPerRecordedJob = 130.0
    /// Events a release build processes per second on one core (measured: 1.0 to 1.8 million).
    public static let eventsPerSecond = 1e6

    /// The estimate for `scenario`, whose trace tenants' jobs have been read.
    public init(scenario: Scenario) {
        let horizon = scenario.horizon
        let months = horizon.months
        let hoursByMonth = months.map { Double($0.dayCount) * 24 }
        let horizonEndMs = Int64(hoursByMonth.reduce(0, +) * 3_600_000)
        jobsByTenant = scenario.tenants.map { tenant in
            switch tenant.demand.pattern {
            case .trace:
                let jobs = tenant.trace?.jobs ?? []
                return Double(jobs.count { $0.submitMilliseconds >= 0 && $0.submitMilliseconds < horizonEndMs })
            case .poisson(let jobsPerHour):
                return zip(months, hoursByMonth).reduce(0) { total, entry in
                    if let start = tenant.demand.startMonth, entry.0 < start { return total }
                    return total + jobsPerHour * (tenant.demand.seasonality?[entry.0.month - 1] ?? 1) * entry.1
                }
            default:
                guard let mix = tenant.jobMix else { return 0 }
                let gpuHoursPerJob = max(1, mix.gpusPerJob.mean) * mix.hoursPerJob.mean
                let demand = months.reduce(0) { $0 + (tenant.demand.referenceGPUHours(in: $1, horizon: horizon) ?? 0) }
                return demand / gpuHoursPerJob
            }
        }
        traceJobs = scenario.tenants.reduce(0) { $0 + ($1.trace?.jobs.count ?? 0) }
        // Summed as Doubles: a planned build-out is not range-checked as a scenario file is, and
        // its counts must not overflow before the limits below can refuse them.
        var nodes = 0.0
        var gpus = 0.0
        var failures = 0.0
        let horizonYears = hoursByMonth.reduce(0, +) / 8_760
        for phase in scenario.buildOut {
            let yearsOnline = max(0, horizonYears - Double(phase.at.months(since: horizon.lowerBound)) / 12)
            for (id, count) in phase.nodes {
                guard let model = scenario.catalog.model(id: id) else { continue }
                nodes += Double(count)
                gpus += Double(count) * Double(model.gpusPerNode)
                failures += 2 * Double(count) * Double(model.gpusPerNode) * model.annualFailureRate * yearsOnline
                if let windows = scenario.site.maintenanceWindows, windows.shareOfNodes > 0 {
                    // Each window takes (and later returns) a share of the nodes, at least one.
                    failures += 2 * (Double(count) * windows.shareOfNodes + 1) * yearsOnline * 52.18 / Double(windows.everyWeeks)
                }
            }
        }
        self.nodes = Int(min(nodes, 1e18))
        self.gpus = Int(min(gpus, 1e18))
        failureEvents = failures
        self.months = months.count
        replications = scenario.scheduler.replications
    }

    /// Jobs expected in one replication, all tenants.
    public var jobs: Double { jobsByTenant.reduce(0, +) }

    /// Peak memory of one replication, bytes. Replications run in parallel, one per core, each
    /// needing this much beyond the fixed part.
    public var memoryBytes: Double {
        Self.baselineBytes + Self.bytesPerJob * jobs + Self.bytesPerNode * Double(nodes)
            + Self.bytesPerGPU * Double(gpus) + Self.bytesPerTraceJob * Double(traceJobs)
    }

    /// The memory the job table alone needs, bytes: the part that grows with demand.
    public var jobTableBytes: Double { Self.bytesPerJob * jobs }

    /// Extra memory when `simulate --jobs` keeps every job run for `jobs.csv`, bytes.
    public var jobRecordingBytes: Double { Self.bytesPerRecordedJob * jobs }

    /// Events of all replications together.
    public var events: Double { Double(replications) * (2 * jobs + failureEvents + 3 * Double(months)) }

    /// Rough time on one core, seconds.
    public var secondsOnOneCore: Double { events / Self.eventsPerSecond }

    /// Peak memory of one replication above which a run is refused, bytes (the tool's own
    /// measurements run 14 GB on a 24 GB machine; a job table far beyond that fails to allocate).
    public static let memoryLimitBytes = 16e9
    /// Peak memory of one replication above which a warning is given, bytes.
    public static let memoryWarningBytes = 4e9
    /// Events of all replications above which a run is refused (about a day on one core).
    public static let eventLimit = 1e11
    /// Events of all replications above which a warning is given (about half an hour).
    public static let eventWarning = 2e9

    /// Why a run this size is refused, in plain words, or nil when it is within the limits.
    /// For runs that do not come from a scenario file (a planned build-out); a scenario file's
    /// own check points at the field that makes it large.
    public var refusal: String? {
        if !(memoryBytes <= Self.memoryLimitBytes) {
            return "it would need about \(Self.gigabytes(memoryBytes)) of memory for one replication (about \(Self.grouped(jobs)) jobs, \(Self.grouped(Double(nodes))) nodes with \(Self.grouped(Double(gpus))) GPUs); at most \(Self.gigabytes(Self.memoryLimitBytes))"
        }
        if !(events <= Self.eventLimit) {
            return "it would take about \(Self.grouped(events)) events over \(replications) replication\(replications == 1 ? "" : "s"); at most \(Self.grouped(Self.eventLimit))"
        }
        return nil
    }

    private static func gigabytes(_ bytes: Double) -> String {
        bytes.isFinite && bytes < 1e15 ? "\(grouped(bytes / 1e9)) GB" : "more memory than any machine has"
    }

    private static func grouped(_ value: Double) -> String {
        guard value.isFinite else { return "infinitely many" }
        guard value < 1e15 else { return "\(Int((value / 1e15).rounded())) × 10¹⁵" }
        let digits = String(Int(value.rounded()))
        var result = ""
        for (offset, digit) in digits.reversed().enumerated() {
            if offset > 0, offset % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return String(result.reversed())
    }
}
