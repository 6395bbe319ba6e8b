import BitExactMath
import Foundation
import LinearAlgebra

/// Starting values for Levenberg–Marquardt, estimated directly from the data.
extension CurveFitter {
    /// The parameters from which the iteration starts.
    ///
    /// - linear: the ordinary least-squares line (so the iteration only confirms it);
    /// - exponential: a = e^α, b = β from the least-squares line α + β·t through (tᵢ, log yᵢ),
    ///   which needs every yᵢ > 0;
    /// - logistic: see `logisticStart(times:values:)`.
    ///
    /// - Throws: `.nonPositiveValue` for an exponential with a value ≤ 0;
    ///   `.singularJacobian` for a logistic on constant data or when a start line is undetermined.
    static func startingParameters(
        _ curve: GrowthCurve, times: [Double], values: [Double]
    ) throws(CurveFitError) -> [Double] {
        switch curve {
        case .linear:
            return try lineFit(curve, times: times, values: values)
        case .exponential:
            if let index = values.firstIndex(where: { $0 <= 0 }) {
                throw .nonPositiveValue(index: index, value: values[index])
            }
            let line = try lineFit(curve, times: times, values: values.map { ReproducibleMath.log($0) })
            return [ReproducibleMath.exp(line[0]), line[1]]
        case .logistic:
            return try logisticStart(times: times, values: values)
        }
    }

    /// Logistic starting values K, r, t0.
    ///
    /// - K: if the series has reached a plateau (over the last quarter of the time span the
    ///   least-squares slope rises by less than 10% of the data's range), K is just above the
    ///   largest value (max + 1% of the range); otherwise the curve is still climbing and
    ///   K = 1.5·max(y).
    /// - t0: the first time the series (ordered by time) crosses K/2, by linear interpolation
    ///   between the neighbouring observations; the middle of the time span if it never does.
    /// - r: the slope of the least-squares line through the log-odds log(p / (1 − p)),
    ///   p = y/K, which is r·(t − t0) for an exact logistic. Only points with 0.02 < p < 0.98 are
    ///   used, as the log-odds of points near 0 or K are dominated by noise; when fewer than two
    ///   distinct times remain, all points are used with p clamped to [0.02, 0.98].
    ///
    /// - Throws: `.singularJacobian` when all values are equal (nothing identifies r or t0).
    static func logisticStart(times: [Double], values: [Double]) throws(CurveFitError) -> [Double] {
        let order = times.indices.sorted { times[$0] < times[$1] }
        let t = order.map { times[$0] }
        let y = order.map { values[$0] }
        let high = y.max()!
        let range = high - y.min()!
        guard range > 0 else { throw .singularJacobian(curve: .logistic) }

        let span = t.last! - t.first!
        let tail = t.indices.filter { t[$0] >= t.last! - span / 4 }
        var plateau = false
        if Set(tail.map { t[$0] }).count >= 2 {
            let line = try lineFit(.logistic, times: tail.map { t[$0] }, values: tail.map { y[$0] })
            plateau = line[1] * span / 4 < 0.1 * range
        }
        let k = plateau ? high + 0.01 * range : 1.5 * high

        let half = k / 2
        var t0 = (t.first! + t.last!) / 2
        for i in 0..<(t.count - 1) where (y[i] - half) * (y[i + 1] - half) <= 0 && y[i] != y[i + 1] {
            t0 = t[i] + (half - y[i]) / (y[i + 1] - y[i]) * (t[i + 1] - t[i])
            break
        }

        let bounded = t.indices.filter { 0.02 < y[$0] / k && y[$0] / k < 0.98 }
        let chosen = Set(bounded.map { t[$0] }).count >= 2 ? bounded : Array(t.indices)
        let logOdds = chosen.map { i -> Double in
            let p = min(max(y[i] / k, 0.02), 0.98)
            return ReproducibleMath.log(p / (1 - p))
        }
        let line = try lineFit(.logistic, times: chosen.map { t[$0] }, values: logOdds)
        return [k, line[1], t0]
    }

    /// The ordinary least-squares line [intercept, slope] through (tᵢ, yᵢ), via dgels.
    static func lineFit(
        _ curve: GrowthCurve, times: [Double], values: [Double]
    ) throws(CurveFitError) -> [Double] {
        let design = Matrix(
            rows: times.count, columns: 2,
            elements: [Double](repeating: 1, count: times.count) + times)
        do {
            return try leastSquares(design, values)
        } catch {
            throw fitError(error, curve: curve)
        }
    }

    /// A LAPACK failure seen as a fitting failure: rank deficiency means unidentifiable parameters.
    static func fitError(_ error: LAPACKError, curve: GrowthCurve) -> CurveFitError {
        switch error {
        case .rankDeficient, .singularMatrix, .notPositiveDefinite: .singularJacobian(curve: curve)
        default: .linearAlgebra(error)
        }
    }
}
