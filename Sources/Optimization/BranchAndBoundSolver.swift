/// A branch-and-bound solver for mixed-integer linear programs, on LP relaxations solved by
/// `InteriorPointSolver`.
///
/// The rules, all deterministic:
/// - **Bounds.** Integer variables' bounds are first rounded inwards (⌈l − tol⌉, ⌊u + tol⌋, tol the
///   integrality tolerance). A node is the program with tightened variable bounds; its bound is
///   its parent's LP objective.
/// - **Branching.** On the integer variable with the best pseudocost score (see
///   `BranchAndBoundPseudocosts`; ties: lowest index), with value v: the down child adds
///   x ≤ ⌊v⌋, the up child x ≥ ⌈v⌉, created in that order.
/// - **Node selection.** Best bound first from a priority queue ordered by (bound, creation
///   order), interrupted by depth-first dives: after branching, the child nearer to v (the down
///   child when v − ⌊v⌋ ≤ 0.5) is explored at once and its sibling queued; the dive continues
///   until a node is integral, infeasible, pruned or skipped, then the best queued node is taken.
///   Dives find an early incumbent; the queue proves its quality.
/// - **Pruning.** A node whose bound is within the gap tolerance of the incumbent,
///   incumbent − bound ≤ max(absoluteGap, relativeGap · max(1, |incumbent|)) in the minimisation
///   sense, is dropped, both when popped and once its own LP objective is known.
/// - **Incumbents.** When every integer variable is within the integrality tolerance of an
///   integer, those variables are rounded and the point is accepted only if every row and bound
///   holds within the tolerance of `BranchAndBoundPoint.isFeasible`. If it fails, the integer variables are fixed at their
///   rounded values and the LP re-solved once for the continuous ones; failing again, the node
///   is dropped. The incumbent's objective is recomputed from the rounded point.
/// - **Rounding heuristic.** At the root and at every `heuristicInterval`-th node whose LP is
///   fractional, the LP point's integer variables are rounded down and to nearest in turn
///   (repaired as `BranchAndBoundRounding` describes), fixed, and the LP re-solved for the
///   continuous ones; each feasible result is offered as an incumbent. Not up: an interior
///   point leaves every variable of an optimal face slightly positive, and rounding those up
///   buys one node of every model in every month, a plan no analyst would sign. On planning models (hundreds of nodes per purchase) rounding down is almost
///   always feasible and within a fraction of a percent of the optimum, which lets the gap test
///   prune from the start instead of after a dive has happened to end integral.
/// - **LP failures.** A node LP that ends in numerical trouble or an iteration limit (or, below
///   the root, unbounded) is re-solved unscaled and with its free columns boxed
///   (`BranchAndBoundSearch.solveRelaxation`). A root LP that is infeasible decides the program;
///   an unbounded one leads to a zero-objective search for any integer point (unbounded if
///   found, infeasible if none exists); a root that still fails gives `.numericalTrouble`. Below
///   the root, a node that still fails is skipped (`skippedNodes`) and its parent's objective
///   stays in the bound; the answer is then `.notProven` unless that bound is within the gap.
/// - **Checking.** Every returned point is checked on the program as given (`MILPCheck`); a
///   point that fails turns the status into `.numericalTrouble`.
/// - **Node limit.** `nodeLimit` counts LP relaxations solved at nodes (incumbent re-solves not
///   included). On reaching it the search stops with `.nodeLimit` unless the remaining open
///   nodes are all within the gap tolerance, in which case the result is `.optimal`.
public struct BranchAndBoundSolver: Sendable {
    /// The LP solver used for every relaxation.
    public var lpSolver: InteriorPointSolver
    /// Relative gap tolerance (see the pruning rule).
    public var relativeGap: Double
    /// Absolute gap tolerance, in objective units.
    public var absoluteGap: Double
    /// How far from an integer an integer variable may be and still count as integral.
    public var integralityTolerance: Double
    /// The largest number of node LPs to solve.
    public var nodeLimit: Int
    /// Run the rounding heuristic at every this-many-th fractional node (and at the root); 0 turns it off.
    public var heuristicInterval: Int

