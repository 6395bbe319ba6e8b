import Foundation
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The lock of one output folder: the file `.aifactory.lock` in it, held with flock(2) for as
/// long as a run writes (or briefly reads) the folder, and naming its holder (process id, host,
/// start time, command) so that a second run can say who is writing.
///
/// - The kernel releases a flock when its process ends however it ends, so a lock file left by
///   a dead process is simply taken over; the file is removed when the last holder lets go.
/// - `exclusive` (every command's folder) excludes every other holder; `shared` (a sweep's
///   folder, which several shards of one sweep fill at once) excludes only exclusive holders.
/// - Taking a lock retries for `patience` (2 s by default), so that a brief holder (a `check`
///   reading its baseline) delays rather than fails a run; after that it fails in plain words.
/// - On a file system without flock (Lustre mounted without `flock`), an exclusive lock falls
///   back to the file itself (created with O_EXCL; stale when its process is gone from this
///   host), and a shared lock is not taken: shards write distinct files whole, and
///   `SweepStore` refuses a different sweep in the folder.
/// - Holding the lock exclusively, a run first finishes or discards what an earlier run killed
///   mid-write left in the folder (`OutputCommit.recover`).
public final class OutputLock: @unchecked Sendable {
    /// Who else may hold the folder at the same time.
    public enum Access: Sendable { case exclusive, shared }

    /// The lock file's name inside the folder.
    public static let fileName = ".aifactory.lock"

    /// The folder, as the analyst named it (for messages).
    public let folder: String
    /// The folder's resolved path (the key of the process's table of held locks).
    let resolved: String
    let access: Access
    /// The open lock file, or -1 for no lock (a read-only folder being read, or a shared lock
    /// on a file system without flock).
    private let descriptor: Int32
    /// Whether the lock is the pid-file fallback.
    private let isPidFile: Bool
    /// Folders this lock created (deepest last); removed again if still empty at release.
    private let createdFolders: [String]
    private var cleanupID = 0

    private init(folder: String, resolved: String, access: Access, descriptor: Int32, isPidFile: Bool, createdFolders: [String]) {
        self.folder = folder
        self.resolved = resolved
        self.access = access
        self.descriptor = descriptor
        self.isPidFile = isPidFile
        self.createdFolders = createdFolders
    }

    var lockPath: String { resolved + "/" + Self.fileName }

    /// How a lock is taken: to write (the folder created if missing) or to read (nothing
    /// created; a missing or read-only folder is read without a lock, as nobody can write it
    /// through this process's permissions either).
    enum Purpose { case write, read }

    /// Takes the lock of `folder`.
    /// - Returns: the lock, or nil when `purpose` is `.read` and the folder is missing or
    ///   cannot hold a lock file.
    /// - Throws: `OutputError` when another process holds it (who, since when, what to do), or
    ///   the folder cannot be made or written, in plain words.
    /// - Parameter useFlock: false to use the fallback for file systems without flock (tests).
    static func take(_ folder: String, access: Access, purpose: Purpose, patience: Double = 2, useFlock: Bool = true) throws(OutputError) -> OutputLock? {
        let registry = Interruption.registry
        var created: [String] = []
        var undoCreated = 0
        if purpose == .write {
            try registry.guarded { () throws(OutputError) in
                created = try OutputFolder.createFolderRecordingNew(URL(fileURLWithPath: folder))
                undoCreated = registry.register { [created] in removeIfEmpty(created) }
            }
        } else if !OutputFolder.isFolder(folder) {
            return nil
        }
        defer { registry.unregister(undoCreated) }
        let resolved = URL(fileURLWithPath: folder).resolvingSymlinksInPath().standardizedFileURL.path
        let deadline = Date().addingTimeInterval(patience)
        do throws(OutputError) {
            while true {
                let result = try registry.guarded { () throws(OutputError) in
                    useFlock
                        ? try attempt(folder: folder, resolved: resolved, access: access, purpose: purpose, created: created)
                        : try pidFileAttempt(folder: folder, resolved: resolved, access: access, purpose: purpose, created: created)
                }
                switch result {
                case .taken(let lock): return lock
                case .unlocked: return nil
                case .busy(let holder):
                    if Date() >= deadline { throw OutputError(message: busyMessage(folder: folder, holder: holder)) }
                    usleep(20_000)
                }
            }
        } catch {
            removeIfEmpty(created)
            throw error
        }
    }

