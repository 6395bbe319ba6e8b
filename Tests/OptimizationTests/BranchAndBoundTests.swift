import Foundation
import TestSupport
import Testing

@testable import Optimization

/// A dense-row shorthand for small programs: `rows[i]` is row i of A; variables default to
/// integer with bounds [0, ∞).
private func program(
    _ sense: LinearProgram.Sense = .minimize, cost: [Double], rows: [[Double]], rowLower: [Double]? = nil,
    rowUpper: [Double], lower: [Double]? = nil, upper: [Double]? = nil, isInteger: [Bool]? = nil
) -> LinearProgram {
    var triplets: [(row: Int, column: Int, value: Double)] = []
    for (i, row) in rows.enumerated() {
        for (j, value) in row.enumerated() where value != 0 { triplets.append((i, j, value)) }
    }
    let n = cost.count
    return LinearProgram(
        sense: sense, objective: cost,
        lowerBounds: lower ?? [Double](repeating: 0, count: n),
        upperBounds: upper ?? [Double](repeating: .infinity, count: n),
        isInteger: isInteger ?? [Bool](repeating: true, count: n),
        rowLower: rowLower ?? [Double](repeating: -.infinity, count: rows.count), rowUpper: rowUpper,
        matrix: SparseMatrix(rows: rows.count, columns: n, triplets: triplets))
}

/// The best objective over every integer point of the box `0...ranges[j]`, by enumeration, with
/// rows checked exactly (integer data); nil when no point is feasible.
private func enumerate(_ p: LinearProgram, ranges: [Int]) -> (objective: Double, point: [Double])? {
    let dense = (0..<p.rowCount).map { i in
        (0..<p.variableCount).map { j -> Double in
            let column = p.matrix.columnStarts[j]..<p.matrix.columnStarts[j + 1]
            return column.first { p.matrix.rowIndices[$0] == i }.map { p.matrix.values[$0] } ?? 0
        }
    }
    var best: (objective: Double, point: [Double])?
    var point = [Int](repeating: 0, count: ranges.count)
    while true {
        let x = point.map(Double.init)
        let feasible = dense.indices.allSatisfy { i in
            let activity = zip(dense[i], x).reduce(0) { $0 + $1.0 * $1.1 }
            return activity >= p.rowLower[i] && activity <= p.rowUpper[i]
        }
        if feasible {
            let value = zip(p.objective, x).reduce(p.objectiveConstant) { $0 + $1.0 * $1.1 }
            let better = best.map { p.sense == .maximize ? value > $0.objective : value < $0.objective } ?? true
            if better { best = (value, x) }
        }
        var k = 0
        while k < point.count && point[k] == ranges[k] {
            point[k] = 0
            k += 1
        }
        if k == point.count { return best }
        point[k] += 1
    }
}

/// A capacitated facility location: open y1, y2 (fixed costs 10, 7), then x_ij = facility i
/// serves customer j (i-major); every customer served once, demand within an open facility's capacity.
private func facilityLocation() -> LinearProgram {
    let fixedCost: [Double] = [10, 7]
    let serveCost: [[Double]] = [[2, 6, 5], [4, 3, 9]]
    let demand: [Double] = [3, 4, 5]
    let capacity: [Double] = [8, 9]
    let x = { (i: Int, j: Int) in 2 + 3 * i + j }
    var rows: [[Double]] = []
    var lower: [Double] = []
    var upper: [Double] = []
    func row(_ entries: [(Int, Double)], _ low: Double, _ high: Double) {
        var r = [Double](repeating: 0, count: 8)
        for (column, value) in entries { r[column] += value }
        rows.append(r)
        lower.append(low)
        upper.append(high)
    }
    for j in 0..<3 { row([(x(0, j), 1), (x(1, j), 1)], 1, 1) }
    for i in 0..<2 { row((0..<3).map { (x(i, $0), demand[$0]) } + [(i, -capacity[i])], -.infinity, 0) }
    let cost = fixedCost + serveCost.flatMap { $0 }
    return program(
        cost: cost, rows: rows, rowLower: lower, rowUpper: upper, upper: [Double](repeating: 1, count: 8))
}

