/// Pseudocosts for choosing the branching variable of `BranchAndBoundSolver`.
///
/// A variable's down (up) pseudocost is the mean rise of the LP objective, in the minimisation
/// sense, per unit its value was pushed down (up) by branching on it, measured each time a child
/// LP is solved. Branching on the variable with the largest product score
/// max(ε, f⁻·ψ⁻) · max(ε, f⁺·ψ⁺) (f⁻ = v − ⌊v⌋, f⁺ = ⌈v⌉ − v) picks the branch that moves the
/// bound most on both sides, which closes the gap in far fewer nodes than the most fractional
/// variable on models such as the build-out plan, whose integer variables differ in cost by
/// two orders of magnitude. Variables never branched on take the mean of those that were
/// (1 before any is known), so the first choices fall back to the most fractional.
struct BranchAndBoundPseudocosts {
    private var downSum: [Double]
    private var downCount: [Int]
    private var upSum: [Double]
    private var upCount: [Int]

    /// Pseudocosts for `count` variables, none measured yet.
    init(count: Int) {
        downSum = Array(repeating: 0, count: count)
        downCount = Array(repeating: 0, count: count)
        upSum = Array(repeating: 0, count: count)
        upCount = Array(repeating: 0, count: count)
    }

    /// Records that pushing variable `j` by `distance` (> 0) in direction `up` raised the LP
    /// objective by `rise` (clamped at 0).
    mutating func record(variable j: Int, up: Bool, distance: Double, rise: Double) {
        guard distance > 0, rise.isFinite else { return }
        let perUnit = max(0, rise) / distance
        if up {
            upSum[j] += perUnit
            upCount[j] += 1
        } else {
            downSum[j] += perUnit
            downCount[j] += 1
        }
    }

    /// The fractional integer variable of `x` with the largest product score (ties: lowest
    /// index), or nil when every integer variable is within `tolerance` of an integer.
    func branchingVariable(_ x: [Double], isInteger: [Bool], tolerance: Double) -> Int? {
        let downMean = Self.mean(downSum, downCount)
        let upMean = Self.mean(upSum, upCount)
        var best: Int?
        var bestScore = -Double.infinity
        for j in x.indices where isInteger[j] {
            let below = x[j] - x[j].rounded(.down)
            guard abs(x[j] - x[j].rounded()) > tolerance else { continue }
            let down = downCount[j] > 0 ? downSum[j] / Double(downCount[j]) : downMean
            let up = upCount[j] > 0 ? upSum[j] / Double(upCount[j]) : upMean
            let score = max(1e-6, below * down) * max(1e-6, (1 - below) * up)
            if score > bestScore {
                best = j
                bestScore = score
            }
        }
        return best
    }

    private static func mean(_ sums: [Double], _ counts: [Int]) -> Double {
        let known = counts.reduce(0, +)
        return known > 0 ? zip(sums, counts).reduce(0) { $0 + ($1.1 > 0 ? $1.0 / Double($1.1) : 0) } / Double(counts.filter { $0 > 0 }.count) : 1
    }
}
