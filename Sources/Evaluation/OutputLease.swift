import Foundation

/// One use of a folder's lock by this process. The process takes each folder's lock once: a
/// command holds it for its whole run, and the writes inside the run use it again rather than
/// taking it a second time (flock would refuse the second descriptor).
struct OutputLease {
    private let key: String?

    /// Takes (or uses again) the lock of `folder`.
    /// - Throws: `OutputError` when another process holds it, or the folder cannot be made.
    static func take(_ folder: String, access: OutputLock.Access, purpose: OutputLock.Purpose) throws(OutputError) -> OutputLease {
        try HeldLocks.shared.lease(folder, access: access, purpose: purpose)
    }

    fileprivate init(key: String?) { self.key = key }

    /// Ends this use; the lock is released when its last use ends.
    func end() {
        if let key { HeldLocks.shared.end(key) }
    }
}

/// The locks this process holds, by resolved folder, with how many uses each has.
private final class HeldLocks: @unchecked Sendable {
    static let shared = HeldLocks()
    private let mutex = NSLock()
    private var table: [String: (lock: OutputLock, uses: Int)] = [:]

    func lease(_ folder: String, access: OutputLock.Access, purpose: OutputLock.Purpose) throws(OutputError) -> OutputLease {
        if OutputFolder.isFolder(folder) {
            let key = Self.key(folder)
            mutex.lock()
            if let held = table[key] {
                table[key] = (held.lock, held.uses + 1)
                mutex.unlock()
                return OutputLease(key: key)
            }
            mutex.unlock()
        }
        guard let lock = try OutputLock.take(folder, access: access, purpose: purpose) else { return OutputLease(key: nil) }
        mutex.lock(); defer { mutex.unlock() }
        table[lock.resolved] = (lock, (table[lock.resolved]?.uses ?? 0) + 1)
        return OutputLease(key: lock.resolved)
    }

    func end(_ key: String) {
        mutex.lock()
        guard let held = table[key] else { mutex.unlock(); return }
        if held.uses > 1 {
            table[key] = (held.lock, held.uses - 1)
            mutex.unlock()
            return
        }
        table[key] = nil
        mutex.unlock()
        held.lock.release()
    }

    /// The key of an existing folder: its path with links resolved.
    static func key(_ folder: String) -> String {
        URL(fileURLWithPath: folder).resolvingSymlinksInPath().standardizedFileURL.path
    }
}
