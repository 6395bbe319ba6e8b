/// Infeasibility and unboundedness certificates read off interior-point iterates.
///
/// On the standard form min cᵀx, Ax = b, 0 ≤ x ≤ u, Farkas' lemma gives the tests:
/// - **Primal infeasible** iff some y has (Aᵀy)ⱼ ≤ 0 on every column without an upper bound and
///   value(y) = bᵀy − Σ_{bounded j} uⱼ·max(0, (Aᵀy)ⱼ) > 0: any x in the box meeting Ax = b would
///   give value(y) ≤ Σ_{unbounded j} xⱼ·(Aᵀy)ⱼ ≤ 0. The dual iterate of an infeasible program
///   grows along such a y, offset by the costs, so y itself is tested.
/// - **Dual infeasible** (unbounded when feasible) iff some d ≥ 0, zero on bounded columns, has
///   Ad = 0 and cᵀd < 0. The primal iterate grows along such a ray; its unbounded part is tested.
///
/// The iterates reach a certificate only approximately, so each test normalises the candidate
/// to value 1 (cᵀd = −1) and accepts a remaining violation up to 1e-7 ÷ (1 + ‖b‖∞) (resp.
/// (1 + ‖c‖∞)). A feasible program can only pass the primal test if its every solution has
/// ‖x‖₁ above 10⁷ · (1 + ‖b‖∞), which the models here never approach. These exact tests replace
/// "the iterate is large" and "the steps collapsed", which on some machines called a feasible
/// degenerate program (netlib brandy) infeasible and let a two-variable infeasible one run
/// to the iteration limit.
enum InteriorPointCertificates {
    /// Largest normalised violation a certificate may keep, before the data scale.
    static let tolerance = 1e-7
    /// Smallest share of the sum of its terms' magnitudes that a certificate's value must
    /// reach to count: far above rounding (about 1e-16 per term), far below any real certificate.
    static let significance = 1e-9

    /// Whether `y` (with `aty` = Aᵀy) proves `form` primal infeasible.
    static func provesPrimalInfeasible(_ form: StandardForm, y: [Double], aty: [Double]) -> Bool {
        var value = 0.0
        var magnitude = 0.0
        var normB = 0.0
        for i in 0..<form.rows {
            value += form.rhs[i] * y[i]
            magnitude += abs(form.rhs[i] * y[i])
            normB = max(normB, abs(form.rhs[i]))
        }
        var violation = 0.0
        for j in 0..<form.columns {
            if form.upper[j].isFinite {
                value -= form.upper[j] * max(0, aty[j])
                magnitude += form.upper[j] * max(0, aty[j])
            } else {
                violation = max(violation, aty[j])
            }
        }
        // The value must stand clear of the rounding in its own sum: a feasible set that is a
        // single point (a row whose limit every column's bound just meets) has value exactly 0
        // for every y, and rounding alone made it 1e-15 > 0, "infeasible".
        guard value > significance * magnitude, value.isFinite else { return false }
        return violation / value * (1 + normB) <= tolerance
    }

    /// Whether `x` (with `ax` = Ax) proves `form` dual infeasible: its part on columns without
    /// an upper bound is a ray of unbounded descent.
    static func provesDualInfeasible(_ form: StandardForm, x: [Double], ax: [Double]) -> Bool {
        var ad = ax
        var descent = 0.0
        var magnitude = 0.0
        var normC = 0.0
        for j in 0..<form.columns {
            normC = max(normC, abs(form.cost[j]))
            if form.upper[j].isFinite {
                for k in form.columnStarts[j]..<form.columnStarts[j + 1] { ad[form.rowIndices[k]] -= form.values[k] * x[j] }
            } else {
                descent += form.cost[j] * x[j]
                magnitude += abs(form.cost[j] * x[j])
            }
        }
        guard -descent > significance * magnitude, descent.isFinite else { return false }
        let residual = ad.reduce(0) { max($0, abs($1)) }
        return residual / -descent * (1 + normC) <= tolerance
    }
}
