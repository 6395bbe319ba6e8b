import ArgumentParser
import Evaluation
import Foundation
import Optimization
import Reporting

/// `aifactory solve`: solve an LP or MILP in MPS format (interior point, branch and bound).
struct Solve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Solve a linear or mixed-integer program written in MPS (fixed or free) and print its status and objective.",
        discussion: """
        The objective is printed at full precision (shortest text that reads back as the same number). \
        A program with integer columns (MARKER 'INTORG'/'INTEND' sections, or BV/LI/UI bounds) is solved \
        by branch and bound over interior-point relaxations, stopping once the incumbent is within \
        --mip-gap (relative) of the best bound; --relaxation solves its LP relaxation instead. \
        Every MILP answer with a point is checked on the program as read (rows, bounds, integrality, \
        objective recomputed) and the check's residuals are printed; an answer that fails it is not \
        reported optimal. A search that had to drop a subtree it could not solve reports notProven. \
        Exit status 0 when optimal, 1 for a malformed file or unwritable solution, 2 otherwise \
        (notProven, nodeLimit, infeasible, unbounded, numericalTrouble).
        """
    )

    @Argument(help: "The MPS file.", completion: .file(extensions: ["mps"]))
    var file: String

    @Option(name: .long, help: "Write the variable values to this CSV file (variable,value).")
    var solution: String?

    @OptionGroup var csv: CSVOptions

    @Option(name: .long, help: "Relative optimality gap at which branch and bound stops (the absolute gap is 1e-9).")
    var mipGap: Double = 1e-6

    @Option(name: .long, help: "Stop branch and bound after this many node LPs; the status is then node-limit unless the gap is already met.")
    var nodeLimit: Int = 10_000

    @Flag(name: .long, help: "Ignore integrality and solve the LP relaxation.")
    var relaxation = false

    func validate() throws {
        guard mipGap.isFinite, mipGap >= 0 else { throw ValidationError("--mip-gap must be a finite number ≥ 0.") }
        guard nodeLimit >= 1 else { throw ValidationError("--node-limit must be at least 1.") }
    }

    func run() throws {
        let program: LinearProgram
        do { program = try MPSReader.read(path: file) } catch {
            printError("\(error)")
            throw ExitCode(1)
        }
        let (optimal, primal) = solve(program)
        if let solution, !primal.isEmpty {
            var writer = CSVWriter(dialect: csv.csvDialect)
            writer.appendRow(["variable", "value"])
            for (name, value) in zip(program.variableNames, primal) { writer.appendRow([name, "\(value)"]) }
            try exitOnFailure { try OutputFolder.writeAtomically(writer.text, to: URL(fileURLWithPath: solution)) }
        }
        if !optimal { throw ExitCode(2) }
    }

    /// Solves `program` (branch and bound when it has integers, unless --relaxation), prints
    /// the status lines, and returns whether it is optimal and the variable values.
    func solve(_ program: LinearProgram) -> (optimal: Bool, primal: [Double]) {
        if !relaxation && program.isInteger.contains(true) {
            let result = BranchAndBoundSolver(relativeGap: mipGap, nodeLimit: nodeLimit).solve(program)
            print("status: \(result.status.rawValue)")
            print("objective: \(result.objective)")
            print("best bound: \(result.bestBound)")
            print("gap: \(result.gap)")
            print("nodes: \(result.nodesExplored)")
            print("iterations: \(result.lpIterations)")
            if result.skippedNodes > 0 { print("skipped nodes: \(result.skippedNodes)") }
            if let check = result.check {
                // The residuals of the answer's own check on the program as read (see MILPCheck).
                print("check: \(check.passes ? "passed" : "FAILED")")
                print("bound residual: \(check.boundResidual) (tolerance \(MILPCheck.feasibilityTolerance), relative)")
                print("row residual: \(check.rowResidual) (tolerance \(MILPCheck.feasibilityTolerance), relative)")
                print("integrality residual: \(check.integralityResidual) (tolerance \(check.integralityTolerance))")
                print("objective residual: \(check.objectiveResidual) (tolerance \(MILPCheck.objectiveTolerance), relative)")
            }
            return (result.status == .optimal, result.primal)
        }
        let result = InteriorPointSolver().solve(program)
        print("status: \(result.status.rawValue)")
        print("objective: \(result.objective)")
        print("iterations: \(result.iterations)")
        return (result.status == .optimal, result.primal)
    }
}
