/// A quantity that holds its value between changes (a queue length, busy servers, stored
/// energy), integrated over simulated time: a level monitor, as in salabim.
///
/// The integral is in level-hours (level × hours), so a level of 3 held for 30 minutes
/// contributes 1.5. It is accumulated as level × milliseconds (exact for integer levels, such
/// as counts, up to 2⁵³) and divided by 3,600,000 only when read.
public struct TimeWeightedLevel: Sendable, Equatable {
    /// When monitoring began.
    public let start: SimTime
    @usableFromInline internal var storedLastChange: SimTime
    @usableFromInline internal var storedLevel: Double
    @usableFromInline internal var storedMaximum: Double
    @usableFromInline internal var storedMinimum: Double
    /// ∫ level dt from `start` to `lastChange`, in level × milliseconds.
    @usableFromInline internal var levelMilliseconds: Double = 0

    /// Starts monitoring at `time` with the given level.
    ///
    /// - Complexity: O(1).
    public init(at time: SimTime, level: Double = 0) {
        start = time
        storedLastChange = time
        storedLevel = level
        storedMaximum = level
        storedMinimum = level
    }

    /// The time of the latest ``set(_:at:)`` or ``add(_:at:)`` (initially ``start``).
    ///
    /// - Complexity: O(1).
    @inlinable
    public var lastChange: SimTime { storedLastChange }

    /// The current level.
    ///
    /// - Complexity: O(1).
    @inlinable
    public var level: Double { storedLevel }

    /// The largest level held so far (including the initial level).
    ///
    /// - Complexity: O(1).
    @inlinable
    public var maximum: Double { storedMaximum }

    /// The smallest level held so far (including the initial level).
    ///
    /// - Complexity: O(1).
    @inlinable
    public var minimum: Double { storedMinimum }

    /// Changes the level at `time`; the old level counts until then.
    ///
    /// - Parameters:
    ///   - level: The new level.
    ///   - time: When it changes; must not be before ``lastChange``.
    /// - Complexity: O(1).
    @inlinable
    public mutating func set(_ level: Double, at time: SimTime) {
        precondition(time >= storedLastChange, "TimeWeightedLevel: time \(time) is before the last change at \(storedLastChange)")
        levelMilliseconds += storedLevel * Double(time.milliseconds - storedLastChange.milliseconds)
        storedLastChange = time
        storedLevel = level
        if level > storedMaximum { storedMaximum = level }
        if level < storedMinimum { storedMinimum = level }
    }

    /// Changes the level by `delta` at `time` (see ``set(_:at:)``).
    ///
    /// - Complexity: O(1).
    @inlinable
    public mutating func add(_ delta: Double, at time: SimTime) {
        set(level + delta, at: time)
    }

    /// ∫ level dt from ``start`` to `time`, in level-hours, assuming the level stays as it is after ``lastChange``.
    ///
    /// - Parameter time: Must not be before ``lastChange``.
    /// - Complexity: O(1).
    public func integral(until time: SimTime) -> Double {
        precondition(time >= lastChange, "TimeWeightedLevel: time \(time) is before the last change at \(lastChange)")
        let total = levelMilliseconds + level * Double(time.milliseconds - lastChange.milliseconds)
        return total / Double(SimTime.millisecondsPerHour)
    }

    /// The time-average level from ``start`` to `time`: ``integral(until:)`` divided by the hours elapsed.
    ///
    /// Over an empty interval (`time == start`) this is the current level, the limit of the
    /// average as the interval shrinks.
    /// - Parameter time: Must not be before ``lastChange``.
    /// - Complexity: O(1).
    public func mean(until time: SimTime) -> Double {
        let elapsed = time - start
        if elapsed.milliseconds == 0 { return level }
        return integral(until: time) / elapsed.hours
    }
}
