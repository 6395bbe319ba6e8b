/// The handle of one level in a ``LevelMonitors`` bank: a typed index, so a level cannot be
/// confused with a node, a job or any other count.
public struct LevelID: Hashable, Sendable {
    /// The level's position in its bank, in the order the levels were added (from 0).
    public let index: Int

    /// Creates the handle of the level at `index`.
    ///
    /// - Complexity: O(1).
    @inlinable
    public init(index: Int) {
        self.index = index
    }
}

/// Quantities that hold their value between changes (busy servers, a queue length, power
/// drawn), integrated over simulated time by the kernel's clock: level monitors, as in salabim.
///
/// The bank lives inside a ``Simulation``, and the clock integrates it: every time
/// ``Simulation/advance(to:)`` moves the clock forward by Δ milliseconds, each level adds
/// level × (Δ ÷ 3,600,000) to its integral. A model therefore changes a level with a plain
/// assignment at the current time and never passes a time; the old value has already been
/// counted up to now, and the new one counts from now on.
///
/// Integrals are in level-hours (level × hours: 3 busy servers for 30 minutes contribute 1.5)
/// and are summed interval by interval, one product per clock advance, so they equal term for
/// term the sums that a loop integrating its rates by hand would form. They run from the
/// bank's start or from the latest ``resetIntegrals()``.
///
/// Storage is one array of levels and one of integrals (struct of arrays), so the clock's
/// integration is a single pass over contiguous doubles.
///
/// - Complexity: changing a level O(1); every clock advance O(number of levels).
public struct LevelMonitors: Sendable {
    /// The current value of each level.
    @usableFromInline internal var values: [Double] = []
    /// ∫ level dt of each level since the start or the latest reset, in level-hours.
    @usableFromInline internal var integralsHours: [Double] = []

    /// Creates an empty bank.
    ///
    /// - Complexity: O(1).
    public init() {}

    /// The number of levels monitored.
    ///
    /// - Complexity: O(1).
    @inlinable
    public var count: Int { values.count }

    /// Adds a level, integrated from now on, and returns its handle.
    ///
    /// - Parameter level: Its initial value. Default 0.
    /// - Complexity: amortised O(1).
    public mutating func add(level: Double = 0) -> LevelID {
        values.append(level)
        integralsHours.append(0)
        return LevelID(index: values.count - 1)
    }

    /// Adds `count` levels with consecutive handles, all starting at `level`, and returns the first
    /// (the others follow at `index + 1`, `index + 2`, …).
    ///
    /// - Complexity: O(count).
    public mutating func add(count: Int, level: Double = 0) -> LevelID {
        let first = LevelID(index: values.count)
        values.append(contentsOf: repeatElement(level, count: count))
        integralsHours.append(contentsOf: repeatElement(0, count: count))
        return first
    }

    /// The current value of a level; setting it changes the level at the clock's current time.
    ///
    /// - Complexity: O(1).
    @inlinable
    public subscript(level: LevelID) -> Double {
        get { values[level.index] }
        set { values[level.index] = newValue }
    }

    /// ∫ level dt in level-hours, from the bank's start or its latest ``resetIntegrals()`` to
    /// the clock's current time.
    ///
    /// - Complexity: O(1).
    @inlinable
    public func integralHours(of level: LevelID) -> Double {
        integralsHours[level.index]
    }

    /// Sets every integral back to zero (for example at a period boundary, after reading them);
    /// the levels keep their values.
    ///
    /// - Complexity: O(number of levels).
    public mutating func resetIntegrals() {
        for index in integralsHours.indices { integralsHours[index] = 0 }
    }

    /// Adds level × (`milliseconds` ÷ 3,600,000) to every integral: the clock has moved on by
    /// `milliseconds` with every level held.
    ///
    /// Only the emptiness test is inlined into the caller's loop: a loop with no levels (the
    /// `mmc` benchmark) pays one comparison, and the integration itself stays out of its registers.
    /// - Complexity: O(number of levels).
    @inlinable @inline(__always)
    internal mutating func integrate(overMilliseconds milliseconds: Int64) {
        if values.isEmpty { return }
        integrateEvery(overMilliseconds: milliseconds)
    }

    /// ``integrate(overMilliseconds:)`` for a bank with at least one level.
    @usableFromInline
    internal mutating func integrateEvery(overMilliseconds milliseconds: Int64) {
        let count = values.count
        let hours = Double(milliseconds) / Double(SimTime.millisecondsPerHour)
        values.withUnsafeBufferPointer { levels in
            integralsHours.withUnsafeMutableBufferPointer { integrals in
                for index in 0..<count { integrals[index] += levels[index] * hours }
            }
        }
    }
}
