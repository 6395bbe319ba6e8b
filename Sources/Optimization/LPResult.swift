/// How an LP solve ended.
public enum LPStatus: String, Sendable {
    /// All three stopping measures (primal residual, dual residual, gap) are within tolerance.
    case optimal
    /// No point satisfies the constraints (found by presolve or by the dual iterates diverging).
    case infeasible
    /// The objective can be improved without limit (found by presolve or by the primal iterates diverging).
    case unbounded
    /// The iteration limit was reached before any of the other outcomes.
    case iterationLimit
    /// The linear algebra failed even after regularisation, the steps stalled with both residuals
    /// converged, or the data held NaN or disagreeing array lengths.
    case numericalTrouble
}

/// The outcome of solving a `LinearProgram`.
///
/// Signs of the multipliers, in the program's own sense (minimise or maximise):
/// - `reducedCosts` d and `rowDuals` y satisfy d = c − Aᵀy for the program's own c.
/// - `rowDuals[i]` is the rate at which the optimal objective changes as the binding limit of
///   row i moves. For a minimisation, y_i ≥ 0 when the row's lower limit binds and y_i ≤ 0 when
///   its upper limit binds; for a maximisation the signs are reversed. Rows that bind at no limit
///   have y_i ≈ 0.
/// - Likewise `reducedCosts[j]` ≥ 0 at a binding lower bound and ≤ 0 at a binding upper bound when
///   minimising, reversed when maximising.
/// - Rows removed by presolve report 0, except singleton rows turned into variable bounds, whose
///   multiplier is moved back from the variable to the row.
///
/// When the status is `.infeasible` or `.unbounded`, `objective` is +∞ / −∞ for a minimisation
/// (−∞ / +∞ for a maximisation) and the vectors hold the last iterate, which means nothing.
public struct LPResult: Sendable {
    /// How the solve ended.
    public var status: LPStatus
    /// cᵀx + objectiveConstant at `primal`, in the program's sense.
    public var objective: Double
    /// One value per variable.
    public var primal: [Double]
    /// One multiplier per row (sign convention above).
    public var rowDuals: [Double]
    /// One reduced cost per variable, d = c − Aᵀy.
    public var reducedCosts: [Double]
    /// Interior-point iterations taken (0 when presolve decided the problem).
    public var iterations: Int
    /// ‖(b − Ax, u − x − w)‖ / (1 + ‖b‖ + ‖u‖) of the internal standard form at the end (2-norms,
    /// u the finite upper bounds, w their slacks); NaN when the solver did not run.
    public var primalInfeasibility: Double
    /// ‖c − Aᵀy − z + v‖ / (1 + ‖c‖) of the internal standard form at the end (2-norms).
    public var dualInfeasibility: Double
    /// |primal − dual objective| / (1 + |primal objective|) of the internal standard form.
    public var relativeGap: Double
    /// The dual objective of the final iterate, mapped to the program's sense and constants like
    /// `objective`: a bound on the optimum (below it for a minimisation, above for a
    /// maximisation) as far as the dual residual `dualInfeasibility` is zero. Equal to
    /// `objective` when presolve alone solved the program; NaN when infeasible, unbounded or not run.
    public var dualObjective: Double = .nan

    /// Creates a result.
    public init(
        status: LPStatus, objective: Double, primal: [Double], rowDuals: [Double], reducedCosts: [Double],
        iterations: Int, primalInfeasibility: Double, dualInfeasibility: Double, relativeGap: Double
    ) {
        self.status = status
        self.objective = objective
        self.primal = primal
        self.rowDuals = rowDuals
        self.reducedCosts = reducedCosts
        self.iterations = iterations
        self.primalInfeasibility = primalInfeasibility
        self.dualInfeasibility = dualInfeasibility
        self.relativeGap = relativeGap
    }
}
