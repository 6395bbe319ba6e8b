import FactoryModel
import Foundation

/// Where the run-size check reports: the fields whose values make a run large.
struct RunSizePlaces {
    /// The scenario's first line, when nothing better is known.
    let root: SourceLocation
    /// `build_out:` (nodes, GPUs, failures).
    let buildOut: SourceLocation
    /// Each tenant's `demand:` (or `history:`), in tenant order, with its field path.
    let tenantDemand: [(location: SourceLocation, path: FieldPath)]
    /// `scheduler.replications`, when written.
    let replications: SourceLocation?
}

/// Refuses a scenario whose simulation would exhaust memory or run for days, and warns about
/// one that is merely large, with the figures of `RunSizeEstimate`.
///
/// Limits, for one replication: memory above 16 GB is an error and above 4 GB a warning (the
/// tool's own measurements run 14 GB on a 24 GB machine; a job table far beyond that would
/// fail to allocate, as the issue's fuzzing found); events above 10¹¹ in all replications (about
/// a day on one core) are an error and above 2 × 10⁹ (about half an hour) a warning.
enum RunSizeCheck {
    /// The limits, as `RunSizeEstimate` states them.
    static let memoryLimitBytes = RunSizeEstimate.memoryLimitBytes
    static let memoryWarningBytes = RunSizeEstimate.memoryWarningBytes
    static let eventLimit = RunSizeEstimate.eventLimit
    static let eventWarning = RunSizeEstimate.eventWarning

    /// Logs an error or warning at the field that drives the run's size, when one is due.
    static func check(_ scenario: Scenario, places: RunSizePlaces, log: DiagnosticLog) {
        let estimate = RunSizeEstimate(scenario: scenario)
        checkMemory(estimate, places: places, log: log)
        checkEvents(estimate, places: places, log: log)
    }

    private static func checkMemory(_ estimate: RunSizeEstimate, places: RunSizePlaces, log: DiagnosticLog) {
        let memory = estimate.memoryBytes
        guard memory > memoryWarningBytes else { return }
        let busiest = estimate.jobsByTenant.indices.max { estimate.jobsByTenant[$0] < estimate.jobsByTenant[$1] }
        let facilityBytes = RunSizeEstimate.bytesPerNode * Double(estimate.nodes) + RunSizeEstimate.bytesPerGPU * Double(estimate.gpus)
        var place = (location: places.buildOut, path: FieldPath.root.key("build_out"))
        if let busiest, estimate.jobTableBytes >= facilityBytes, places.tenantDemand.indices.contains(busiest) {
            place = places.tenantDemand[busiest]
        }
        let parts = "its job table: about \(count(estimate.jobs)) jobs at up to \(Int(RunSizeEstimate.bytesPerJob)) bytes each; the facility: \(count(Double(estimate.nodes))) nodes with \(count(Double(estimate.gpus))) GPUs"
            + (estimate.traceJobs > 0 ? "; traces: \(count(Double(estimate.traceJobs))) jobs" : "")
        if memory > memoryLimitBytes {
            log.error(place.location, place.path,
                      "this scenario would need about \(bytes(memory)) of memory for one replication (\(parts)); at most \(bytes(memoryLimitBytes)). Expected a smaller run: a shorter horizon, less demand, or the same GPU-hours in fewer, larger or longer jobs")
        } else {
            log.warning(place.location, place.path,
                        "this scenario will need about \(bytes(memory)) of memory for each replication running at once (\(parts)); replications run in parallel, one per core (`--cores` sets how many)")
        }
    }

    private static func checkEvents(_ estimate: RunSizeEstimate, places: RunSizePlaces, log: DiagnosticLog) {
        let events = estimate.events
        guard events > eventWarning else { return }
        let jobEvents = 2 * estimate.jobs
        var place = (location: places.buildOut, path: FieldPath.root.key("build_out"))
        if jobEvents >= estimate.failureEvents, let busiest = estimate.jobsByTenant.indices.max(by: { estimate.jobsByTenant[$0] < estimate.jobsByTenant[$1] }),
           places.tenantDemand.indices.contains(busiest) {
            place = places.tenantDemand[busiest]
        }
        if let replications = places.replications, events / Double(estimate.replications) <= eventWarning {
            place = (replications, FieldPath.root.key("scheduler").key("replications"))
        }
        let parts = "\(count(Double(estimate.replications))) replication\(estimate.replications == 1 ? "" : "s") of about \(count(jobEvents)) job arrivals and ends and \(count(estimate.failureEvents)) failures and repairs"
        let time = duration(estimate.secondsOnOneCore)
        if events > eventLimit {
            log.error(place.location, place.path,
                      "this scenario would take about \(count(events)) events (\(parts)), roughly \(time) on one core; at most \(count(eventLimit)) events. Expected a smaller run: fewer replications, fewer jobs, or fewer failures")
        } else {
            log.warning(place.location, place.path,
                        "this scenario will take about \(count(events)) events (\(parts)), roughly \(time) on one core")
        }
    }

    /// `38 GB`, `5.2 GB`, `850 MB`; decimal units.
    static func bytes(_ value: Double) -> String {
        if !value.isFinite || value >= 1e15 { return value.isFinite ? String(format: "%.1e bytes", value) : "more memory than any machine has" }
        if value >= 1e10 { return "\(ValueReader.format((value / 1e9).rounded())) GB" }
        if value >= 1e9 { return String(format: "%.1f GB", value / 1e9) }
        return "\(ValueReader.format((value / 1e6).rounded())) MB"
    }

    /// A count as messages print it: grouped digits, or `6.1e15` when very large.
    static func count(_ value: Double) -> String {
        guard value.isFinite else { return "infinitely many" }
        return value < 1e15 ? ValueReader.format(value.rounded()) : String(format: "%.1e", value)
    }

    /// `40 minutes`, `5 hours`, `12 days`, `190 years`.
    static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite else { return "forever" }
        let units: [(String, Double)] = [("years", 365.25 * 86_400), ("days", 86_400), ("hours", 3_600), ("minutes", 60)]
        for (name, length) in units where seconds >= 2 * length {
            return "\(count(seconds / length)) \(name)"
        }
        return "\(count(max(1, seconds))) seconds"
    }
}
