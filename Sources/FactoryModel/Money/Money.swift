/// An amount of money in whole euro cents.
///
/// Amounts are rounded to the cent once, where they are priced (a category in a year, a line
/// of opex in a month); every total after that is an integer sum, so a table adds up to the
/// cent when a ministry totals it by hand.
public struct Money: Hashable, Comparable, Sendable, AdditiveArithmetic, CustomStringConvertible {
    /// The amount in cents.
    public var cents: Int64

    /// An amount of `cents` cents.
    public init(cents: Int64) { self.cents = cents }

    /// `euros` rounded to the nearest cent, halves away from zero.
    public init(euros: Double) {
        precondition(euros.isFinite && abs(euros) < 9e16, "an amount of money must be finite")
        cents = Int64((euros * 100).rounded(.toNearestOrAwayFromZero))
    }

    /// The amount in euros (for ratios and display; sums stay in cents).
    public var euros: Double { Double(cents) / 100 }

    public static let zero = Money(cents: 0)
    public static func + (a: Money, b: Money) -> Money { Money(cents: a.cents + b.cents) }
    public static func - (a: Money, b: Money) -> Money { Money(cents: a.cents - b.cents) }
    public static func < (a: Money, b: Money) -> Bool { a.cents < b.cents }

    /// `EUR 1234.56` style: the amount in euros with two decimals, no grouping.
    public var description: String {
        let sign = cents < 0 ? "-" : ""
        let magnitude = cents.magnitude
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// Splits `total` over `weights` in proportion, by the largest-remainder method, so the
    /// parts are whole cents that add up to `total` exactly. Zero weights get nothing; when all
    /// weights are zero the parts are all zero (and `total` should be zero).
    public static func split(_ total: Money, proportionalTo weights: [Money]) -> [Money] {
        let weightSum = weights.reduce(Int64(0)) { $0 + max(0, $1.cents) }
        guard weightSum > 0 else { return weights.map { _ in .zero } }
        var parts: [Int64] = []
        var remainders: [(remainder: Double, index: Int)] = []
        for (index, weight) in weights.enumerated() {
            let exact = Double(total.cents) * Double(max(0, weight.cents)) / Double(weightSum)
            let floor = exact.rounded(.down)
            parts.append(Int64(floor))
            remainders.append((exact - floor, index))
        }
        var left = total.cents - parts.reduce(0, +)
        for entry in remainders.sorted(by: { ($0.remainder, -$0.index) > ($1.remainder, -$1.index) }) where left != 0 {
            guard weights[entry.index].cents > 0 else { continue }
            parts[entry.index] += left > 0 ? 1 : -1
            left += left > 0 ? -1 : 1
        }
        return parts.map { Money(cents: $0) }
    }
}
