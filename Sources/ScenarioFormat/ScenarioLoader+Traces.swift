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

/// The trace files one decoding named, in file order.
final class PendingTraces {
    private(set) var entries: [PendingTrace] = []

    func append(_ entry: PendingTrace) { entries.append(entry) }
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
    /// tenant (`Tenant.trace`); a file that cannot be read is reported at `demand.file`.
    static func readTraces(_ pending: [PendingTrace], into scenario: inout Scenario?, log: DiagnosticLog) {
        for entry in pending {
            do {
                let trace = try TraceCache.shared.trace(at: entry.path)
                guard scenario != nil, scenario!.tenants.indices.contains(entry.tenant) else { continue }
                scenario!.tenants[entry.tenant].trace = trace
            } catch {
                log.error(entry.location, entry.fieldPath, "the trace file cannot be read: \(error)")
            }
        }
    }
}
