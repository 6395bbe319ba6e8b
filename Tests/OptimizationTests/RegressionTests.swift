import Foundation
import TestSupport
import Testing

@testable import Optimization

/// One of the six random models of issue 20 on which the solver once gave a wrong answer, with
/// HiGHS 1.16's answer (see Fixtures/regressions/PROVENANCE.md).
struct RegressionCase: CustomTestStringConvertible, Sendable {
    let file: String
    /// HiGHS's optimum, in the model's own sense.
    let highsObjective: Double
    /// What this solver reaches now: optimal, or honestly not proven (the node LPs that still
    /// defeat the interior point stay in the bound).
    let status: MILPStatus
    var testDescription: String { file }
    var path: String { fixtures.path("regressions/\(file)") }
}

@Suite("The regressions of issue 20: no wrong optimum, no wrong unbounded")
struct RegressionTests {
    static let falseOptima = [
        RegressionCase(file: "false_optimal_fz224.mps", highsObjective: -8762, status: .notProven),
        RegressionCase(file: "false_optimal_fz456.mps", highsObjective: 38, status: .optimal),
        RegressionCase(file: "false_optimal_fz556.mps", highsObjective: -8.00498, status: .notProven),
    ]

    @Test("A model once reported optimal with a wrong objective is now optimal at HiGHS's value or honestly not proven, with that value inside its bounds", arguments: falseOptima)
    func falseOptimum(_ regression: RegressionCase) throws {
        let program = try MPSReader.read(path: regression.path)
        let result = BranchAndBoundSolver().solve(program)
        #expect(result.status == regression.status)
        let check = try #require(result.check)
        #expect(check.passes)
        if result.status == .optimal {
            #expect(isClose(result.objective, regression.highsObjective, relative: 1e-6))
        }
        // The skipped subtrees count in the bound: HiGHS's optimum lies between it and the incumbent.
        let sign: Double = program.sense == .maximize ? -1 : 1
        let slack = 1e-6 * (1 + abs(regression.highsObjective))
        #expect(sign * result.bestBound <= sign * regression.highsObjective + slack)
        #expect(sign * regression.highsObjective <= sign * result.objective + slack)
    }

    @Test("A model once reported unbounded or in numerical trouble is reported infeasible, as HiGHS proves", arguments: [
        "infeasible_empty_column_fz30.mps", "infeasible_lp_unbounded_fz162.mps", "infeasible_ipm_trouble_probe.mps",
    ])
    func infeasible(_ file: String) throws {
        let program = try MPSReader.read(path: fixtures.path("regressions/\(file)"))
        let result = BranchAndBoundSolver().solve(program)
        #expect(result.status == .infeasible)
        #expect(result.primal.isEmpty)
    }

    @Test("A program whose feasible set is a single point is solved, not called infeasible by a rounding-sized certificate", arguments: [
        ("lp_forced_point.mps", 9.0), ("reduced_milp_equality_178.mps", 133.0), ("reduced_lp_degenerate_1538.mps", -40.0),
        ("reduced_lp_empty_7958.mps", -252.375),
    ])
    func singlePointIsFeasible(_ file: String, highsObjective: Double) throws {
        let program = try MPSReader.read(path: fixtures.path("regressions/\(file)"))
        let result = BranchAndBoundSolver().solve(program)
        #expect(result.status == .optimal)
        #expect(isClose(result.objective, highsObjective, relative: 1e-6))
        // 5x₁ + 5x₂ = 45 with x₁ ≤ 8, x₂ ≤ 1: the LP alone too.
        if file == "lp_forced_point.mps" {
            let lp = InteriorPointSolver().solve(program)
            #expect(lp.status == .optimal && isClose(lp.objective, 9, relative: 1e-6))
        }
    }

    @Test("An unbounded relaxation whose only integer 'point' violates a parity row by 1 far out is not called unbounded", arguments: [
        "milp_lpunb_infeas_20261205_207.mps", "milp_lpunb_infeas_1_259.mps", "milp_lpunb_infeas_20261206_6083.mps",
    ])
    func farOutPointIsNoProof(_ file: String) throws {
        let program = try MPSReader.read(path: fixtures.path("regressions/\(file)"))
        let result = BranchAndBoundSolver().solve(program)
        // HiGHS proves it infeasible (6u − 6v = −5 has no integer solution); without a proof
        // of its own the honest answer is not proven.
        #expect(result.status == .notProven || result.status == .infeasible)
        #expect(result.primal.isEmpty || result.status == .notProven)
    }

