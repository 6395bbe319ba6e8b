import Foundation
import SimulationKernel
import TestSupport
import Testing

@Suite("ConfidenceInterval")
struct ConfidenceIntervalTests {
    @Test("[1, 2, 3, 4, 5]: mean 3, s = 1.5811, t(4) = 2.776445, half-width 1.96324")
    func handWorked() {
        let interval = ConfidenceInterval.mean95(of: [1, 2, 3, 4, 5])
        #expect(interval.count == 5)
        #expect(isClose(interval.mean, 3))
        let expectedHalfWidth = 2.776445105 * 2.5.squareRoot() / 5.0.squareRoot()
        #expect(isClose(interval.halfWidth, expectedHalfWidth, relative: 1e-9))
        #expect(isClose(interval.halfWidth, 1.963243, relative: 1e-6))
        #expect(isClose(interval.lower, 3 - expectedHalfWidth, relative: 1e-9))
        #expect(isClose(interval.upper, 3 + expectedHalfWidth, relative: 1e-9))
    }

    @Test("one value gives the point itself with zero width; no values give NaN")
    func degenerate() {
        #expect(ConfidenceInterval.mean95(of: [4.5]) == ConfidenceInterval(mean: 4.5, halfWidth: 0, count: 1))
        let empty = ConfidenceInterval.mean95(of: [])
        #expect(empty.count == 0 && empty.mean.isNaN && empty.lower.isNaN && empty.upper.isNaN && empty.halfWidth.isNaN)
    }

    /// P(|T| ≤ t) for Student's t with ν degrees of freedom: the exact finite series of
    /// Abramowitz and Stegun 26.7.3 (ν odd) and 26.7.4 (ν even), with θ = atan(t/√ν).
    static func centralProbability(_ t: Double, degreesOfFreedom nu: Int) -> Double {
        let theta = atan(t / Double(nu).squareRoot())
        let cosineSquared = cos(theta) * cos(theta)
        if nu % 2 == 0 {
            var term = 1.0, sum = 1.0
            for k in stride(from: 2, through: nu - 2, by: 2) {
                term *= Double(k - 1) / Double(k) * cosineSquared
                sum += term
            }
            return sin(theta) * sum
        }
        if nu == 1 { return 2 * theta / .pi }
        var term = cos(theta), sum = cos(theta)
        for k in stride(from: 3, through: nu - 2, by: 2) {
            term *= Double(k - 1) / Double(k) * cosineSquared
            sum += term
        }
        return 2 / .pi * (theta + sin(theta) * sum)
    }

    @Test("the t critical values put exactly 95% of the distribution between ±t",
          arguments: Array(1...35) + [40, 60, 120, 1_000, 100_000])
    func criticalValues(degreesOfFreedom: Int) {
        let t = ConfidenceInterval.studentT975(degreesOfFreedom: degreesOfFreedom)
        #expect(abs(Self.centralProbability(t, degreesOfFreedom: degreesOfFreedom) - 0.95) < 1e-9)
    }

    @Test("the critical values decrease towards the normal quantile 1.959964")
    func monotone() {
        let values = (1...200).map { ConfidenceInterval.studentT975(degreesOfFreedom: $0) }
        #expect(zip(values, values.dropFirst()).allSatisfy { $0 > $1 })
        // t ≈ z + (z³ + z) / 4ν for large ν.
        let nu = 1_000_000_000.0
        let z = 1.959963984540054
        #expect(isClose(ConfidenceInterval.studentT975(degreesOfFreedom: Int(nu)), z + (z * z * z + z) / (4 * nu), relative: 1e-15))
    }
}