/// A seeded random program: 3–4 integer variables in [0, 1…4], 2–3 rows with small integer
/// coefficients, each row ≤ and sometimes also ≥, either sense.
private func randomProgram(seed: Int) -> (program: LinearProgram, ranges: [Int]) {
    var random = SeededGenerator(state: UInt64(seed) &* 7919 &+ 17)
    let n = Int.random(in: 3...4, using: &random)
    let m = Int.random(in: 2...3, using: &random)
    let ranges = (0..<n).map { _ in Int.random(in: 1...4, using: &random) }
    let cost = (0..<n).map { _ in Double(Int.random(in: -5...5, using: &random)) }
    let rows = (0..<m).map { _ in (0..<n).map { _ in Double(Int.random(in: -3...5, using: &random)) } }
    let rowUpper = (0..<m).map { _ in Double(Int.random(in: 2...12, using: &random)) }
    let rowLower = (0..<m).map { i -> Double in
        Bool.random(using: &random) ? -.infinity : rowUpper[i] - Double(Int.random(in: 0...6, using: &random))
    }
    let sense: LinearProgram.Sense = Bool.random(using: &random) ? .maximize : .minimize
    let p = program(
        sense, cost: cost, rows: rows, rowLower: rowLower, rowUpper: rowUpper, upper: ranges.map(Double.init))
    return (p, ranges)
}

@Suite("Branch and bound on small integer programs with known optima")
struct BranchAndBoundTests {
    @Test("The three-item knapsack reaches 13 at (2, 0, 1), as enumeration confirms, and repeats itself exactly")
    func knapsack() {
        let p = program(
            .maximize, cost: [5, 4, 3], rows: [[2, 3, 1], [4, 1, 2], [3, 4, 2]], rowUpper: [5, 11, 8])
        let brute = enumerate(p, ranges: [5, 5, 5])
        #expect(brute?.objective == 13)
        #expect(brute?.point == [2, 0, 1])
        let result = BranchAndBoundSolver().solve(p)
        #expect(result.status == .optimal)
        #expect(isClose(result.objective, 13, relative: 1e-6, absolute: 1e-6))
        #expect(result.primal == [2, 0, 1])
        #expect(result.bestBound >= result.objective - 1e-9)
        #expect(result.gap <= 1e-6)
        #expect(result.nodesExplored >= 1 && result.lpIterations > 0 && result.skippedNodes == 0)
        let again = BranchAndBoundSolver().solve(p)
        #expect(again.nodesExplored == result.nodesExplored && again.lpIterations == result.lpIterations)
        #expect(again.objective == result.objective && again.primal == result.primal)
    }

    @Test("A capacitated facility-location problem matches the best of all 256 binary points")
    func facilityLocationMatchesEnumeration() {
        let p = facilityLocation()
        let brute = enumerate(p, ranges: [Int](repeating: 1, count: 8))
        let result = BranchAndBoundSolver().solve(p)
        #expect(brute != nil)
        #expect(result.status == .optimal)
        #expect(isClose(result.objective, brute?.objective ?? .nan, relative: 1e-6, absolute: 1e-6))
        #expect(result.primal.allSatisfy { $0 == 0 || $0 == 1 })
        #expect(isClose(BranchAndBoundPoint.objective(result.primal, of: p), result.objective, relative: 1e-6, absolute: 1e-6))
        #expect(BranchAndBoundPoint.isFeasible(result.primal, in: p))
    }

    @Test("max x + y with 2x + 2y ≤ 3 has LP value 1.5 but integer optimum 1")
    func fractionalRelaxation() {
        let p = program(.maximize, cost: [1, 1], rows: [[2, 2]], rowUpper: [3])
        let lp = InteriorPointSolver().solve(p)
        #expect(lp.status == .optimal && isClose(lp.objective, 1.5, relative: 1e-6, absolute: 1e-6))
        let result = BranchAndBoundSolver().solve(p)
        #expect(result.status == .optimal)
        #expect(isClose(result.objective, 1, relative: 1e-6, absolute: 1e-6))
        #expect(result.primal.reduce(0, +) == 1)
        #expect(result.nodesExplored > 1)
    }

    @Test("2x = 1 with x integer is infeasible although its relaxation is not")
    func infeasibleInteger() {
        let p = program(cost: [1], rows: [[2]], rowLower: [1], rowUpper: [1], upper: [10])
        #expect(InteriorPointSolver().solve(p).status == .optimal)
        let result = BranchAndBoundSolver().solve(p)
        #expect(result.status == .infeasible)
        #expect(result.primal.isEmpty)
        #expect(result.objective == .infinity)
        #expect(result.gap == .infinity)
    }

    @Test("Integer bounds with no integer between them are infeasible before any LP is solved")
    func emptyIntegerBox() {
        let p = program(cost: [1], rows: [[1]], rowUpper: [5], lower: [0.2], upper: [0.8])
        let result = BranchAndBoundSolver().solve(p)
        #expect(result.status == .infeasible)
        #expect(result.nodesExplored == 0)
    }

