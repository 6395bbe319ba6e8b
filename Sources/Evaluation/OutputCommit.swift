import Foundation
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// One folder's share of a run's files on their way in (see `OutputFolder`): staged whole in
/// `FOLDER/.aifactory-staging-PID-N/new/`, the files they replace kept as hard links in
/// `…/old/`, then committed by renames that a journal (`…/commit`) lists first.
///
/// Every step is undoable from what is on disk alone, so a run killed at any moment leaves a
/// folder that the next lock holder puts right (`recover`):
/// - no journal: the commit never started; the staging folder is discarded;
/// - `commit`: the renames are finished (each moves a staged file in, or removes a superseded
///   name), giving the new set;
/// - `rollback`: a failed commit's renames are undone from `old/`, giving the previous set.
/// The caller holds the folder's lock throughout; the commit runs inside the interruption
/// mutex, so SIGINT and SIGTERM wait for it.
struct OutputCommit {
    /// The prefix of staging folders' names.
    static let stagingPrefix = ".aifactory-staging-"

    /// The target folder, as the analyst named it.
    let folder: String
    /// The staging folder inside it.
    let staging: String
    /// The names written (moved in from `new/`).
    let writes: [String]
    /// Names removed: superseded, present, and not written.
    let removals: [String]
    /// The interruption registry's id of the action that discards the staging folder.
    private let undoID: Int

    private static let counter = Counter()

