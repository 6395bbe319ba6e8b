import Foundation
import LinearAlgebra
import TestSupport
import Testing

@testable import Forecasting

/// Growth curves fitted by Levenberg–Marquardt, checked against known parameters and closed forms.
struct CurveFitTests {}

/// A synthetic demand series: a curve with known parameters, sampled at fixed times, plus noise.
struct SyntheticCase: CustomStringConvertible, Sendable {
    var curve: GrowthCurve
    var truth: [Double]
    var times: [Double]
    /// Noise standard deviation, absolute (units of y) …
    var absoluteNoise: Double = 0
    /// … or relative to the true value.
    var relativeNoise: Double = 0
    var description: String { curve.rawValue }

    func observe(at t: Double, using generator: inout SeededGenerator) -> Double {
        let y = curve.value(at: t, parameters: truth)
        return y + (absoluteNoise + relativeNoise * abs(y)) * generator.normal()
    }

    func sample(seed: UInt64) -> (times: [Double], values: [Double]) {
        var generator = SeededGenerator(state: seed)
        return (times, times.map { observe(at: $0, using: &generator) })
    }
}

private let syntheticCases: [SyntheticCase] = [
    SyntheticCase(
        curve: .linear, truth: [100, 20], times: (0..<60).map { Double($0) / 10 }, absoluteNoise: 2),
    SyntheticCase(
        curve: .exponential, truth: [50, 0.4], times: (0..<48).map { Double($0) / 8 }, relativeNoise: 0.02),
    SyntheticCase(
        curve: .logistic, truth: [1000, 1.5, 3], times: (0..<72).map { Double($0) / 12 }, absoluteNoise: 10),
]

extension CurveFitTests {
    @Test("Noisy data give estimates within three standard errors of the true parameters", arguments: syntheticCases)
    func recoversKnownParameters(_ example: SyntheticCase) throws {
        let data = example.sample(seed: 20_240_601)
        let fit = try CurveFitter.fit(example.curve, times: data.times, values: data.values)
        #expect(fit.observations == data.times.count)
        for (j, truth) in example.truth.enumerated() {
            let error = fit.standardErrors[j]
            #expect(abs(fit.parameters[j] - truth) <= 3 * error, "\(example.curve.parameterNames[j])")
            #expect(error > 0 && error < 0.05 * abs(truth), "standard error of \(example.curve.parameterNames[j])")
        }
    }

    @Test("The 95% prediction band is wider than the 80% band", arguments: syntheticCases)
    func bandsAreNested(_ example: SyntheticCase) throws {
        let data = example.sample(seed: 7)
        let fit = try CurveFitter.fit(example.curve, times: data.times, values: data.values)
        for t in [0, 1.5, 3, 6, 8] {
            let narrow = fit.predictionBand(at: t, level: 0.8)
            let wide = fit.predictionBand(at: t, level: 0.95)
            #expect(wide.lower < narrow.lower && narrow.lower < fit.value(at: t))
            #expect(fit.value(at: t) < narrow.upper && narrow.upper < wide.upper)
        }
    }

    @Test("About 95% of fresh observations fall inside the 95% prediction band", arguments: syntheticCases)
    func bandCoversFreshObservations(_ example: SyntheticCase) throws {
        let data = example.sample(seed: 99)
        let fit = try CurveFitter.fit(example.curve, times: data.times, values: data.values)
        var generator = SeededGenerator(state: 12_345)
        let trials = 600
        var inside = 0
        for k in 0..<trials {
            let t = example.times[k % example.times.count]
            let y = example.observe(at: t, using: &generator)
            let band = fit.predictionBand(at: t, level: 0.95)
            if band.lower <= y && y <= band.upper { inside += 1 }
        }
        let coverage = Double(inside) / Double(trials)
        #expect(abs(coverage - 0.95) <= 0.03, "coverage \(coverage)")
    }

    @Test("Exact data recover the parameters to 1e-6 relative", arguments: syntheticCases)
    func exactDataRecoverParameters(_ example: SyntheticCase) throws {
        let values = example.times.map { example.curve.value(at: $0, parameters: example.truth) }
        let fit = try CurveFitter.fit(example.curve, times: example.times, values: values)
        for (estimate, truth) in zip(fit.parameters, example.truth) {
            #expect(abs(estimate - truth) <= 1e-6 * abs(truth))
        }
        #expect(fit.residualSumOfSquares.isFinite && fit.standardErrors.allSatisfy(\.isFinite))
    }

