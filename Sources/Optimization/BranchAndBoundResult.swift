/// How a branch-and-bound solve ended.
public enum MILPStatus: String, Sendable {
    /// An incumbent was found and the gap to the best bound is within the solver's tolerance
    /// (see `MILPResult.gap`), or the tree was exhausted with an incumbent.
    case optimal
    /// No integer point satisfies the constraints: the root relaxation is infeasible, or every
    /// node was infeasible or pruned without an incumbent (and no node was skipped).
    case infeasible
    /// The root LP relaxation is unbounded and an integer point exists (found by a search with
    /// the objective set to zero). With rational data an unbounded relaxation of a feasible
    /// integer program means the integer program is unbounded too (Meyer, 1974).
    case unbounded
    /// The node limit stopped the search before the gap closed; an incumbent may or may not exist.
    case nodeLimit
    /// The search ended with at least one subtree dropped because its node LP could not be
    /// solved reliably even when re-solved (see `BranchAndBoundSolver`), and that subtree could
    /// still hold a better point (or, without an incumbent, any point): the incumbent, if any, is
    /// the best found and `bestBound` counts the dropped subtrees, but nothing is proven.
    case notProven
    /// The root relaxation could not be solved (numerical trouble or iteration limit) even when
    /// re-solved, or the answer failed its check on the original program (see `MILPCheck`).
    case numericalTrouble
}

/// The outcome of solving a mixed-integer `LinearProgram` by branch and bound.
///
/// Objectives and bounds are in the program's own sense (minimise or maximise) and include
/// `objectiveConstant`. For a minimisation `bestBound ≤ objective`; for a maximisation
/// `bestBound ≥ objective`.
///
/// Nodes whose LP ended in numerical trouble, an iteration limit or (below the root) an
/// unbounded status, even after the re-solves `BranchAndBoundSolver` describes, are skipped and
/// counted in `skippedNodes`. A skipped subtree still counts in `bestBound` through its parent's
/// LP objective; unless that bound is within the gap of the incumbent, the status is
/// `.notProven`, never `.optimal`.
public struct MILPResult: Sendable {
    /// How the solve ended.
    public var status: MILPStatus
    /// cᵀx + objectiveConstant at the best incumbent; +∞ for a minimisation (−∞ for a
    /// maximisation) when there is none.
    public var objective: Double
    /// The best bound on the optimum over the unexplored nodes (the incumbent's objective once
    /// the tree is exhausted); +∞ / −∞ (minimise / maximise) when infeasible; −∞ / +∞ when the root
    /// LP was not solved; for `.numericalTrouble` after skipped nodes, the best of their bounds.
    public var bestBound: Double
    /// The relative gap |objective − bestBound| / max(1, |objective|); 0 when the two are equal,
    /// +∞ without an incumbent. The solve counts as optimal when the absolute difference is at
    /// most max(absoluteGap, relativeGap · max(1, |objective|)).
    public var gap: Double
    /// The incumbent, one value per variable, with integer variables rounded to exact integers;
    /// empty when there is no incumbent.
    public var primal: [Double]
    /// Nodes whose LP relaxation was solved (the root included).
    public var nodesExplored: Int
    /// Interior-point iterations summed over all LP solves.
    public var lpIterations: Int
    /// Nodes dropped because their LP could not be solved reliably (see above).
    public var skippedNodes: Int
    /// The check of `primal` against the original program (nil when there is no point).
    public var check: MILPCheck?

    /// Creates a result.
    public init(
        status: MILPStatus, objective: Double, bestBound: Double, gap: Double, primal: [Double],
        nodesExplored: Int, lpIterations: Int, skippedNodes: Int, check: MILPCheck? = nil
    ) {
        self.status = status
        self.objective = objective
        self.bestBound = bestBound
        self.gap = gap
        self.primal = primal
        self.nodesExplored = nodesExplored
        self.lpIterations = lpIterations
        self.skippedNodes = skippedNodes
        self.check = check
    }
}
