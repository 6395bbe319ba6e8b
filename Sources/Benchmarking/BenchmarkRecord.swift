import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One measured piece of work: what was done, how long it took, how much memory the process
/// held at its peak, and a correctness figure next to the speed figure, so that a fast wrong
/// answer cannot pass as a win.
public struct BenchmarkRecord: Sendable {
    /// The model (`mmc`, `factory`, `scale`, `lp`).
    public var model: String
    /// The work, in words (`M/M/64, ρ = 0.9, 1,000,000 jobs`).
    public var work: String
    /// Events simulated (0 for LP solves).
    public var events: Int
    /// Wall-clock seconds.
    public var wallSeconds: Double
    /// Peak resident memory of the process so far, KiB (getrusage ru_maxrss).
    public var peakMemoryKiB: Int
    /// The correctness figure's name and value (`mean wait rel. error vs Erlang C`, 0.0012).
    public var correctness: String
    /// Extra numbers as name → value (iterations, objective), printed in the JSON.
    public var extra: [(String, String)]

    /// Creates a record.
    public init(model: String, work: String, events: Int, wallSeconds: Double, peakMemoryKiB: Int, correctness: String, extra: [(String, String)]) {
        self.model = model
        self.work = work
        self.events = events
        self.wallSeconds = wallSeconds
        self.peakMemoryKiB = peakMemoryKiB
        self.correctness = correctness
        self.extra = extra
    }

    /// Events per second (0 when no events).
    public var eventsPerSecond: Double { events > 0 && wallSeconds > 0 ? Double(events) / wallSeconds : 0 }

    /// One JSON object on one line.
    public var json: String {
        var fields = [
            "\"model\": \"\(model)\"", "\"work\": \"\(work.replacingOccurrences(of: "\"", with: "'"))\"",
            "\"events\": \(events)", "\"wall_seconds\": \(rounded(wallSeconds, 4))",
            "\"events_per_second\": \(rounded(eventsPerSecond, 0))", "\"peak_memory_kib\": \(peakMemoryKiB)",
            "\"correctness\": \"\(correctness.replacingOccurrences(of: "\"", with: "'"))\"",
        ]
        fields += extra.map { "\"\($0.0)\": \($0.1)" }
        return "{" + fields.joined(separator: ", ") + "}"
    }

    private func rounded(_ value: Double, _ decimals: Int) -> String {
        String(format: "%.\(decimals)f", value)
    }

    /// The process's peak resident memory so far, KiB: `VmHWM` from /proc/self/status. Not
    /// getrusage's ru_maxrss, which Linux carries across exec, so that a benchmark started by a
    /// larger parent (a Python driver) would report the parent's peak.
    public static func peakMemoryKiB() -> Int {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
           let kib = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") {
            return kib
        }
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Int(usage.ru_maxrss)
    }

    /// Seconds taken by `body`, and its result.
    public static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let clock = ContinuousClock()
        let start = clock.now
        let value = try body()
        let elapsed = clock.now - start
        return (value, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    }
}
