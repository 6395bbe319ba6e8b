/// The check of a branch-and-bound answer against the original program, before any rounding of
/// bounds or presolve: every figure is recomputed from the point, none is taken from the solver.
///
/// Tolerances (all relative, stated so that `solve` can print them beside the residuals):
/// - a variable bound holds within `feasibilityTolerance` · (1 + |bound|);
/// - a row holds within `feasibilityTolerance` · (1 + max(|limit|, maxⱼ|aᵢⱼ|)), the scale
///   `BranchAndBoundPoint.isFeasible` accepts incumbents by. The row's activity Σⱼ|aᵢⱼ·xⱼ| is
///   left out: in the scale it let a rounded point far out (x ≈ 10⁴) pass
///   a row it missed by 0.06 and beat the true optimum (differential test, seed 20261206,
///   model 3570: 415.104 against HiGHS's 415.319); a point that fails is re-solved for its
///   continuous part, as `BranchAndBoundSolver` describes;
/// - an integer variable is within `integralityTolerance` of an integer (absolute);
/// - the reported objective equals cᵀx + objectiveConstant within
///   `objectiveTolerance` · (1 + |cᵀx + objectiveConstant|).
public struct MILPCheck: Sendable, Equatable {
    /// Relative tolerance on rows and bounds.
    public static let feasibilityTolerance = 1e-6
    /// The largest magnitude a variable of a point that proves an integer solution exists may
    /// have (see `provesIntegerPoint`).
    static let largestProvingValue = 1e9
    /// Relative tolerance on the recomputed objective.
    public static let objectiveTolerance = 1e-9

    /// The largest bound violation, relative to 1 + |bound| (0 when every bound holds).
    public var boundResidual: Double
    /// The largest row violation, relative to the row's scale above (0 when every row holds).
    public var rowResidual: Double
    /// The largest distance of an integer variable from an integer.
    public var integralityResidual: Double
    /// |reported − recomputed objective| / (1 + |recomputed|).
    public var objectiveResidual: Double
    /// The integrality tolerance the check used.
    public var integralityTolerance: Double

    /// Whether every residual is within its tolerance (NaN residuals fail).
    public var passes: Bool {
        boundResidual <= Self.feasibilityTolerance && rowResidual <= Self.feasibilityTolerance
            && integralityResidual <= integralityTolerance && objectiveResidual <= Self.objectiveTolerance
    }

    /// Checks `point`, claimed to have objective `objective` (program's own sense), against `program`.
    /// - Complexity: O(nonzeros).
    public init(point: [Double], objective: Double, program: LinearProgram, integralityTolerance: Double) {
        self.integralityTolerance = integralityTolerance
        guard point.count == program.variableCount, point.allSatisfy(\.isFinite) else {
            (boundResidual, rowResidual, integralityResidual, objectiveResidual) = (.nan, .nan, .nan, .nan)
            return
        }
        let residuals = Self.feasibilityResiduals(point, program: program)
        var integrality = 0.0
        for j in point.indices where j < program.isInteger.count && program.isInteger[j] {
            integrality = max(integrality, abs(point[j] - point[j].rounded()))
        }
        let recomputed = BranchAndBoundPoint.objective(point, of: program)
        boundResidual = residuals.bound
        rowResidual = residuals.row
        integralityResidual = integrality
        objectiveResidual = abs(objective - recomputed) / (1 + abs(recomputed))
    }

    /// The largest bound and row violations of `point` (finite, one value per variable) on
    /// `program`, each relative to its scale as stated above: the one feasibility rule, which
    /// the check reports and branch and bound accepts incumbents by.
    /// - Complexity: O(nonzeros).
    static func feasibilityResiduals(_ point: [Double], program: LinearProgram) -> (bound: Double, row: Double) {
        var bound = 0.0
        for j in point.indices {
            let (l, u) = (program.lowerBounds[j], program.upperBounds[j])
            if point[j] < l { bound = max(bound, (l - point[j]) / (1 + abs(l))) }
            if point[j] > u { bound = max(bound, (point[j] - u) / (1 + abs(u))) }
        }
        let a = program.matrix
        var activity = [Double](repeating: 0, count: a.rows)
        var largest = [Double](repeating: 0, count: a.rows)
        for j in 0..<a.columns {
            for k in a.columnStarts[j]..<a.columnStarts[j + 1] {
                let i = a.rowIndices[k]
                activity[i] += a.values[k] * point[j]
                largest[i] = max(largest[i], abs(a.values[k]))
            }
        }
        var row = 0.0
        for i in activity.indices {
            let (l, u) = (program.rowLower[i], program.rowUpper[i])
            let below = l - activity[i], above = activity[i] - u
            if below > 0 { row = max(row, below / (1 + max(abs(l), largest[i]))) }
            if above > 0 { row = max(row, above / (1 + max(abs(u), largest[i]))) }
        }
        return (bound, row)
    }

    /// Whether `point`, with its integer variables rounded to integers and every value at most
    /// `largestProvingValue` in magnitude, meets every bound and row of `program` as stated
    /// above: the proof that an integer point exists behind an "unbounded" answer.
    static func provesIntegerPoint(_ point: [Double], program: LinearProgram) -> Bool {
        // Beyond 10⁹ a double's rounding in a row's sum reaches whole units (at 10¹⁶ doubles are
        // 2 apart, and 6u − 6v = 8 "held" at u, v ≈ 10¹⁶): such a point proves nothing.
        guard point.count == program.variableCount, point.allSatisfy({ $0.isFinite && abs($0) <= largestProvingValue }) else { return false }
        var rounded = point
        for j in rounded.indices where j < program.isInteger.count && program.isInteger[j] { rounded[j] = rounded[j].rounded() }
        let residuals = feasibilityResiduals(rounded, program: program)
        return residuals.bound <= feasibilityTolerance && residuals.row <= feasibilityTolerance
    }
}
