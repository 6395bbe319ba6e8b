import BitExactMath
import Forecasting
import TestSupport
import Testing

/// Fitted curves must be the same to the last bit on every machine: forecasts feed plans,
/// and plans are committed outputs. The curve models use BitExactMath's exp and log, never
/// the platform's, so these bit patterns hold wherever IEEE arithmetic and LAPACK's
/// Householder QR (`dgels`) do; a change of either shows here first.
struct ReproducibleFitTests {
    /// Eight years of monthly observation times, in years.
    static let times = (0..<96).map { Double($0) / 12 }

    /// A fixed ±2 % wobble on observation `index`: no random numbers, no platform maths.
    static func wobble(_ index: Int) -> Double { 1 + 0.01 * Double(index * 7 % 5 - 2) }

    @Test("An exponential fit's parameters are pinned to the last bit")
    func exponentialParametersArePinned() throws {
        let values = Self.times.enumerated().map { index, t in 50 * ReproducibleMath.exp(0.4 * t) * Self.wobble(index) }
        let fit = try CurveFitter.fit(.exponential, times: Self.times, values: values)
        // OpenBLAS picks its kernels by CPU at load time, and its Haswell and SkylakeX (AVX-512)
        // kernels round this QR differently in the last bits. Each is
        // pinned: on one machine the fit never changes, whatever the core count.
        let pins: [[UInt64]] = [
            [0x4049_1544_5498_95dd, 0x3fd9_8fd4_9d7d_e35a],  // Haswell kernels (the CI machine)
            [0x4049_1544_5498_0df6, 0x3fd9_8fd4_9d7e_1627],  // SkylakeX kernels (AVX-512)
        ]
        #expect(pins.contains(fit.parameters.map(\.bitPattern)), "\(fit.parameters.map { String($0.bitPattern, radix: 16) })")
        // The pin is of a fit that is right: close to the trend the data were made from.
        #expect(isClose(fit.parameters[0], 50, relative: 0.02))
        #expect(isClose(fit.parameters[1], 0.4, relative: 0.02))
    }

    @Test("A logistic fit's parameters are pinned to the last bit")
    func logisticParametersArePinned() throws {
        let values = Self.times.enumerated().map { index, t in
            1_000 / (1 + ReproducibleMath.exp(-1.5 * (t - 3))) * Self.wobble(index)
        }
        let fit = try CurveFitter.fit(.logistic, times: Self.times, values: values)
        #expect(fit.parameters.map(\.bitPattern) == [0x408f_3d65_f1b4_54f0, 0x3ff8_047e_7d52_2f88, 0x4007_fead_80bb_ff39])
        #expect(isClose(fit.parameters[0], 1_000, relative: 0.02))
        #expect(isClose(fit.parameters[1], 1.5, relative: 0.02))
        #expect(isClose(fit.parameters[2], 3, relative: 0.02))
    }
}