    private enum Attempt { case taken(OutputLock), unlocked, busy(LockHolder?) }

    private static func attempt(folder: String, resolved: String, access: Access, purpose: Purpose, created: [String]) throws(OutputError) -> Attempt {
        let path = resolved + "/" + fileName
        var descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        if descriptor < 0 {
            let code = errno
            if purpose == .read, [EACCES, EPERM, EROFS].contains(code) {
                descriptor = open(path, O_RDONLY | O_CLOEXEC)
                if descriptor < 0 { return .unlocked }
            } else {
                throw OutputError(message: "cannot write in the output folder \(folder): \(OutputFolder.reason(errno: code)); nothing in it was changed")
            }
        }
        let wanted = access == .exclusive || purpose == .read ? LOCK_EX : LOCK_SH
        // Alone, even a shared holder takes the lock exclusively first, to tidy the folder.
        var code = FileCalls.flock(descriptor, LOCK_EX | LOCK_NB)
        var exclusive = code == nil
        if code == EWOULDBLOCK, wanted == LOCK_SH {
            code = FileCalls.flock(descriptor, LOCK_SH | LOCK_NB)
        }
        switch code {
        case nil: break
        case EWOULDBLOCK?:
            let holder = LockHolder.latest(in: FileCalls.readAll(descriptor))
            close(descriptor)
            return .busy(holder)
        case ENOLCK?, EOPNOTSUPP?, ENOSYS?, EINVAL?:
            close(descriptor)
            return try pidFileAttempt(folder: folder, resolved: resolved, access: access, purpose: purpose, created: created)
        case let other?:
            close(descriptor)
            throw OutputError(message: "cannot lock the output folder \(folder): \(OutputFolder.reason(errno: other))")
        }
        // The file may have been removed by its last holder between open and flock.
        guard FileCalls.identity(of: descriptor) == FileCalls.identity(of: path) else {
            close(descriptor)
            return .busy(nil)
        }
        let lock = OutputLock(folder: folder, resolved: resolved, access: access, descriptor: descriptor, isPidFile: false, createdFolders: created)
        if exclusive {
            ftruncate(descriptor, 0)
            _ = FileCalls.writeAll(Array(LockHolder.current().line.utf8), to: descriptor)
            do { try OutputCommit.recover(in: resolved, named: folder) } catch {
                lock.releaseNow()
                throw error
            }
            if wanted == LOCK_SH {
                if FileCalls.flock(descriptor, LOCK_SH | LOCK_NB) != nil {
                    close(descriptor)
                    return .busy(nil)
                }
                exclusive = false
            }
        } else {
            appendHolderLine(to: path, access: access)
        }
        lock.cleanupID = Interruption.registry.register { [lock] in lock.releaseNow() }
        return .taken(lock)
    }

    /// The fallback where flock is not supported: the lock file made with O_EXCL is the lock.
    private static func pidFileAttempt(folder: String, resolved: String, access: Access, purpose: Purpose, created: [String]) throws(OutputError) -> Attempt {
        if access == .shared || purpose == .read { return .unlocked }
        let path = resolved + "/" + fileName
        let descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if descriptor < 0 {
            let code = errno
            guard code == EEXIST else {
                throw OutputError(message: "cannot write in the output folder \(folder): \(OutputFolder.reason(errno: code)); nothing in it was changed")
            }
            let existing = open(path, O_RDONLY | O_CLOEXEC)
            let holder = existing >= 0 ? LockHolder.latest(in: FileCalls.readAll(existing)) : nil
            if existing >= 0 { close(existing) }
            if let holder, holder.isGone { _ = FileCalls.unlink(path) }
            return .busy(holder)
        }
        _ = FileCalls.writeAll(Array(LockHolder.current().line.utf8), to: descriptor)
        close(descriptor)
        let lock = OutputLock(folder: folder, resolved: resolved, access: access, descriptor: -1, isPidFile: true, createdFolders: created)
        do { try OutputCommit.recover(in: resolved, named: folder) } catch {
            lock.releaseNow()
            throw error
        }
        lock.cleanupID = Interruption.registry.register { [lock] in lock.releaseNow() }
        return .taken(lock)
    }

    /// Adds this process's line to a lock file held shared by others.
    private static func appendHolderLine(to path: String, access: Access) {
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = FileCalls.writeAll(Array(LockHolder.current().line.utf8), to: descriptor)
        close(descriptor)
    }

