/// An instant (or a duration) on the simulation clock, counted in whole milliseconds.
///
/// The clock is an integer so that arithmetic on it is exact: three steps of `hours(0.1)`
/// land on exactly `hours(0.3)`, and two events whose times are reached by different sums
/// compare equal in a trace. (With `Double` hours, `0.1 + 0.1 + 0.1 != 0.3`, and the
/// ordering of "simultaneous" events would depend on how their times were computed.)
///
/// `SimTime` serves both as a point in time (measured from the simulation's origin,
/// ``zero``) and as a duration; `+` and `-` combine them.
///
/// Range: ±2⁶³ ms ≈ ±292 million years. Overflowing it is a programming error and traps.
public struct SimTime: Comparable, Hashable, Sendable, CustomStringConvertible {
    /// The time in milliseconds since the simulation's origin (or the duration in milliseconds).
    public var milliseconds: Int64

    /// Creates a time from a whole number of milliseconds.
    ///
    /// - Complexity: O(1).
    @inlinable
    public init(milliseconds: Int64) {
        self.milliseconds = milliseconds
    }

    /// The origin of the simulation clock (0 ms).
    public static let zero = SimTime(milliseconds: 0)

    /// The number of milliseconds in one hour: 3,600,000.
    public static let millisecondsPerHour: Int64 = 3_600_000

    /// The number of milliseconds in one second: 1,000.
    public static let millisecondsPerSecond: Int64 = 1_000

    /// The time `h` hours after the origin, rounded to the nearest millisecond.
    ///
    /// Halves round away from zero: `hours(0.5 / 3_600_000)` is 1 ms and its negation −1 ms.
    /// The product `h × 3,600,000` is formed in `Double` and then rounded, so the result is
    /// the same on every machine.
    ///
    /// - Parameter h: Hours; must be finite and within the representable range (|h| < 2.5 × 10¹², about 292 million years).
    /// - Complexity: O(1).
    @inlinable
    public static func hours(_ h: Double) -> SimTime {
        SimTime(milliseconds: roundedMilliseconds(h * 3_600_000.0))
    }

    /// The time `s` seconds after the origin, rounded to the nearest millisecond.
    ///
    /// Halves round away from zero, as in ``hours(_:)``.
    ///
    /// - Parameter s: Seconds; must be finite and within the representable range.
    /// - Complexity: O(1).
    @inlinable
    public static func seconds(_ s: Double) -> SimTime {
        SimTime(milliseconds: roundedMilliseconds(s * 1_000.0))
    }

    /// The time in hours (`milliseconds / 3,600,000`), as a `Double`.
    ///
    /// Exact for every time below 2⁵³ ms; otherwise the nearest `Double`.
    /// - Complexity: O(1).
    @inlinable
    public var hours: Double {
        Double(milliseconds) / 3_600_000.0
    }

    /// The time in seconds (`milliseconds / 1,000`), as a `Double`.
    ///
    /// - Complexity: O(1).
    @inlinable
    public var seconds: Double {
        Double(milliseconds) / 1_000.0
    }

    /// The time as `H:MM:SS.mmm` (hours unbounded, a leading `-` when negative), e.g. `26:03:00.250`.
    ///
    /// The text is exact: it shows every millisecond.
    /// - Complexity: O(1).
    public var description: String {
        let magnitude = milliseconds.magnitude
        let hours = magnitude / 3_600_000
        let minutes = magnitude / 60_000 % 60
        let seconds = magnitude / 1_000 % 60
        let millis = magnitude % 1_000
        func pad(_ value: UInt64, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        let sign = milliseconds < 0 ? "-" : ""
        return "\(sign)\(hours):\(pad(minutes, 2)):\(pad(seconds, 2)).\(pad(millis, 3))"
    }

    /// Rounds a millisecond count to the nearest integer, halves away from zero.
    ///
    /// Spelled out with a truncating conversion and an exact remainder rather than calling
    /// `rounded()`, so it is fast on every target and plainly platform-independent.
    @inlinable
    internal static func roundedMilliseconds(_ value: Double) -> Int64 {
        precondition(value.isFinite && value.magnitude < 9.2e18,
                     "SimTime: \(value) ms is not a finite time within ±292 million years")
        let truncated = Int64(value)
        // Exact: |value| < 2⁵³ makes Double(truncated) exact; above it `value` is already integral.
        let fraction = value - Double(truncated)
        // Selects rather than branches: for random durations the fraction is ≥ 0.5 half the
        // time, and a branch on it was mispredicted about once per scheduled event.
        let roundUp: Int64 = fraction >= 0.5 ? 1 : 0
        let roundDown: Int64 = fraction <= -0.5 ? 1 : 0
        return truncated &+ roundUp &- roundDown  // |truncated| < 9.2e18, so no wrap-around
    }
}

extension SimTime {
    /// Orders times chronologically.
    ///
    /// - Complexity: O(1).
    @inlinable
    public static func < (lhs: SimTime, rhs: SimTime) -> Bool {
        lhs.milliseconds < rhs.milliseconds
    }

    /// The sum of two times (a time plus a duration), exact in milliseconds.
    ///
    /// Overflow beyond ±2⁶³ ms traps.
    /// - Complexity: O(1).
    @inlinable
    public static func + (lhs: SimTime, rhs: SimTime) -> SimTime {
        SimTime(milliseconds: lhs.milliseconds + rhs.milliseconds)
    }

    /// The difference of two times (the duration between them, or a time minus a duration), exact in milliseconds.
    ///
    /// Overflow beyond ±2⁶³ ms traps.
    /// - Complexity: O(1).
    @inlinable
    public static func - (lhs: SimTime, rhs: SimTime) -> SimTime {
        SimTime(milliseconds: lhs.milliseconds - rhs.milliseconds)
    }

    /// Advances `lhs` by the duration `rhs`, exactly.
    ///
    /// - Complexity: O(1).
    @inlinable
    public static func += (lhs: inout SimTime, rhs: SimTime) {
        lhs.milliseconds += rhs.milliseconds
    }

    /// Moves `lhs` back by the duration `rhs`, exactly.
    ///
    /// - Complexity: O(1).
    @inlinable
    public static func -= (lhs: inout SimTime, rhs: SimTime) {
        lhs.milliseconds -= rhs.milliseconds
    }
}
