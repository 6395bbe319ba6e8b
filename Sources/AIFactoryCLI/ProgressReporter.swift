import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Progress of a long run on standard error: a bar redrawn in place on a terminal (points done,
/// rate, time left), plain lines at most every 5 seconds otherwise, nothing when quiet.
final class ProgressReporter: @unchecked Sendable {
    private let quiet: Bool
    private let label: String
    private let isTerminal = isatty(2) == 1
    private let start = Date()
    private var lastLine = Date.distantPast
    private var drew = false
    private let lock = NSLock()

    init(quiet: Bool, label: String) {
        self.quiet = quiet
        self.label = label
    }

    /// Reports `done` of `total`.
    func update(done: Int, total: Int) {
        guard !quiet else { return }
        lock.lock(); defer { lock.unlock() }
        let elapsed = Date().timeIntervalSince(start)
        let rate = Double(done) / max(elapsed, 1e-9)
        let left = rate > 0 ? Double(total - done) / rate : 0
        let text = String(format: "%@: %d/%d points, %.2f points/s, ETA %@", label, done, total, rate, Self.duration(left))
        if isTerminal {
            let width = 30
            let filled = total > 0 ? width * done / total : width
            let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
            FileHandle.standardError.write(Data("\r[\(bar)] \(text)\u{1B}[K".utf8))
            drew = true
        } else if done == total || Date().timeIntervalSince(lastLine) >= 5 {
            FileHandle.standardError.write(Data((text + "\n").utf8))
            lastLine = Date()
        }
    }

    /// Ends the bar's line.
    func finish() {
        guard !quiet, drew else { return }
        FileHandle.standardError.write(Data("\n".utf8))
    }

    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        return total >= 3600 ? String(format: "%dh%02dm", total / 3600, total % 3600 / 60) : String(format: "%dm%02ds", total / 60, total % 60)
    }
}