    /// Writes `files` (plain names) into a new staging folder in `folder`, and keeps the files
    /// they replace or `superseded` names as hard links (or copies where links are refused),
    /// touching nothing in `folder` itself.
    /// - Throws: `OutputError` naming the file and saying why, and that nothing in the folder
    ///   changed; the staging folder is gone then.
    static func stage(_ files: [OutputFile], superseding superseded: [String], in folder: String, writer: FileWriter) throws(OutputError) -> OutputCommit {
        let registry = Interruption.registry
        let staging = inFolder(folder, "\(stagingPrefix)\(getpid())-\(counter.next())")
        let undoID = try registry.guarded { () throws(OutputError) -> Int in
            if let code = FileCalls.makeFolder(staging) {
                throw OutputError(message: "cannot write in the output folder \(folder): \(OutputFolder.reason(errno: code)); nothing in it was changed")
            }
            return registry.register { removeTree(staging) }
        }
        // Every failure from here on removes the staging folder and says nothing changed.
        func fail(_ message: String) -> OutputError {
            registry.guarded {
                removeTree(staging)
                registry.unregister(undoID)
            }
            return OutputError(message: message)
        }
        func fail(_ name: String, _ code: Int32) -> OutputError {
            fail("cannot write \(inFolder(folder, name)): \(OutputFolder.reason(errno: code)); nothing in \(folder) was changed")
        }
        for part in ["new", "old"] {
            if let code = FileCalls.makeFolder(inFolder(staging, part)) {
                throw fail("cannot write in the output folder \(folder): \(OutputFolder.reason(errno: code)); nothing in it was changed")
            }
        }
        let written = Set(files.map(\.name))
        for file in files {
            if OutputFolder.isFolder(inFolder(folder, file.name)) {
                throw fail("cannot write \(inFolder(folder, file.name)): it is a folder; expected a file name there, or a folder without one of that name")
            }
            let code = registry.guarded { writer.write(Array(file.text.utf8), inFolder(staging, "new/" + file.name), file.isExecutable) }
            if let code { throw fail(file.name, code) }
        }
        var removals: [String] = []
        for name in Set(files.map(\.name)).union(superseded).sorted() {
            let target = inFolder(folder, name)
            var info = stat()
            guard lstat(target, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR else { continue }
            if let code = keep(target, as: inFolder(staging, "old/" + name)) { throw fail(name, code) }
            if !written.contains(name) { removals.append(name) }
        }
        return OutputCommit(folder: folder, staging: staging, writes: files.map(\.name), removals: removals, undoID: undoID)
    }

    /// A second name for the file at `target` (a hard link, or a copy where links are refused,
    /// e.g. a colleague's file under protected_hardlinks); nil or the errno.
    private static func keep(_ target: String, as backup: String) -> Int32? {
        guard let code = FileCalls.link(target, backup) else { return nil }
        guard [EPERM, EMLINK, EXDEV, ENOTSUP, EOPNOTSUPP].contains(code) else { return code }
        guard let data = FileManager.default.contents(atPath: target) else { return EACCES }
        return FileCalls.writeFile(Array(data), to: backup)
    }

    /// Commits staged sets (one per folder) together: every journal first, then every rename.
    /// On a failure the renames done are undone and every staging folder removed.
    /// - Throws: `OutputError` naming the file and saying why, and that nothing changed.
    static func commit(_ commits: [OutputCommit]) throws(OutputError) {
        let registry = Interruption.registry
        try registry.guarded { () throws(OutputError) in
            for (index, commit) in commits.enumerated() {
                if let code = commit.writeJournal() {
                    for written in commits[..<index] { _ = FileCalls.unlink(inFolder(written.staging, "commit")) }
                    throw OutputError(message: "cannot write in the output folder \(commit.folder): \(OutputFolder.reason(errno: code)); nothing in it was changed")
                }
            }
            for commit in commits {
                if case let (name, code)? = commit.rollForward() {
                    for done in commits {
                        _ = FileCalls.rename(inFolder(done.staging, "commit"), inFolder(done.staging, "rollback"))
                        done.rollBack()
                    }
                    throw OutputError(message: "cannot write \(inFolder(commit.folder, name)): \(OutputFolder.reason(errno: code)); nothing in \(commit.folder) was changed")
                }
            }
            for commit in commits { _ = FileCalls.unlink(inFolder(commit.staging, "commit")) }
        }
        for commit in commits { commit.discard() }
    }

    /// Removes the staging folder (after a commit, or instead of one).
    func discard() {
        Interruption.registry.guarded {
            Self.removeTree(staging)
            Interruption.registry.unregister(undoID)
        }
    }

    /// The journal: the names to move in and to remove, as JSON, written whole under a
    /// temporary name and renamed to `commit`; nil or the errno.
    func writeJournal() -> Int32? {
        let journal = Journal(writes: writes, removals: removals)
        guard let data = try? JSONEncoder().encode(journal) else { return EINVAL }
        let temporary = inFolder(staging, "commit.partial")
        if let code = FileCalls.writeFile(Array(data), to: temporary) { return code }
        return FileCalls.rename(temporary, inFolder(staging, "commit"))
    }

    /// Moves every staged file in and removes every superseded name; the first failure (name,
    /// errno). Repeating it after an interruption finishes the job.
    func rollForward() -> (String, Int32)? {
        Self.rollForward(Journal(writes: writes, removals: removals), folder: folder, staging: staging)
    }

    /// Puts back every file kept in `old/` and removes the names that were new; repeatable.
    private func rollBack() {
        Self.rollBack(Journal(writes: writes, removals: removals), folder: folder, staging: staging)
    }

    private static func rollForward(_ journal: Journal, folder: String, staging: String) -> (String, Int32)? {
        for name in journal.writes {
            let staged = inFolder(staging, "new/" + name)
            guard FileCalls.identity(of: staged) != nil else { continue }
            if let code = FileCalls.rename(staged, inFolder(folder, name)) { return (name, code) }
        }
        for name in journal.removals {
            if let code = FileCalls.unlink(inFolder(folder, name)), code != ENOENT { return (name, code) }
        }
        return nil
    }

    private static func rollBack(_ journal: Journal, folder: String, staging: String) {
        for name in (journal.writes + journal.removals).reversed() {
            let kept = inFolder(staging, "old/" + name)
            if FileCalls.identity(of: kept) != nil {
                // Over the new file, or onto itself (a no-op) where the rename never happened.
                _ = FileCalls.rename(kept, inFolder(folder, name))
            } else if journal.writes.contains(name), FileCalls.identity(of: inFolder(staging, "new/" + name)) == nil {
                _ = FileCalls.unlink(inFolder(folder, name))
            }
        }
    }

    /// Puts right what runs killed mid-write left in `folder` (whose lock the caller holds
    /// exclusively): finishes committed sets, undoes rolled-back ones, discards staged ones,
    /// and removes temporary files of processes that are gone.
    /// - Throws: `OutputError` when a committed set cannot be finished.
    static func recover(in folder: String, named shown: String) throws(OutputError) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names.sorted() {
            let path = inFolder(folder, name)
            if name.hasPrefix(stagingPrefix) {
                if let journal = Journal.read(inFolder(path, "commit")) {
                    if case let (file, code)? = rollForward(journal, folder: folder, staging: path) {
                        throw OutputError(message: "\(shown) was left mid-update by an interrupted run, and its new \(file) cannot be moved in: \(OutputFolder.reason(errno: code))")
                    }
                } else if let journal = Journal.read(inFolder(path, "rollback")) {
                    rollBack(journal, folder: folder, staging: path)
                }
                removeTree(path)
            } else if let pid = partialFileOwner(name), !FileCalls.processExists(pid) {
                _ = FileCalls.unlink(path)
            }
        }
    }

    /// The process id in a temporary file's name (`.monthly.csv.partial-1234-9f3a0c1e`), if it
    /// is one.
    static func partialFileOwner(_ name: String) -> Int32? {
        guard name.hasPrefix("."), let range = name.range(of: ".partial-", options: .backwards) else { return nil }
        return Int32(name[range.upperBound...].prefix { $0 != "-" })
    }

    /// Removes a folder and everything in it; nothing when it is not there.
    static func removeTree(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// What a commit does, as its journal records it.
    struct Journal: Codable {
        var writes: [String]
        var removals: [String]

        static func read(_ path: String) -> Journal? {
            guard let data = FileManager.default.contents(atPath: path) else { return nil }
            return try? JSONDecoder().decode(Journal.self, from: data)
        }
    }

    /// Numbers staging folders within one process.
    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func next() -> Int {
            lock.lock(); defer { lock.unlock() }
            value += 1
            return value
        }
    }
}
