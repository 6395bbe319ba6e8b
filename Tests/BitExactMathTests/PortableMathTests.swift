@testable import BitExactMath
import SimulationKernel
import TestSupport
import Foundation
import Testing

@Suite("PortableMath (fdlibm log and exp)")
struct PortableMathTests {
    @Test("log agrees with the platform's log to within 1 ulp over (0, 1] and wide magnitudes")
    func logAccuracy() {
        var random = RandomStream(seed: 11, stream: 0)
        var worst: UInt64 = 0
        for _ in 0..<200_000 {
            let u = random.nextOpenUniform()
            let wide = Double(sign: .plus, exponent: random.uniformInt(below: 2_000) - 1_000, significand: 1 + u)
            worst = max(worst, ulpDistance(PortableMath.log(u), Foundation.log(u)))
            worst = max(worst, ulpDistance(PortableMath.log(wide), Foundation.log(wide)))
        }
        #expect(worst <= 1)
    }

    @Test("exp agrees with the platform's exp to within 1 ulp over [-745, 709]")
    func expAccuracy() {
        var random = RandomStream(seed: 12, stream: 0)
        var worst: UInt64 = 0
        for _ in 0..<200_000 {
            let small = random.uniform(min: -3, max: 3)
            let wide = random.uniform(min: -700, max: 709)
            worst = max(worst, ulpDistance(PortableMath.exp(small), Foundation.exp(small)))
            worst = max(worst, ulpDistance(PortableMath.exp(wide), Foundation.exp(wide)))
        }
        #expect(worst <= 1)
    }

    @Test(
        "special values follow IEEE conventions and named constants are within 1 ulp",
        arguments: [
            (PortableMath.log(1), 0), (PortableMath.log(0), -.infinity), (PortableMath.log(-0.0), -.infinity),
            (PortableMath.log(.infinity), .infinity), (PortableMath.log(.leastNonzeroMagnitude), -744.4400719213812),
            (PortableMath.exp(0), 1), (PortableMath.exp(-.infinity), 0), (PortableMath.exp(.infinity), .infinity),
            (PortableMath.exp(710), .infinity), (PortableMath.exp(-746), 0), (PortableMath.exp(1), 2.718281828459045),
        ] as [(Double, Double)]
    )
    func specialValues(computed: Double, expected: Double) {
        #expect(computed == expected || ulpDistance(computed, expected) <= 1)
    }

    @Test("log of a negative number and NaN inputs give NaN")
    func nans() {
        #expect(PortableMath.log(-1).isNaN)
        #expect(PortableMath.log(.nan).isNaN)
        #expect(PortableMath.exp(.nan).isNaN)
    }
}