    /// Lets go: removes the lock file when this was its last holder (and it is still the file
    /// at that name), and the folders the lock created when they are still empty.
    public func release() {
        Interruption.registry.guarded {
            releaseNow()
            Interruption.registry.unregister(cleanupID)
        }
    }

    private var released = false

    private func releaseNow() {
        guard !released else { return }
        released = true
        if isPidFile {
            let existing = open(lockPath, O_RDONLY | O_CLOEXEC)
            if existing >= 0 {
                let holder = LockHolder.latest(in: FileCalls.readAll(existing))
                close(existing)
                if holder?.pid == getpid() && holder?.host == LockHolder.host { _ = FileCalls.unlink(lockPath) }
            }
        } else if descriptor >= 0 {
            let last = access == .exclusive || FileCalls.flock(descriptor, LOCK_EX | LOCK_NB) == nil
            if last, FileCalls.identity(of: descriptor) == FileCalls.identity(of: lockPath) { _ = FileCalls.unlink(lockPath) }
            close(descriptor)
        }
        Self.removeIfEmpty(createdFolders)
    }

    /// Removes `folders` (deepest last in the list) where they are empty.
    private static func removeIfEmpty(_ folders: [String]) {
        for folder in folders.reversed() { rmdir(folder) }
    }

    /// The message for a folder another process holds.
    static func busyMessage(folder: String, holder: LockHolder?, now: Date = Date()) -> String {
        let lockFile = (folder.hasSuffix("/") ? folder : folder + "/") + fileName
        guard let holder else {
            return "\(folder) is being written by another aifactory process; wait for it or remove \(lockFile) if no aifactory process is writing there"
        }
        let host = holder.host == LockHolder.host ? "" : " on \(holder.host)"
        return "\(folder) is being written by process \(holder.pid)\(host) (\(holder.command)), started \(holder.startedText(now: now)); wait for it or remove \(lockFile) if that process is gone"
    }
}

/// One holder of a lock, as its line in the lock file says: `PID HOST UNIX-SECONDS ACCESS COMMAND`.
struct LockHolder: Equatable {
    let pid: Int32
    let host: String
    /// When it took the lock, seconds since 1970.
    let started: Int
    let command: String

    /// This machine's host name (without spaces, as a line field).
    static let host = FileCalls.hostName().replacingOccurrences(of: " ", with: "_")

    /// The command this process runs, as `aifactory simulate`: the program's name and its
    /// subcommand.
    static let commandName: String = {
        let arguments = CommandLine.arguments
        let program = URL(fileURLWithPath: arguments.first ?? "aifactory").lastPathComponent
        guard arguments.count > 1, !arguments[1].hasPrefix("-") else { return program }
        return program + " " + arguments[1]
    }()

    /// This process, taking a lock now.
    static func current() -> LockHolder {
        LockHolder(pid: getpid(), host: host, started: Int(Date().timeIntervalSince1970), command: commandName)
    }

    /// The line that names it in the lock file.
    var line: String { "\(pid) \(host) \(started) \(command)\n" }

    /// The holder named by one line, or nil when the line is not one.
    init?(line: Substring) {
        let fields = line.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: true)
        guard fields.count == 4, let pid = Int32(fields[0]), let started = Int(fields[2]) else { return nil }
        self.init(pid: pid, host: String(fields[1]), started: started, command: String(fields[3]))
    }

    init(pid: Int32, host: String, started: Int, command: String) {
        self.pid = pid
        self.host = host
        self.started = started
        self.command = command
    }

    /// The holder to name from a lock file's bytes: the newest line whose process still runs
    /// on this host, else the newest line; nil when no line names a holder.
    static func latest(in bytes: [UInt8]) -> LockHolder? {
        let holders = String(decoding: bytes, as: UTF8.self).split(separator: "\n").compactMap(LockHolder.init(line:))
        return holders.last { !$0.isGone } ?? holders.last
    }

    /// Whether its process is known to be gone (it ran on this host and no longer exists).
    var isGone: Bool { host == Self.host && !FileCalls.processExists(pid) }

    /// The start time as the analyst reads it: `18:40:03` today, `2025-03-01 18:40:03` before.
    func startedText(now: Date) -> String {
        let date = Date(timeIntervalSince1970: TimeInterval(started))
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = Calendar.current.isDate(date, inSameDayAs: now) ? "HH:mm:ss" : "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: date)
    }
}