    @Test("A linear Levenberg–Marquardt fit equals the closed-form least-squares line")
    func linearFitMatchesOrdinaryLeastSquares() throws {
        let data = syntheticCases[0].sample(seed: 3)
        let fit = try CurveFitter.fit(.linear, times: data.times, values: data.values)
        let design = Matrix(
            rows: data.times.count, columns: 2,
            elements: [Double](repeating: 1, count: data.times.count) + data.times)
        let ols = try leastSquares(design, data.values)
        #expect(fit.parameters.count == 2 && ols.count == 2)
        for (estimate, exact) in zip(fit.parameters, ols) {
            #expect(abs(estimate - exact) <= 1e-9 * max(1, abs(exact)))
        }
    }
}

/// A named set of observations that cannot be fitted, and the error expected.
struct UnfittableCase: CustomStringConvertible, Sendable {
    var name: String
    var curve: GrowthCurve
    var times: [Double]
    var values: [Double]
    var maximumIterations = 200
    var expected: CurveFitError
    var description: String { name }
}

/// A logistic (K = 1000, r = 1.5, t0 = 3) at 72 monthly times, with a small saw-tooth error.
private func slightlyNoisyLogistic() -> [Double] {
    (0..<72).map { (i: Int) -> Double in
        let t = Double(i) / 12
        return 1000 / (1 + exp(-1.5 * (t - 3))) + Double(i % 5) - 2
    }
}

private let constantTimes: [Double] = (0..<20).map { Double($0) }
private let monthlyTimes: [Double] = (0..<72).map { Double($0) / 12 }

private let unfittableCases: [UnfittableCase] = [
    UnfittableCase(
        name: "constant data for a logistic", curve: .logistic, times: constantTimes,
        values: [Double](repeating: 42, count: 20), expected: .singularJacobian(curve: .logistic)),
    UnfittableCase(
        name: "three points for a three-parameter logistic", curve: .logistic, times: [0, 1, 2],
        values: [1, 5, 9], expected: .tooFewObservations(curve: .logistic, count: 3, required: 4)),
    UnfittableCase(
        name: "two points for a line", curve: .linear, times: [0, 1], values: [1, 2],
        expected: .tooFewObservations(curve: .linear, count: 2, required: 3)),
    UnfittableCase(
        name: "a NaN value", curve: .linear, times: [0, 1, 2, 3], values: [1, .nan, 3, 4],
        expected: .nonFiniteData(index: 1, time: 1, value: .nan)),
    UnfittableCase(
        name: "an infinite time", curve: .exponential, times: [0, 1, .infinity, 3], values: [1, 2, 3, 4],
        expected: .nonFiniteData(index: 2, time: .infinity, value: 3)),
    UnfittableCase(
        name: "negative data for an exponential", curve: .exponential, times: [0, 1, 2, 3],
        values: [5, 3, -1, 2], expected: .nonPositiveValue(index: 2, value: -1)),
    UnfittableCase(
        name: "mismatched lengths", curve: .linear, times: [0, 1, 2], values: [1, 2, 3, 4],
        expected: .mismatchedLengths(times: 3, values: 4)),
    UnfittableCase(
        name: "a logistic given one iteration", curve: .logistic, times: monthlyTimes,
        values: slightlyNoisyLogistic(),
        maximumIterations: 1, expected: .noConvergence(curve: .logistic, iterations: 1)),
]

extension CurveFitTests {
    @Test("Data that cannot be fitted give a clear error, never NaNs", arguments: unfittableCases)
    func unfittableDataThrow(_ example: UnfittableCase) {
        do {
            let fit = try CurveFitter.fit(
                example.curve, times: example.times, values: example.values,
                maximumIterations: example.maximumIterations)
            Issue.record("expected \(example.expected), got parameters \(fit.parameters)")
        } catch {
            // NaN ≠ NaN, so compare the NaN case by its description.
            #expect(error.description == example.expected.description)
            #expect(!error.description.isEmpty)
        }
    }

    @Test("Student-t critical values come from the table, then tend to the normal values")
    func studentTCriticalValues() {
        #expect(studentTCriticalValue(level: 0.95, degreesOfFreedom: 1) == 12.706205)
        #expect(studentTCriticalValue(level: 0.8, degreesOfFreedom: 30) == 1.310415)
        #expect(abs(studentTCriticalValue(level: 0.95, degreesOfFreedom: 58) - 2.0017175) < 1e-5)
        #expect(abs(studentTCriticalValue(level: 0.8, degreesOfFreedom: 40) - 1.3030771) < 1e-5)
        #expect(abs(studentTCriticalValue(level: 0.95, degreesOfFreedom: 1_000_000) - 1.959964) < 1e-5)
        #expect(abs(studentTCriticalValue(level: 0.8, degreesOfFreedom: 1_000_000) - 1.281552) < 1e-5)
    }
}
