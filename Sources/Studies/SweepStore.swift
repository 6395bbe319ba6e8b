import Evaluation
import Foundation
import Reporting

/// A sweep's folder: `study.txt` (what the sweep is), one `points/NNNNNN.csv` row per finished
/// point, and `sweep.csv` once every point is there. Each point file is written whole or not at
/// all (temporary name, then rename), so an interrupted sweep keeps exactly its finished points
/// and a rerun of the same command goes on from there.
public struct SweepStore: Sendable {
    /// The folder.
    public let folder: URL
    /// The study it holds.
    public let study: SweepStudy

    /// Opens (creating) `folder` for `study`.
    /// - Throws: `SweepError` when the folder holds a different sweep, or cannot be written.
    public init(folder: String, study: SweepStudy) throws(SweepError) {
        self.folder = URL(fileURLWithPath: folder)
        self.study = study
        do { try OutputFolder.createFolder(self.folder.appendingPathComponent("points")) } catch {
            throw SweepError(message: error.message)
        }
        // The first of several shards starting at once writes study.txt; the others compare.
        let identity = self.folder.appendingPathComponent("study.txt")
        let wrote: Bool
        do { wrote = try OutputFolder.writeIfAbsent(study.identity, to: identity) } catch { throw SweepError(message: error.message) }
        if !wrote {
            guard (try? String(contentsOf: identity, encoding: .utf8)) == study.identity else {
                throw SweepError(message: "\(folder) holds the results of a different sweep (another scenario file, axes or replications); choose another --out folder or delete it")
            }
        }
        try Self.writeAtomically(study.table(rows: []), to: self.folder.appendingPathComponent("header.csv"))
    }

    /// The point file of `index`.
    func pointFile(_ index: Int) -> URL {
        folder.appendingPathComponent("points").appendingPathComponent(String(format: "%06d.csv", index))
    }

    /// The stored row of point `index` when it is there and belongs to this study's grid.
    public func row(_ index: Int) -> [String]? {
        guard let text = try? String(contentsOf: pointFile(index), encoding: .utf8),
              let table = try? CSVTable(parsing: study.table(rows: []) + text, dialect: .rfc4180, file: pointFile(index).path),
              let row = table.rows.first, table.rows.count == 1, Array(row.prefix(study.axes.count + 1)) == study.key(index) else { return nil }
        return row
    }

    /// Stores point `index`'s row.
    public func store(_ index: Int, row: [String]) throws(SweepError) {
        var writer = CSVWriter()
        writer.appendRow(row)
        try Self.writeAtomically(writer.text, to: pointFile(index))
    }

    /// `sweep.csv` when every point is stored, else nil.
    public func table() -> String? {
        var rows: [[String]] = []
        for index in 0..<study.pointCount {
            guard let row = row(index) else { return nil }
            rows.append(row)
        }
        return study.table(rows: rows)
    }

    /// Writes `sweep.csv` (every point must be stored) in `dialect`; its path. The point store
    /// itself stays RFC 4180 whatever the dialect, so shards and merges never mix notations.
    @discardableResult
    public func writeTable(dialect: CSVDialect = .rfc4180) throws(SweepError) -> String {
        guard let table = table() else { throw SweepError(message: "\(folder.path) does not hold every point yet") }
        let text: String
        do { text = try dialect.convert(table) } catch {
            throw SweepError(message: "cannot write sweep.csv as \(dialect.rawValue): \(error)")
        }
        let url = folder.appendingPathComponent("sweep.csv")
        try Self.writeAtomically(text, to: url)
        return url.path
    }

