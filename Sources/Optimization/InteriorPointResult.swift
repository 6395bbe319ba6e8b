extension InteriorPointSolver {
    /// Maps the solver's standard-form iterate back to the program: values of removed and
    /// substituted columns, multipliers of removed rows (see `PresolvedProgram.postsolveDuals`),
    /// and the objective and multipliers in the program's own sense.
    func finish(
        _ program: LinearProgram, _ presolved: PresolvedProgram, form: StandardForm?, point: InteriorPointIterate?,
        status: LPStatus, iterations: Int, measures: Measures
    ) -> LPResult {
        let sign: Double = program.sense == .maximize ? -1 : 1
        // An empty column with an infinite favourable bound is a ray of descent from any
        // feasible point: the program is unbounded once the rest is known to be feasible.
        let status = status == .optimal && !presolved.unboundedColumns.isEmpty ? LPStatus.unbounded : status
        var primal = presolved.fixedValue
        var y = [Double](repeating: 0, count: program.rowCount)
        if let form, let point {
            for (j, map) in form.columnMap {
                primal[j] = map.offset + map.sign * point.x[map.first] - (map.second.map { point.x[$0] } ?? 0)
            }
            for (r, i) in form.originalRow.enumerated() { y[i] = point.y[r] }
        }
        var objective: Double
        switch status {
        case .infeasible: objective = sign * .infinity
        case .unbounded: objective = -sign * .infinity
        default: objective = InteriorPointVector.dot(program.objective, primal) + program.objectiveConstant
        }
        if !objective.isFinite && status != .infeasible && status != .unbounded { objective = .nan }
        let reduced = presolved.postsolveDuals(&y, matrix: program.matrix)
        var result = LPResult(
            status: status, objective: objective, primal: primal, rowDuals: y.map { sign * $0 },
            reducedCosts: reduced.map { sign * $0 }, iterations: iterations,
            primalInfeasibility: measures.primal, dualInfeasibility: measures.dual, relativeGap: measures.gap)
        if status != .infeasible && status != .unbounded && objective.isFinite {
            if let form, let point {
                // The standard form's objective differs from the program's by sign and a constant
                // only, so the primal–dual difference carries over unchanged.
                let primalValue = InteriorPointVector.dot(form.cost, point.x)
                var dualValue = InteriorPointVector.dot(form.rhs, point.y)
                for j in 0..<form.columns where form.upper[j].isFinite { dualValue -= form.upper[j] * point.v[j] }
                result.dualObjective = objective - sign * (primalValue - dualValue)
            } else if status == .optimal {
                result.dualObjective = objective
            }
        }
        return result
    }
}