    @Test("A rounded point far out along free integer columns does not beat the true optimum by missing a row")
    func farOutIncumbentIsNoOptimum() throws {
        // min, HiGHS 415.31875. With row tolerances scaled by the row's activity, a rounded
        // point at x ≈ 10⁴ missed a row by 0.06 and was reported optimal at 415.104.
        let program = try MPSReader.read(path: fixtures.path("regressions/milp_infbounds_20261206_3570.mps"))
        let result = BranchAndBoundSolver(relativeGap: 1e-9).solve(program)
        let highs = 415.31875
        if !result.primal.isEmpty {
            #expect(result.objective >= highs - 1e-6 * highs, "\(result.status) \(result.objective)")
        }
        #expect(result.bestBound <= highs + 1e-6 * highs)
        if result.status == .optimal { #expect(isClose(result.objective, highs, relative: 1e-6)) }
    }

    @Test("The empty-column model's LP relaxation is infeasible too: presolve no longer calls it unbounded first")
    func emptyColumnRelaxation() throws {
        let program = try MPSReader.read(path: fixtures.path("regressions/infeasible_empty_column_fz30.mps"))
        #expect(InteriorPointSolver().solve(program).status == .infeasible)
    }
}

/// A small program over dense rows, all variables continuous unless `isInteger` says otherwise.
private func dense(
    _ sense: LinearProgram.Sense = .minimize, cost: [Double], rows: [[Double]], rowLower: [Double], rowUpper: [Double],
    lower: [Double], upper: [Double], isInteger: [Bool]? = nil
) -> LinearProgram {
    var triplets: [(row: Int, column: Int, value: Double)] = []
    for (i, row) in rows.enumerated() {
        for (j, value) in row.enumerated() where value != 0 { triplets.append((i, j, value)) }
    }
    return LinearProgram(
        sense: sense, objective: cost, lowerBounds: lower, upperBounds: upper, isInteger: isInteger,
        rowLower: rowLower, rowUpper: rowUpper, matrix: SparseMatrix(rows: rows.count, columns: cost.count, triplets: triplets))
}

@Suite("Claims come with their evidence")
struct ClaimTests {
    @Test("An empty column that could fall forever makes the program unbounded only when the rest is feasible", arguments: [
        (2.0, LPStatus.infeasible), (0.5, LPStatus.unbounded),
    ])
    func emptyColumn(needed: Double, status: LPStatus) {
        // min −z + 0·(x + y) with z empty and unbounded above; x + y ≤ 1 and x + y ≥ needed.
        let p = dense(
            cost: [-1, 0, 0], rows: [[0, 1, 1], [0, 1, 1]], rowLower: [-.infinity, needed], rowUpper: [1, .infinity],
            lower: [0, 0, 0], upper: [.infinity, .infinity, .infinity])
        #expect(InteriorPointSolver().solve(p).status == status)
    }

    @Test("An unbounded relaxation is an unbounded MILP only when an integer point exists", arguments: [
        (1.0, MILPStatus.unbounded), (2.0, MILPStatus.infeasible),
    ])
    func unboundedRelaxation(coefficient: Double, status: MILPStatus) {
        // max z, z − w ≤ 0 (z, w ≥ 0 continuous), 2x − coefficient·y = 1, x, y ∈ {0, …, 5}:
        // 2x − 2y = 1 has no integer solution (parity), 2x − y = 1 has x = y = 1.
        let p = dense(
            .maximize, cost: [0, 0, 1, 0], rows: [[0, 0, 1, -1], [2, -coefficient, 0, 0]], rowLower: [-.infinity, 1],
            rowUpper: [0, 1], lower: [0, 0, 0, 0], upper: [5, 5, .infinity, .infinity], isInteger: [true, true, false, false])
        #expect(InteriorPointSolver().solve(p).status == .unbounded)
        #expect(BranchAndBoundSolver().solve(p).status == status)
    }

    /// x + y ≤ 4 with x integer in [0, 3], y in [0, 10], min −x − y; the claimed point and objective.
    static let checked = dense(
        cost: [-1, -1], rows: [[1, 1]], rowLower: [-.infinity], rowUpper: [4], lower: [0, 0], upper: [3, 10],
        isInteger: [true, false])

    @Test("The check passes a feasible integral point with its own objective and fails each kind of false claim", arguments: [
        ([3.0, 1.0], -4.0, true),
        ([3.0, 1.1], -4.1, false),  // row 4.1 > 4
        ([3.5, 0.5], -4.0, false),  // x not integral and above its bound
        ([2.5, 0.0], -2.5, false),  // x not integral
        ([0.0, -1.0], 1.0, false),  // y below its bound
        ([3.0, 1.0], -5.0, false),  // objective misreported
        ([3.0, .nan], -3.0, false),  // NaN
    ])
    func check(point: [Double], objective: Double, passes: Bool) {
        let check = MILPCheck(point: point, objective: objective, program: Self.checked, integralityTolerance: 1e-6)
        #expect(check.passes == passes)
    }

    @Test("The check's residuals are zero on an exact point and relative to the row's scale otherwise")
    func residuals() {
        let exact = MILPCheck(point: [3, 1], objective: -4, program: Self.checked, integralityTolerance: 1e-6)
        #expect(exact.boundResidual == 0 && exact.rowResidual == 0 && exact.integralityResidual == 0 && exact.objectiveResidual == 0)
        let over = MILPCheck(point: [3, 1.1], objective: -4.1, program: Self.checked, integralityTolerance: 1e-6)
        // 0.1 over a limit of 4: 0.1 / (1 + max(4, largest coefficient 1)); the activity
        // Σ|aᵢⱼxⱼ| = 4.1 does not widen the scale (a point far out could miss a row by whole units).
        #expect(isClose(over.rowResidual, 0.1 / 5, relative: 1e-9))
    }

    @Test("A node LP that stops at the iteration limit is re-solved (unscaled, then boxed) rather than given up")
    func failedNodeIsResolved() {
        // min −x − y, 2x + 2y ≤ 3, x, y ≥ 0 integer: one iteration cannot solve any node LP.
        var solver = BranchAndBoundSolver(lpSolver: InteriorPointSolver(maximumIterations: 1))
        solver.heuristicInterval = 0
        let p = dense(
            cost: [-1, -1], rows: [[2, 2]], rowLower: [-.infinity], rowUpper: [3], lower: [0, 0], upper: [.infinity, .infinity],
            isInteger: [true, true])
        #expect(InteriorPointSolver(maximumIterations: 1).solve(p).status == .iterationLimit)
        let result = solver.solve(p)
        #expect(result.status == .optimal && result.skippedNodes == 0)
        #expect(isClose(result.objective, -1, absolute: 1e-9))
        #expect(result.check?.passes == true)
    }
}
