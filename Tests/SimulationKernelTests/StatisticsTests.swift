import SimulationKernel
import TestSupport
import Testing

@Suite("RunningStatistics")
struct RunningStatisticsTests {
    @Test("a hand-worked sample: [2, 4, 4, 4, 5, 5, 7, 9] has mean 5 and sample variance 32/7")
    func handWorked() {
        let statistics = RunningStatistics([2, 4, 4, 4, 5, 5, 7, 9])
        #expect(statistics.count == 8)
        #expect(statistics.sum == 40)
        #expect(isClose(statistics.mean, 5))
        #expect(isClose(statistics.variance, 32.0 / 7))
        #expect(isClose(statistics.standardDeviation, (32.0 / 7).squareRoot()))
        #expect(statistics.minimum == 2 && statistics.maximum == 9)
    }

    @Test("an empty tally has NaN mean and extremes; one value has NaN variance")
    func emptyAndSingle() {
        let empty = RunningStatistics()
        #expect(empty.count == 0 && empty.sum == 0)
        #expect(empty.mean.isNaN && empty.variance.isNaN && empty.minimum.isNaN && empty.maximum.isNaN)
        let single = RunningStatistics([4])
        #expect(single.mean == 4 && single.variance.isNaN && single.minimum == 4 && single.maximum == 4)
    }

    @Test("Welford's update stays accurate for large values close together")
    func numericallyStable() {
        let statistics = RunningStatistics((0..<1_000).map { 1e9 + Double($0 % 4) })
        #expect(isClose(statistics.variance, 1.2512512512512513, relative: 1e-9))
    }

    @Test("merging two tallies equals one pass over all the values", arguments: [0, 1, 137, 500, 999, 1_000])
    func mergeEqualsSinglePass(split: Int) {
        var random = RandomStream(seed: 41, stream: 0)
        let values = (0..<1_000).map { _ in random.lognormal(median: 100, sigma: 1) }
        let whole = RunningStatistics(values)
        var merged = RunningStatistics(values[..<split])
        merged.merge(RunningStatistics(values[split...]))
        #expect(merged.count == whole.count)
        #expect(isClose(merged.mean, whole.mean, relative: 1e-13))
        #expect(isClose(merged.variance, whole.variance, relative: 1e-12))
        #expect(isClose(merged.sum, whole.sum, relative: 1e-13))
        #expect(merged.minimum == whole.minimum && merged.maximum == whole.maximum)
    }
}

@Suite("Quantile (Hyndman–Fan type 7)")
struct QuantileTests {
    @Test(
        "hand-worked and NumPy-checked quantiles",
        arguments: [
            ([1, 2, 3, 4], 0.5, 2.5), ([1, 2, 3, 4], 0.95, 3.85), ([1, 2, 3, 4], 0.25, 1.75),
            ([1, 2, 3, 4], 0, 1), ([1, 2, 3, 4], 1, 4), ([7], 0.3, 7),
            ([-2, 0, 3.1, 4.25, 4.25, 8.5, 10], 0.1, -0.8), ([-2, 0, 3.1, 4.25, 4.25, 8.5, 10], 0.33, 3.038),
            ([-2, 0, 3.1, 4.25, 4.25, 8.5, 10], 0.5, 4.25), ([-2, 0, 3.1, 4.25, 4.25, 8.5, 10], 0.9, 9.1),
        ] as [([Double], Double, Double)]
    )
    func sorted(values: [Double], p: Double, expected: Double) {
        #expect(isClose(Quantile.of(sorted: values, p), expected, relative: 1e-14))
    }

    @Test("unsorted input is sorted first; an empty array gives NaN")
    func unsortedAndEmpty() {
        #expect(Quantile.of(unsorted: [4, 1, 3, 2], 0.5) == 2.5)
        #expect(Quantile.of(unsorted: [10, -2, 4.25, 0, 8.5, 4.25, 3.1], 0.9) == Quantile.of(sorted: [-2, 0, 3.1, 4.25, 4.25, 8.5, 10], 0.9))
        #expect(Quantile.of(sorted: [], 0.5).isNaN)
    }
}
