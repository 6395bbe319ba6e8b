/// Count, mean, variance, extremes and sum of a stream of values in one pass and O(1) memory
/// (a tally monitor, as in salabim).
///
/// The mean and variance use Welford's update, which stays accurate when the values are
/// large and close together; ``merge(_:)`` combines two tallies with the pairwise formula of
/// Chan, Golub and LeVeque (1979), so replications or shards can be tallied separately.
public struct RunningStatistics: Sendable, Equatable {
    @usableFromInline internal var storedCount: Int = 0
    @usableFromInline internal var storedSum: Double = 0
    @usableFromInline internal var runningMean: Double = 0
    /// The sum of squared deviations from the mean (Welford's M₂).
    @usableFromInline internal var sumOfSquaredDeviations: Double = 0
    @usableFromInline internal var smallest: Double = .infinity
    @usableFromInline internal var largest: Double = -.infinity

    /// Creates an empty tally.
    ///
    /// - Complexity: O(1).
    public init() {}

    /// Creates a tally of the given values.
    ///
    /// - Complexity: O(n).
    public init<S: Sequence>(_ values: S) where S.Element == Double {
        for value in values { add(value) }
    }

    /// Adds one value.
    ///
    /// - Complexity: O(1).
    @inlinable
    public mutating func add(_ x: Double) {
        storedCount += 1
        storedSum += x
        let delta = x - runningMean
        runningMean += delta / Double(storedCount)
        sumOfSquaredDeviations += delta * (x - runningMean)
        if x < smallest { smallest = x }
        if x > largest { largest = x }
    }

    /// The number of values added.
    ///
    /// - Complexity: O(1).
    @inlinable
    public var count: Int { storedCount }

    /// The sum of the values (0 when empty).
    ///
    /// - Complexity: O(1).
    @inlinable
    public var sum: Double { storedSum }

    /// The arithmetic mean, or NaN when empty.
    ///
    /// - Complexity: O(1).
    public var mean: Double { count == 0 ? .nan : runningMean }

    /// The sample variance, Σ(x − mean)² / (n − 1), or NaN with fewer than two values.
    ///
    /// - Complexity: O(1).
    public var variance: Double { count < 2 ? .nan : sumOfSquaredDeviations / Double(count - 1) }

    /// The sample standard deviation, √``variance``, or NaN with fewer than two values.
    ///
    /// - Complexity: O(1).
    public var standardDeviation: Double { variance.squareRoot() }

    /// The smallest value added, or NaN when empty.
    ///
    /// - Complexity: O(1).
    public var minimum: Double { count == 0 ? .nan : smallest }

    /// The largest value added, or NaN when empty.
    ///
    /// - Complexity: O(1).
    public var maximum: Double { count == 0 ? .nan : largest }

    /// Adds every value of `other`, as if they had been added to this tally one by one
    /// (equal up to rounding).
    ///
    /// With nₐ, n_b values, means x̄ₐ, x̄_b and δ = x̄_b − x̄ₐ: the merged mean is
    /// x̄ₐ + δ·n_b/n and M₂ = M₂ₐ + M₂_b + δ²·nₐ·n_b/n.
    /// - Complexity: O(1).
    public mutating func merge(_ other: RunningStatistics) {
        if other.count == 0 { return }
        if count == 0 {
            self = other
            return
        }
        let total = Double(count + other.count)
        let delta = other.runningMean - runningMean
        runningMean += delta * Double(other.count) / total
        sumOfSquaredDeviations += other.sumOfSquaredDeviations
            + delta * delta * Double(count) * Double(other.count) / total
        storedCount += other.storedCount
        storedSum += other.storedSum
        smallest = Swift.min(smallest, other.smallest)
        largest = Swift.max(largest, other.largest)
    }
}
