import LinearAlgebra

/// The primal–dual iterate of  min cᵀx, Ax = b, x + w = u, x, w ≥ 0  and its dual
/// Aᵀy + z − v = c, z, v ≥ 0. For columns without an upper bound w and v stay 0.
struct InteriorPointIterate {
    var x: [Double]
    var w: [Double]
    var y: [Double]
    var z: [Double]
    var v: [Double]
}

/// A search direction, laid out like the iterate.
struct InteriorPointDirection {
    var dx: [Double]
    var dw: [Double]
    var dy: [Double]
    var dz: [Double]
    var dv: [Double]
}

extension NormalEquations {
    /// Solves the Newton system for right-hand sides
    /// rb = b − Ax, rc = c − Aᵀy − z + v, ru = u − x − w, rxz (for Z dx + X dz), rwv (for V dw + W dv).
    func direction(
        _ form: StandardForm, _ point: InteriorPointIterate,
        rb: [Double], rc: [Double], ru: [Double], rxz: [Double], rwv: [Double]
    ) throws(LAPACKError) -> InteriorPointDirection {
        let n = form.columns
        var r = [Double](repeating: 0, count: n)
        for j in 0..<n {
            r[j] = rc[j] - rxz[j] / point.x[j]
            if form.upper[j].isFinite { r[j] += (rwv[j] - point.v[j] * ru[j]) / point.w[j] }
        }
        var rhs = form.multiply((0..<n).map { theta[$0] * r[$0] })
        for i in 0..<form.rows { rhs[i] += rb[i] }
        let dy = try solve(rhs)
        let aty = form.multiplyTransposed(dy)
        var result = InteriorPointDirection(
            dx: [Double](repeating: 0, count: n), dw: [Double](repeating: 0, count: n), dy: dy,
            dz: [Double](repeating: 0, count: n), dv: [Double](repeating: 0, count: n))
        for j in 0..<n {
            let dx = theta[j] * (aty[j] - r[j])
            result.dx[j] = dx
            result.dz[j] = (rxz[j] - point.z[j] * dx) / point.x[j]
            if form.upper[j].isFinite {
                result.dw[j] = ru[j] - dx
                result.dv[j] = (rwv[j] - point.v[j] * result.dw[j]) / point.w[j]
            }
        }
        return result
    }
}

extension InteriorPointIterate {
    /// Mehrotra's starting point: x̃ = Aᵀ(AAᵀ)⁻¹b, ỹ = (AAᵀ)⁻¹Ac, z̃ = c − Aᵀỹ, shifted positive
    /// and then balanced so that xᵀz is spread evenly. A bounded column's z̃ is split into its
    /// positive part (z) and negative part (v), and x is kept at most u/2 so that w = u − x > 0.
    init(start form: StandardForm, normal: inout NormalEquations) throws(LAPACKError) {
        let n = form.columns
        try normal.factor(form, inverseTheta: [Double](repeating: 1, count: n), startLevel: 0)
        var x = form.multiplyTransposed(try normal.solveUnrefined(form.rhs))
        y = try normal.solveUnrefined(form.multiply(form.cost))
        let aty = form.multiplyTransposed(y)
        var z = (0..<n).map { form.cost[$0] - aty[$0] }
        var v = [Double](repeating: 0, count: n)
        for j in 0..<n where form.upper[j].isFinite {
            v[j] = max(-z[j], 0)
            z[j] = max(z[j], 0)
        }
        let shiftX = max(-1.5 * (x.min() ?? 0), 0)
        let shiftZ = max(-1.5 * (z.min() ?? 0), 0)
        x = x.map { $0 + shiftX }
        z = z.map { $0 + shiftZ }
        for j in 0..<n where form.upper[j].isFinite { v[j] += shiftZ }
        var w = [Double](repeating: 0, count: n)
        for j in 0..<n where form.upper[j].isFinite {
            x[j] = min(x[j], 0.5 * form.upper[j])
            w[j] = form.upper[j] - x[j]
        }
        var product = 0.0
        for j in 0..<n { product += x[j] * z[j] + w[j] * v[j] }
        let sumX = x.reduce(0, +) + w.reduce(0, +)
        let sumZ = z.reduce(0, +) + v.reduce(0, +)
        let balanceX = sumZ > 0 ? 0.5 * product / sumZ : 0
        let balanceZ = sumX > 0 ? 0.5 * product / sumX : 0
        for j in 0..<n {
            x[j] = max(x[j] + balanceX, 1e-2)
            z[j] = max(z[j] + balanceZ, 1e-2)
            if form.upper[j].isFinite {
                x[j] = min(x[j], 0.5 * form.upper[j])
                w[j] = max(form.upper[j] - x[j], 1e-2 * form.upper[j])
                v[j] = max(v[j] + balanceZ, 1e-2)
            }
        }
        self.x = x
        self.w = w
        self.z = z
        self.v = v
    }
}