    /// Creates a solver.
    public init(
        lpSolver: InteriorPointSolver = InteriorPointSolver(), relativeGap: Double = 1e-6, absoluteGap: Double = 1e-9,
        integralityTolerance: Double = 1e-6, nodeLimit: Int = 10_000, heuristicInterval: Int = 25
    ) {
        self.heuristicInterval = heuristicInterval
        self.lpSolver = lpSolver
        self.relativeGap = relativeGap
        self.absoluteGap = absoluteGap
        self.integralityTolerance = integralityTolerance
        self.nodeLimit = nodeLimit
    }

    /// Solves `program`, honouring `isInteger` and the objective sense.
    /// - Complexity: at most `nodeLimit` LP solves, plus at most one re-solve per incumbent candidate.
    public func solve(_ program: LinearProgram) -> MILPResult {
        var search = BranchAndBoundSearch(settings: self, program: program)
        var result = search.run()
        guard !result.primal.isEmpty else { return result }
        // No claim leaves the solver unchecked: a point that fails on the original program is
        // numerical trouble, whatever the search believed.
        let check = MILPCheck(
            point: result.primal, objective: result.objective, program: program, integralityTolerance: integralityTolerance)
        result.check = check
        if !check.passes { result.status = .numericalTrouble }
        return result
    }

    /// Whether a node with `bound` cannot improve on `incumbent` by more than the gap tolerance
    /// (both in the minimisation sense).
    func isWithinGap(bound: Double, incumbent: Double) -> Bool {
        incumbent - bound <= max(absoluteGap, relativeGap * max(1, abs(incumbent)))
    }
}

/// The mutable state of one branch-and-bound run, in the minimisation sense throughout
/// (values of a maximisation are negated on the way in and out).
struct BranchAndBoundSearch {
    /// What exploring one node led to.
    enum NodeOutcome {
        /// Branched: explore `first` now (the dive), queue `second`.
        case branched(first: BranchAndBoundNode, second: BranchAndBoundNode)
        /// Integral, infeasible or pruned.
        case closed
        /// The LP ended with this status, neither optimal nor infeasible.
        case failed(LPStatus)
    }

    let settings: BranchAndBoundSolver
    /// The program with integer variables' bounds rounded inwards.
    let program: LinearProgram
    /// The rounding heuristic, prepared for `program`.
    let rounding: BranchAndBoundRounding
    /// What branching on each variable has cost so far.
    var pseudocosts: BranchAndBoundPseudocosts
    /// +1 to minimise, −1 to maximise.
    let sign: Double
    var queue = BranchAndBoundQueue()
    var nextSequence = 1
    var incumbent: [Double]?
    var incumbentValue = Double.infinity
    var nodesExplored = 0
    var lpIterations = 0
    var skippedNodes = 0
    /// The smallest bound among skipped nodes.
    var skippedBound = Double.infinity
    /// The smallest bound among nodes dropped because they were within the gap of the
    /// incumbent: what keeps `bestBound` honest when the gap tolerance is loose.
    var prunedBound = Double.infinity

    init(settings: BranchAndBoundSolver, program: LinearProgram) {
        self.settings = settings
        self.sign = program.sense == .maximize ? -1 : 1
        var rounded = program
        let tolerance = settings.integralityTolerance
        for j in 0..<min(program.variableCount, program.isInteger.count) where program.isInteger[j] {
            rounded.lowerBounds[j] = (program.lowerBounds[j] - tolerance).rounded(.up)
            rounded.upperBounds[j] = (program.upperBounds[j] + tolerance).rounded(.down)
        }
        self.program = rounded
        rounding = BranchAndBoundRounding(program: rounded, integralityTolerance: tolerance)
        pseudocosts = BranchAndBoundPseudocosts(count: program.variableCount)
    }

