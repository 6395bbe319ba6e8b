import Foundation
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// What an interrupted run must undo, and the signal handling that undoes it.
///
/// Every step that changes an output folder (writing a staged file, the renames of a commit,
/// taking or releasing a lock) runs inside `guarded`, and registers how to undo what it leaves
/// behind (a staging folder, a temporary file, a lock file) until the run no longer needs it.
/// On SIGINT, SIGTERM or SIGHUP a handler only writes the signal's number to a pipe; a thread
/// reading that pipe takes the same mutex (so it waits for a step in progress, at most one
/// file's write or one commit's renames), undoes everything registered, and ends the process by
/// the same signal (exit status 128 + signal in a shell). So an interrupted run leaves no
/// partial file and no temporary file, and a commit is never cut in half.
///
/// Why handlers rather than only sweeping up after dead processes at the next start: the next
/// start may never come (a one-off `--out` folder), and a lock file or staging folder left in
/// `Reports/` would show in `git status`. What a SIGKILL or a power cut leaves is still swept up
/// by the next run that takes the folder's lock (see `OutputCommit.recover`).
public enum Interruption {
    /// The process's registry of undo actions.
    static let registry = CleanupRegistry()

    /// Installs the handlers for SIGINT, SIGTERM and SIGHUP (once; later calls do nothing) and
    /// unblocks them in the calling thread. A signal that was ignored when the process started
    /// (SIGINT in a background job of a shell) stays ignored. Call it from the main thread at the
    /// start of the program, not from library code or tests.
    public static func installHandlers() {
        SignalPipe.shared.install(signals: [SIGINT, SIGTERM, SIGHUP])
    }
}

/// The undo actions of a run, and the mutex that makes each file step whole with respect to
/// an interruption.
final class CleanupRegistry: @unchecked Sendable {
    private let mutex = NSRecursiveLock()
    private var actions: [(id: Int, undo: () -> Void)] = []
    private var nextID = 0

    /// Runs `body` holding the mutex: an interruption waits until it is done.
    func guarded<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        mutex.lock()
        defer { mutex.unlock() }
        return try body()
    }

    /// Registers `undo`, to run if the process is interrupted before `unregister(id)`; its id.
    @discardableResult
    func register(_ undo: @escaping () -> Void) -> Int {
        guarded {
            nextID += 1
            actions.append((nextID, undo))
            return nextID
        }
    }

    /// Forgets the action `id` (its work is done or undone by the caller).
    func unregister(_ id: Int) {
        guarded { actions.removeAll { $0.id == id } }
    }

    /// Runs every registered action, newest first, and keeps the mutex for good, so that no
    /// other thread changes a folder afterwards; called once, just before the process ends.
    func undoAllAndHold() {
        mutex.lock()
        for action in actions.reversed() { action.undo() }
        actions.removeAll()
    }
}

/// The self-pipe between the signal handler (which may only do async-signal-safe things: one
/// write(2)) and the thread that cleans up.
final class SignalPipe: @unchecked Sendable {
    static let shared = SignalPipe()
    private let lock = NSLock()
    private var installed = false

    func install(signals: [Int32]) {
        lock.lock(); defer { lock.unlock() }
        guard !installed else { return }
        installed = true
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return }
        _ = fcntl(ends[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
        signalPipeWriteEnd = ends[1]
        let readEnd = ends[0]
        let thread = Thread {
            var number: UInt8 = 0
            while true {
                let count = read(readEnd, &number, 1)
                if count == 1 { break }
                if count < 0 && errno == EINTR { continue }
                return
            }
            Interruption.registry.undoAllAndHold()
            // End by the signal itself, so that the parent sees how the run ended.
            var only = sigset_t()
            sigemptyset(&only)
            sigaddset(&only, Int32(number))
            signal(Int32(number), SIG_DFL)
            pthread_sigmask(SIG_UNBLOCK, &only, nil)
            raise(Int32(number))
            _exit(128 + Int32(number))
        }
        thread.name = "aifactory signal cleanup"
        var handled = sigset_t()
        sigemptyset(&handled)
        for number in signals {
            var previous = sigaction()
            sigaction(number, nil, &previous)
            if Self.isIgnored(previous) { continue }
            var action = sigaction()
            Self.setHandler(&action)
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_RESTART
            sigaction(number, &action, nil)
            sigaddset(&handled, number)
        }
        // A parent can pass on a mask that blocks them (Foundation's Process spawns children
        // with the spawning thread's mask): a handled signal must reach this process.
        pthread_sigmask(SIG_UNBLOCK, &handled, nil)
        thread.start()
    }

    /// Whether a disposition is SIG_IGN (the value 1, which Swift does not import by name).
    private static func isIgnored(_ action: sigaction) -> Bool {
        #if canImport(Glibc)
        return unsafeBitCast(action.__sigaction_handler.sa_handler, to: Int.self) == 1
        #else
        return unsafeBitCast(action.__sigaction_u.__sa_handler, to: Int.self) == 1
        #endif
    }

    private static func setHandler(_ action: inout sigaction) {
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = recordSignal
        #else
        action.__sigaction_u.__sa_handler = recordSignal
        #endif
    }
}

/// The write end of the signal pipe, set once before any handler is installed.
nonisolated(unsafe) private var signalPipeWriteEnd: Int32 = -1

/// The signal handler: writes the signal's number to the pipe, nothing else.
private func recordSignal(_ number: Int32) {
    var byte = UInt8(truncatingIfNeeded: number)
    _ = write(signalPipeWriteEnd, &byte, 1)
}
