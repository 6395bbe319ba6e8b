import Foundation

/// Runs work on a thread of its own whose stack fits the deepest document libyaml accepts.
///
/// Yams composes a document recursively, one call per level of nesting. libyaml stops at 1,000
/// levels ("Maximum nesting level reached"), but 1,000 levels take more than 1 MB of stack
/// (measured: `validate` of a 998-level file crashed in Yams' `loadSequence` with a 1 MB stack
/// and passed with 8 MB). Sweep points are loaded on worker threads, whose stacks can be
/// 512 KB, so the composition gets a thread with a stack of `stackBytes`, chosen with room to
/// spare for a debug build, whose frames are larger.
enum LargeStack {
    /// The stack of the composing thread, in bytes (address space, touched only as used).
    static let stackBytes = 64 << 20

    /// `body`'s result, computed on a new thread with a `stackBytes` stack; the caller waits.
    static func run<T: Sendable>(_ body: @escaping @Sendable () -> T) -> T {
        let box = Box<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = body()
            done.signal()
        }
        thread.stackSize = stackBytes
        thread.start()
        done.wait()
        return box.value!
    }

    /// The result, handed from the composing thread to the waiting one; the semaphore orders
    /// the write before the read.
    private final class Box<T>: @unchecked Sendable {
        var value: T?
    }
}
