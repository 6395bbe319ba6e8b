/// Re-solving a node LP that failed, before its subtree is given up.
///
/// The interior-point solver can end in numerical trouble or at its iteration limit on a node
/// whose optimal face is unbounded (a zero-cost free direction: no analytic centre to converge
/// on) or whose rows are badly scaled, and a node below a bounded root can only be called
/// unbounded by the same kind of failure. Dropping such a node silently let three wrong optima
/// through (issue 20), so a failed node is re-solved, each attempt with twice the iterations:
/// 1. unscaled;
/// 2. with every infinite variable bound replaced by ±box, for each box of `boxSizes` in turn,
///    scaled, then unscaled.
///
/// An attempt counts when it ends optimal, or when it stalls (numerical trouble, iteration
/// limit) with a dual that is feasible (dual residual within the LP tolerance) and a primal
/// residual within `stalledPrimalTolerance`: its dual objective is then a valid bound. A
/// re-solved node takes the smaller of its primal and dual objectives (minimisation sense) as
/// its bound, never the primal objective alone. Boxing shrinks the feasible set, so a
/// boxed attempt also needs the artificial bounds to carry no multiplier: box · Σ|multiplier|
/// (the most that dropping them lowers the dual bound) at most `boxTolerance` · (1 + |objective|);
/// that amount is subtracted from the bound all the same. A boxed "infeasible" or "unbounded"
/// proves nothing and is discarded.
extension BranchAndBoundSearch {
    /// A node LP's outcome: the LP result and, when it was solved, a bound on the node's
    /// optimum in the minimisation sense (nil when the node failed or is infeasible).
    struct Relaxation {
        var lp: LPResult
        var bound: Double?
    }

    /// The largest bound, relative to 1 + |objective|, that dropping the artificial bounds'
    /// multipliers may cost a boxed re-solve.
    static let boxTolerance = 1e-7
    /// The largest primal residual (relative, as `LPResult.primalInfeasibility`) of a stalled
    /// attempt whose dual bound is used.
    static let stalledPrimalTolerance = 1e-6

    /// Solves a node LP, re-solving as described above when it fails; `isRoot` keeps an
    /// unbounded root as it is (it comes with the solver's ray certificate).
    /// - Complexity: one LP solve, at most eight when the first fails.
    mutating func solveRelaxation(_ relaxation: LinearProgram, isRoot: Bool) -> Relaxation {
        let first = settings.lpSolver.solve(relaxation)
        lpIterations += first.iterations
        switch first.status {
        case .optimal: return Relaxation(lp: first, bound: sign * first.objective)
        case .infeasible: return Relaxation(lp: first, bound: nil)
        case .unbounded where isRoot: return Relaxation(lp: first, bound: nil)
        case .unbounded, .iterationLimit, .numericalTrouble: break
        }
        var solver = settings.lpSolver
        solver.maximumIterations = 2 * settings.lpSolver.maximumIterations
        solver.usesScaling = false
        let unscaled = solver.solve(relaxation)
        lpIterations += unscaled.iterations
        if unscaled.status == .infeasible { return Relaxation(lp: unscaled, bound: nil) }
        if let bound = usableBound(unscaled, lost: 0) { return Relaxation(lp: unscaled, bound: bound) }

        for box in Self.boxSizes(relaxation) {
            var boxed = relaxation
            var boxedLower: [Int] = [], boxedUpper: [Int] = []
            for j in 0..<relaxation.variableCount {
                if !boxed.lowerBounds[j].isFinite { boxed.lowerBounds[j] = -box; boxedLower.append(j) }
                if !boxed.upperBounds[j].isFinite { boxed.upperBounds[j] = box; boxedUpper.append(j) }
            }
            guard !(boxedLower.isEmpty && boxedUpper.isEmpty) else { break }
            for scaling in [true, false] {
                solver.usesScaling = scaling
                let lp = solver.solve(boxed)
                lpIterations += lp.iterations
                guard lp.primal.count == relaxation.variableCount, lp.reducedCosts.count == relaxation.variableCount else { continue }
                // Reduced costs in the minimisation sense; the artificial bounds' multipliers are
                // their wrong-signed parts.
                let d = lp.reducedCosts.map { sign * $0 }
                let lost = box * (boxedLower.reduce(0) { $0 + max(0, d[$1]) } + boxedUpper.reduce(0) { $0 + max(0, -d[$1]) })
                guard lost <= Self.boxTolerance * (1 + abs(lp.objective)) else { continue }
                if let bound = usableBound(lp, lost: lost) { return Relaxation(lp: lp, bound: bound) }
            }
        }
        return Relaxation(lp: first, bound: nil)
    }

    /// The bound (minimisation sense) an attempt proves, less `lost`: its objective when optimal,
    /// the smaller of its primal and dual objectives when it stalled with a feasible dual; nil
    /// otherwise.
    func usableBound(_ lp: LPResult, lost: Double) -> Double? {
        switch lp.status {
        case .optimal:
            // A re-solve's "optimal" may rest on residuals diluted by a large box: take the
            // dual objective too when it is the lower.
            let dual = lp.dualObjective.isFinite ? sign * lp.dualObjective : .infinity
            return min(sign * lp.objective, dual) - lost
        case .numericalTrouble, .iterationLimit:
            guard lp.dualInfeasibility <= settings.lpSolver.tolerance, lp.primalInfeasibility <= Self.stalledPrimalTolerance,
                lp.dualObjective.isFinite, lp.objective.isFinite
            else { return nil }
            return min(sign * lp.objective, sign * lp.dualObjective) - lost
        case .infeasible, .unbounded:
            return nil
        }
    }

    /// The artificial bounds to try for free directions, smallest first: 10², 10⁴ and 10⁶ times
    /// the model's own magnitude, 1 + the largest of the finite variable bounds and of each
    /// finite row limit divided by its row's largest coefficient (how far one variable must move
    /// to reach the limit). A box far beyond any vertex of the model is harmless in exact
    /// arithmetic but scales the interior-point iterates as badly as the free columns did.
    static func boxSizes(_ program: LinearProgram) -> [Double] {
        var magnitude = (program.lowerBounds + program.upperBounds).filter(\.isFinite).map(abs).reduce(0, max)
        var largest = [Double](repeating: 0, count: program.rowCount)
        let a = program.matrix
        for k in 0..<a.values.count { largest[a.rowIndices[k]] = max(largest[a.rowIndices[k]], abs(a.values[k])) }
        for i in 0..<program.rowCount where largest[i] > 0 {
            for limit in [program.rowLower[i], program.rowUpper[i]] where limit.isFinite {
                magnitude = max(magnitude, abs(limit) / largest[i])
            }
        }
        return [1e2, 1e4, 1e6].map { $0 * (1 + magnitude) }
    }
}
