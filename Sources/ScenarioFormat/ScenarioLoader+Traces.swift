import FactoryModel
import Foundation
import Workloads

/// A trace file named by a tenant's demand, decoded but not yet read: which tenant, which
/// file, and where in the scenario to report a file that cannot be read.
struct PendingTrace {
    /// The tenant's position in `tenants:`.
    let tenant: Int
    /// The trace file's absolute path.
    let path: String
    /// The place of `demand.file` in the scenario file.
    let location: SourceLocation
    /// `tenants[name].demand.file`.
    let fieldPath: FieldPath
}

/// The trace files one decoding named, in file order, and where to report the run's size.
final class PendingTraces {
    private var traces: [PendingTrace] = []
    /// Where the run-size check reports; set by the decoder once the whole scenario decoded.
    var runSizePlaces: RunSizePlaces?

    func append(_ entry: PendingTrace) { traces.append(entry) }

    /// What `ScenarioLoader` hands to `readTraces` once decoding is done.
    var entries: PendingTraceReading { PendingTraceReading(traces: traces, runSizePlaces: runSizePlaces) }
}

/// The last step of loading a scenario: the trace files to read, then, with every tenant's
/// jobs known (traces read, histories fitted), the check of the run's size at these places.
struct PendingTraceReading {
    /// The trace files, in file order.
    let traces: [PendingTrace]
    /// Where to report the run's size; nil when the scenario did not decode.
    let runSizePlaces: RunSizePlaces?
}

/// Parsed traces by file, so that a sweep's points (each a fresh load of a variant of one
/// scenario) parse a trace once per process, not once per point. A file is parsed again when
/// its size or modification time changes.
final class TraceCache: @unchecked Sendable {
    /// The one cache of the process.
    static let shared = TraceCache()

    private struct Key: Hashable {
        let path: String
        let size: Int
        let modified: Double
    }

    private var traces: [Key: WorkloadTrace] = [:]
    private let lock = NSLock()

    /// The trace at `path`, parsed now or earlier.
    /// - Throws: `TraceReadError` (file and line) when it cannot be read.
    func trace(at path: String) throws -> WorkloadTrace {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let key = Key(path: path, size: (attributes?[.size] as? Int) ?? -1,
                      modified: (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? -1)
        lock.lock()
        if let cached = traces[key] {
            lock.unlock()
            return cached
        }
        lock.unlock()
        let trace = try SWFReader.read(path: path)
        lock.lock()
        traces[key] = trace
        lock.unlock()
        return trace
    }
}

extension ScenarioLoader {
    /// Reads each tenant's trace file once, when the scenario loads, and keeps its jobs in the
    /// tenant (`Tenant.trace`); a file that cannot be read is reported at `demand.file`, and a
    /// trace job larger than any facility at `demand.gpus_per_processor`. Then, as the last step
    /// of loading, checks the size of the run (`RunSizeCheck`) of a scenario that is otherwise
    /// valid: only now are every tenant's jobs known.
    static func readTraces(_ pending: PendingTraceReading, into scenario: inout Scenario?, log: DiagnosticLog) {
        for entry in pending.traces {
            do {
                let trace = try TraceCache.shared.trace(at: entry.path)
                guard scenario != nil, scenario!.tenants.indices.contains(entry.tenant) else { continue }
                guard checkJobSizes(trace, tenant: scenario!.tenants[entry.tenant], entry: entry, log: log) else { continue }
                scenario!.tenants[entry.tenant].trace = trace
            } catch {
                log.error(entry.location, entry.fieldPath, "the trace file cannot be read: \(error)")
            }
        }
        if let places = pending.runSizePlaces, let valid = scenario, !log.hasErrors {
            RunSizeCheck.check(valid, places: places, log: log)
        }
    }

    /// Whether every job of `trace`, at the tenant's GPUs per processor, asks for no more GPUs
    /// than the largest facility the format allows (which also keeps the count within the
    /// simulator's 32-bit job records); logs the largest job when not.
    private static func checkJobSizes(_ trace: WorkloadTrace, tenant: Tenant, entry: PendingTrace, log: DiagnosticLog) -> Bool {
        guard case .trace(_, let gpusPerProcessor) = tenant.demand.pattern,
              let largest = trace.jobs.max(by: { ($0.processors, $1.jobNumber) < ($1.processors, $0.jobNumber) }) else { return true }
        // Both factors are bounded (processors by the trace reader, GPUs per processor by the
        // decoder), so the product cannot overflow.
        let gpus = largest.processors * gpusPerProcessor
        guard Double(gpus) > ScenarioLimits.gpusPerJob.value else { return true }
        log.error(entry.location, entry.fieldPath,
                  "trace job \(largest.jobNumber) asks for \(ValueReader.format(Double(largest.processors))) processors, \(ValueReader.format(Double(gpus))) GPUs at \(gpusPerProcessor) GPU\(gpusPerProcessor == 1 ? "" : "s") per processor: value too large (at most \(ScenarioLimits.gpusPerJob.phrase) a job, every GPU of the largest facility the format allows)")
        return false
    }
}
