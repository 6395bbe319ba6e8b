/// Sample quantiles by linear interpolation between order statistics.
public enum Quantile {
    /// The `p`-quantile of sorted values, by Hyndman and Fan's definition 7 (the default of R's
    /// `quantile` and NumPy's `percentile`).
    ///
    /// With n values x₀ ≤ … ≤ xₙ₋₁, let h = (n − 1)·p and j = ⌊h⌋; the quantile is
    /// xⱼ + (h − j)·(xⱼ₊₁ − xⱼ). So p = 0 gives the minimum, p = 1 the maximum and p = 0.5 the
    /// usual median; e.g. [1, 2, 3, 4] has 0.5-quantile 2.5 and 0.95-quantile 3.85.
    ///
    /// - Parameters:
    ///   - sorted: Values in non-decreasing order (not checked).
    ///   - p: The probability, in [0, 1].
    /// - Returns: The quantile, or NaN when `sorted` is empty.
    /// - Complexity: O(1).
    public static func of(sorted: [Double], _ p: Double) -> Double {
        precondition(p >= 0 && p <= 1, "Quantile.of(sorted:_:): p = \(p) is outside [0, 1]")
        guard !sorted.isEmpty else { return .nan }
        let h = Double(sorted.count - 1) * p
        let j = Int(h)  // ⌊h⌋, h ≥ 0
        if j >= sorted.count - 1 { return sorted[sorted.count - 1] }
        let fraction = h - Double(j)
        return sorted[j] + fraction * (sorted[j + 1] - sorted[j])
    }

    /// The `p`-quantile (type 7, see ``of(sorted:_:)``) of values in any order; sorts a copy.
    ///
    /// - Parameters:
    ///   - unsorted: The values; must not contain NaN.
    ///   - p: The probability, in [0, 1].
    /// - Returns: The quantile, or NaN when `unsorted` is empty.
    /// - Complexity: O(n log n).
    public static func of(unsorted: [Double], _ p: Double) -> Double {
        of(sorted: unsorted.sorted(), p)
    }
}