    /// Joins the points stored in `folders` (shards of one sweep, run apart) into `sweep.csv` in
    /// `output`: byte for byte what one machine running every point writes. Needs no scenario
    /// file: `study.txt` says what the sweep is and `header.csv` gives the columns.
    /// - Throws: `SweepError` when the folders hold different sweeps or points are missing.
    public static func merge(folders: [String], into output: String) throws(SweepError) -> (path: String, points: Int) {
        guard let first = folders.first else { throw SweepError(message: "merge needs at least one sweep folder") }
        func read(_ folder: String, _ name: String) throws(SweepError) -> String {
            guard let text = try? String(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent(name), encoding: .utf8) else {
                throw SweepError(message: "\(folder)/\(name) is missing: is \(folder) the --out folder of an aifactory sweep?")
            }
            return text
        }
        let identity = try read(first, "study.txt")
        let header = try read(first, "header.csv")
        for folder in folders.dropFirst() where try read(folder, "study.txt") != identity {
            throw SweepError(message: "\(folder) holds a different sweep from \(first) (study.txt differs); only shards of one sweep can be merged")
        }
        guard let countLine = identity.split(separator: "\n").first(where: { $0.hasPrefix("points ") }),
              let count = Int(countLine.dropFirst("points ".count)) else {
            throw SweepError(message: "\(first)/study.txt does not say how many points the sweep has")
        }
        var rows = header
        var missing: [Int] = []
        for index in 0..<count {
            let name = String(format: "points/%06d.csv", index)
            let text = folders.lazy.compactMap { try? String(contentsOf: URL(fileURLWithPath: $0).appendingPathComponent(name), encoding: .utf8) }.first
            guard let text, text.hasPrefix("\(index),") else {
                missing.append(index)
                continue
            }
            rows += text
        }
        guard missing.isEmpty else {
            throw SweepError(message: "\(missing.count) of \(count) points are missing (first: point \(missing[0])); run the shards that hold them, then merge again")
        }
        let url = URL(fileURLWithPath: output)
        do { try OutputFolder.createFolder(url) } catch { throw SweepError(message: error.message) }
        try writeAtomically(rows, to: url.appendingPathComponent("sweep.csv"))
        return (url.appendingPathComponent("sweep.csv").path, count)
    }

    /// Writes `text` through the one atomic writer (temporary file, then rename).
    static func writeAtomically(_ text: String, to url: URL) throws(SweepError) {
        do { try OutputFolder.writeAtomically(text, to: url) } catch { throw SweepError(message: error.message) }
    }
}

/// Runs the points of a sweep that are not stored yet, in parallel, storing each as it finishes.
public enum SweepRunner {
    /// Which share of the points one process runs: shard `index` (1-based) of `count`, the
    /// points whose number modulo `count` is `index` − 1.
    public struct Shard: Sendable, Equatable {
        /// 1…count.
        public let index: Int
        /// The number of shards.
        public let count: Int

        /// Parses `K/N`.
        public init?(_ text: String) {
            let parts = text.split(separator: "/").map { Int($0) }
            guard parts.count == 2, let k = parts[0], let n = parts[1], n >= 1, (1...n).contains(k) else { return nil }
            index = k
            count = n
        }

        /// Whether point `point` is this shard's.
        public func owns(_ point: Int) -> Bool { point % count == index - 1 }
    }

    /// Runs the missing points of `store`'s study (only `shard`'s when given) on at most `cores`
    /// cores; `progress(done, total)` is called after each point, one call at a time. Returns the
    /// number of points run.
    /// - Throws: `SweepError` when a point's row cannot be stored.
    public static func run(
        _ store: SweepStore, shard: Shard? = nil, cores: Int,
        progress: @escaping @Sendable (_ done: Int, _ total: Int) -> Void = { _, _ in }
    ) throws(SweepError) -> Int {
        let study = store.study
        let pending = (0..<study.pointCount).filter { (shard?.owns($0) ?? true) && store.row($0) == nil }
        guard !pending.isEmpty else { return 0 }
        let workers = max(1, min(cores, pending.count))
        let replicationCores = max(1, cores / pending.count)
        let state = RunState()
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let next = state.next(pending.count) {
                let index = pending[next]
                let row = study.evaluate(index, cores: replicationCores)
                do { try store.store(index, row: row) } catch { state.fail(error as? SweepError ?? SweepError(message: "\(error)")) }
                progress(state.finish(), pending.count)
            }
        }
        if let failure = state.failure { throw failure }
        return pending.count
    }

    /// The shared counters of one run, behind a lock.
    final class RunState: @unchecked Sendable {
        private let lock = NSLock()
        private var started = 0
        private var finished = 0
        private(set) var failure: SweepError?

        func next(_ total: Int) -> Int? {
            lock.lock(); defer { lock.unlock() }
            guard failure == nil, started < total else { return nil }
            started += 1
            return started - 1
        }

        func finish() -> Int {
            lock.lock(); defer { lock.unlock() }
            finished += 1
            return finished
        }

        func fail(_ error: SweepError) {
            lock.lock(); defer { lock.unlock() }
            if failure == nil { failure = error }
        }
    }
}