    /// Runs the search to completion or to the node limit.
    mutating func run() -> MILPResult {
        let n = program.variableCount
        guard program.isInteger.count == n, program.lowerBounds.count == n, program.upperBounds.count == n else {
            return result(.numericalTrouble, bound: -.infinity)
        }
        if (0..<n).contains(where: { program.lowerBounds[$0] > program.upperBounds[$0] }) {
            return result(.infeasible, bound: .infinity)
        }
        var pending: BranchAndBoundNode? = BranchAndBoundNode(
            lower: program.lowerBounds, upper: program.upperBounds, bound: -.infinity, sequence: 0)
        var limitReached = false
        while let node = pending ?? queue.pop() {
            pending = nil
            if incumbent != nil && settings.isWithinGap(bound: node.bound, incumbent: incumbentValue) {
                prunedBound = min(prunedBound, node.bound)
                continue
            }
            if nodesExplored >= settings.nodeLimit {
                queue.push(node)
                limitReached = true
                break
            }
            let isRoot = nodesExplored == 0
            switch explore(node) {
            case .branched(let first, let second):
                queue.push(second)
                pending = first
            case .closed:
                break
            case .failed(let status):
                if isRoot {
                    return status == .unbounded ? unboundedOrInfeasible() : result(.numericalTrouble, bound: -.infinity)
                }
                skippedNodes += 1
                skippedBound = min(skippedBound, node.bound)
            }
        }
        return finish(limitReached: limitReached)
    }

    /// Solves the node's LP and branches, records an incumbent, or closes the node.
    mutating func explore(_ node: BranchAndBoundNode) -> NodeOutcome {
        if node.lower.indices.contains(where: { node.lower[$0] > node.upper[$0] }) { return .closed }
        var relaxation = program
        relaxation.lowerBounds = node.lower
        relaxation.upperBounds = node.upper
        let solved = solveRelaxation(relaxation, isRoot: node.branch == nil)
        nodesExplored += 1
        let lp = solved.lp
        guard let bound = solved.bound else { return lp.status == .infeasible ? .closed : .failed(lp.status) }
        let value = max(bound, node.bound)
        if let branch = node.branch, node.bound.isFinite {
            pseudocosts.record(variable: branch.variable, up: branch.up, distance: branch.distance, rise: bound - node.bound)
        }
        if incumbent != nil && settings.isWithinGap(bound: value, incumbent: incumbentValue) {
            prunedBound = min(prunedBound, value)
            return .closed
        }
        guard
            let j = pseudocosts.branchingVariable(
                lp.primal, isInteger: program.isInteger, tolerance: settings.integralityTolerance)
        else {
            consider(lp.primal)
            return .closed
        }
        if settings.heuristicInterval > 0 && (nodesExplored == 1 || nodesExplored % settings.heuristicInterval == 0) {
            for rule in [FloatingPointRoundingRule.down, .toNearestOrAwayFromZero] { round(lp.primal, rule) }
            if incumbent != nil && settings.isWithinGap(bound: value, incumbent: incumbentValue) {
                prunedBound = min(prunedBound, value)
                return .closed
            }
        }
        let v = lp.primal[j]
        var down = BranchAndBoundNode(lower: node.lower, upper: node.upper, bound: value, sequence: nextSequence)
        down.upper[j] = v.rounded(.down)
        down.branch = (j, false, v - v.rounded(.down))
        var up = BranchAndBoundNode(lower: node.lower, upper: node.upper, bound: value, sequence: nextSequence + 1)
        up.lower[j] = v.rounded(.up)
        up.branch = (j, true, v.rounded(.up) - v)
        nextSequence += 2
        return v - v.rounded(.down) <= 0.5 ? .branched(first: down, second: up) : .branched(first: up, second: down)
    }

    /// Rounds an integral LP point and keeps it as the incumbent if it is feasible and better.
    mutating func consider(_ point: [Double]) {
        var candidate = BranchAndBoundPoint.rounded(point, isInteger: program.isInteger)
        if !BranchAndBoundPoint.isFeasible(candidate, in: program) {
            // Rounding moved the rows too far: fix the integers and let the LP place the rest.
            var fixed = program
            for j in candidate.indices where program.isInteger[j] {
                fixed.lowerBounds[j] = candidate[j]
                fixed.upperBounds[j] = candidate[j]
            }
            let lp = settings.lpSolver.solve(fixed)
            lpIterations += lp.iterations
            guard lp.status == .optimal else { return }
            candidate = BranchAndBoundPoint.rounded(lp.primal, isInteger: program.isInteger)
            guard BranchAndBoundPoint.isFeasible(candidate, in: program) else { return }
        }
        let value = sign * BranchAndBoundPoint.objective(candidate, of: program)
        if value < incumbentValue {
            incumbent = candidate
            incumbentValue = value
        }
    }