    @Test("An unbounded root relaxation is reported as unbounded")
    func unboundedRoot() {
        let p = program(.maximize, cost: [1, 1], rows: [[1, -1]], rowUpper: [2])
        let result = BranchAndBoundSolver().solve(p)
        #expect(result.status == .unbounded)
        #expect(result.objective == -.infinity)
    }

    @Test("A root relaxation the LP solver cannot handle (NaN data) is reported as numerical trouble")
    func numericalTroubleAtRoot() {
        let p = program(cost: [.nan], rows: [[1]], rowUpper: [5])
        let result = BranchAndBoundSolver().solve(p)
        #expect(result.status == .numericalTrouble)
        #expect(result.primal.isEmpty && result.nodesExplored == 1)
    }

    @Test("With x integer and y continuous, max 2x + 3y reaches 12.25 at x = 2, y = 2.75")
    func mixedInteger() {
        // x + 2y ≤ 7.5, 3x + y ≤ 9.2: for each integer x the best y is min((7.5 − x)/2, 9.2 − 3x).
        let p = program(
            .maximize, cost: [2, 3], rows: [[1, 2], [3, 1]], rowUpper: [7.5, 9.2], upper: [10, .infinity],
            isInteger: [true, false])
        let byEnumeration = (0...3).map { x -> Double in
            let y = min((7.5 - Double(x)) / 2, 9.2 - 3 * Double(x))
            return 2 * Double(x) + 3 * y
        }.max()!
        #expect(isClose(byEnumeration, 12.25, relative: 1e-6, absolute: 1e-6))
        let result = BranchAndBoundSolver().solve(p)
        #expect(result.status == .optimal)
        #expect(isClose(result.objective, 12.25, relative: 1e-6, absolute: 1e-6))
        #expect(result.primal.first == 2)
        #expect(isClose(result.primal[1], 2.75, relative: 1e-6, absolute: 1e-6))
    }

    @Test("A node limit of one stops after the fractional root and reports the open bound")
    func nodeLimit() {
        let p = program(.maximize, cost: [1, 1], rows: [[2, 2]], rowUpper: [3])
        let result = BranchAndBoundSolver(nodeLimit: 1).solve(p)
        #expect(result.status == .nodeLimit)
        #expect(result.nodesExplored == 1)
        #expect(isClose(result.bestBound, 1.5, relative: 1e-6, absolute: 1e-6))
        #expect(result.primal.isEmpty ? result.gap == .infinity : result.gap > 0)
    }

    @Test("Node limits on facility location keep bound ≤ optimum ≤ incumbent, with the gap reported", arguments: 1...8)
    func facilityNodeLimit(limit: Int) {
        let p = facilityLocation()
        let optimum = BranchAndBoundSolver().solve(p).objective
        let result = BranchAndBoundSolver(nodeLimit: limit).solve(p)
        #expect(result.nodesExplored <= limit)
        #expect(result.bestBound <= optimum + 1e-6)
        #expect(result.objective >= optimum - 1e-6)
        if result.status == .nodeLimit {
            #expect(result.gap > 1e-6)
            #expect(result.primal.isEmpty ? result.gap == .infinity : isClose(result.gap, (result.objective - result.bestBound) / max(1, abs(result.objective)), relative: 1e-6, absolute: 1e-6))
        } else {
            #expect(result.status == .optimal && isClose(result.objective, optimum, relative: 1e-6, absolute: 1e-6))
        }
    }

    @Test("Random bounded integer programs agree with brute-force enumeration", arguments: 0..<20)
    func randomPrograms(seed: Int) {
        let (p, ranges) = randomProgram(seed: seed)
        let brute = enumerate(p, ranges: ranges)
        let result = BranchAndBoundSolver().solve(p)
        if let brute {
            #expect(result.status == .optimal)
            #expect(isClose(result.objective, brute.objective, relative: 1e-6, absolute: 1e-6))
            #expect(BranchAndBoundPoint.isFeasible(result.primal, in: p))
            #expect(result.primal.allSatisfy { $0 == $0.rounded() })
        } else {
            #expect(result.status == .infeasible)
        }
    }

    @Test("Most random programs are feasible and several need branching, so the comparison is not vacuous")
    func randomProgramsAreInformative() {
        let outcomes = (0..<20).map { seed -> (feasible: Bool, nodes: Int) in
            let (p, ranges) = randomProgram(seed: seed)
            return (enumerate(p, ranges: ranges) != nil, BranchAndBoundSolver().solve(p).nodesExplored)
        }
        #expect(outcomes.filter(\.feasible).count >= 10)
        #expect(outcomes.filter { $0.nodes > 1 }.count >= 3)
    }
}