    /// Rounds the integer variables of `point` by `rule` (see `BranchAndBoundRounding`), fixes
    /// them and re-solves the LP for the continuous ones; offers a feasible result as an incumbent.
    mutating func round(_ point: [Double], _ rule: FloatingPointRoundingRule) {
        let rounded = rounding.round(point, rule)
        var fixed = program
        for j in point.indices where program.isInteger[j] {
            fixed.lowerBounds[j] = rounded[j]
            fixed.upperBounds[j] = rounded[j]
        }
        let lp = settings.lpSolver.solve(fixed)
        lpIterations += lp.iterations
        guard lp.status == .optimal else { return }
        let candidate = BranchAndBoundPoint.rounded(lp.primal, isInteger: program.isInteger)
        guard BranchAndBoundPoint.isFeasible(candidate, in: program) else { return }
        let value = sign * BranchAndBoundPoint.objective(candidate, of: program)
        if value < incumbentValue {
            incumbent = candidate
            incumbentValue = value
        }
    }

    /// The result once the queue is empty or the node limit reached.
    func finish(limitReached: Bool) -> MILPResult {
        let open = queue.openNodes.filter {
            incumbent == nil || !settings.isWithinGap(bound: $0.bound, incumbent: incumbentValue)
        }
        let openBound = queue.openNodes.map(\.bound).min() ?? .infinity
        if incumbent != nil {
            // A skipped subtree counts in the bound through its parent's LP objective; it leaves
            // the answer unproven unless that bound is within the gap of the incumbent.
            let bound = min(openBound, prunedBound, skippedBound, incumbentValue)
            if !open.isEmpty { return result(.nodeLimit, bound: bound) }
            let skippedMatter = skippedNodes > 0 && !settings.isWithinGap(bound: skippedBound, incumbent: incumbentValue)
            return result(skippedMatter ? .notProven : .optimal, bound: bound)
        }
        if limitReached { return result(.nodeLimit, bound: min(openBound, skippedBound)) }
        return skippedNodes > 0 ? result(.notProven, bound: skippedBound) : result(.infeasible, bound: .infinity)
    }

    /// The answer when the root LP is unbounded: the same search with a zero objective decides
    /// whether any integer point exists. One does, and passes `MILPCheck.provesIntegerPoint`
    /// (integers rounded, rows to their own scale): unbounded (with rational data an unbounded
    /// relaxation of a feasible integer program is unbounded). None: infeasible. A point that
    /// fails the proof, or no decision: not proven.
    mutating func unboundedOrInfeasible() -> MILPResult {
        var feasibility = program
        feasibility.objective = [Double](repeating: 0, count: program.variableCount)
        feasibility.objectiveConstant = 0
        var search = BranchAndBoundSearch(settings: settings, program: feasibility)
        let found = search.run()
        nodesExplored += found.nodesExplored
        lpIterations += found.lpIterations
        skippedNodes += found.skippedNodes
        switch found.status {
        case .optimal where MILPCheck.provesIntegerPoint(found.primal, program: program): return result(.unbounded, bound: -.infinity)
        case .infeasible: return result(.infeasible, bound: .infinity)
        default: return result(.notProven, bound: -.infinity)
        }
    }

    /// Packs the state into a result, `bound` in the minimisation sense.
    func result(_ status: MILPStatus, bound: Double) -> MILPResult {
        let gap: Double
        if incumbent == nil || !bound.isFinite {
            gap = incumbent != nil && bound == incumbentValue ? 0 : .infinity
        } else {
            gap = abs(incumbentValue - bound) / max(1, abs(incumbentValue))
        }
        return MILPResult(
            status: status, objective: sign * incumbentValue, bestBound: sign * bound, gap: gap,
            primal: incumbent ?? [], nodesExplored: nodesExplored, lpIterations: lpIterations,
            skippedNodes: skippedNodes)
    }
}
