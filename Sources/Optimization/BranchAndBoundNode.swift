/// One subproblem of the branch-and-bound tree: the root program with tightened variable bounds.
struct BranchAndBoundNode {
    /// Lower bound of each variable at this node.
    var lower: [Double]
    /// Upper bound of each variable at this node.
    var upper: [Double]
    /// A lower bound on the node's optimum in the minimisation sense: its parent's LP objective
    /// (−∞ for the root).
    var bound: Double
    /// Creation order; breaks ties between equal bounds (earlier first).
    var sequence: Int
    /// The branch that created this node: the variable, whether it was pushed up, and how far
    /// its parent's LP value was from the new bound (nil for the root). Feeds the pseudocosts.
    var branch: (variable: Int, up: Bool, distance: Double)? = nil
}

/// A binary min-heap of open nodes ordered by (bound, sequence): best bound first, then the
/// node created first, so the search order never depends on heap internals.
struct BranchAndBoundQueue {
    private var nodes: [BranchAndBoundNode] = []

    /// Whether no node is open.
    var isEmpty: Bool { nodes.isEmpty }
    /// The open nodes, in no particular order.
    var openNodes: [BranchAndBoundNode] { nodes }

    private static func precedes(_ a: BranchAndBoundNode, _ b: BranchAndBoundNode) -> Bool {
        a.bound != b.bound ? a.bound < b.bound : a.sequence < b.sequence
    }

    /// Adds a node.
    /// - Complexity: O(log n).
    mutating func push(_ node: BranchAndBoundNode) {
        nodes.append(node)
        var child = nodes.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.precedes(nodes[child], nodes[parent]) else { break }
            nodes.swapAt(child, parent)
            child = parent
        }
    }

    /// Removes and returns the node with the smallest (bound, sequence).
    /// - Complexity: O(log n).
    mutating func pop() -> BranchAndBoundNode? {
        guard !nodes.isEmpty else { return nil }
        nodes.swapAt(0, nodes.count - 1)
        let top = nodes.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallest = parent
            if left < nodes.count && Self.precedes(nodes[left], nodes[smallest]) { smallest = left }
            if right < nodes.count && Self.precedes(nodes[right], nodes[smallest]) { smallest = right }
            if smallest == parent { break }
            nodes.swapAt(parent, smallest)
            parent = smallest
        }
        return top
    }
}

/// Integrality and feasibility checks on candidate points.
enum BranchAndBoundPoint {
    /// The integer variable whose value is farthest from an integer, if any is farther than
    /// `tolerance`; ties go to the lowest index.
    static func mostFractional(_ x: [Double], isInteger: [Bool], tolerance: Double) -> Int? {
        var best: Int?
        var bestDistance = tolerance
        for j in x.indices where isInteger[j] {
            let distance = abs(x[j] - x[j].rounded())
            if distance > bestDistance {
                best = j
                bestDistance = distance
            }
        }
        return best
    }

    /// `x` with its integer variables rounded to the nearest integer (−0 becomes 0).
    static func rounded(_ x: [Double], isInteger: [Bool]) -> [Double] {
        x.indices.map { isInteger[$0] ? x[$0].rounded() + 0 : x[$0] }
    }

    /// Whether `x` satisfies every variable bound within 1e-6 · (1 + |bound|) and every row
    /// within 1e-6 · (1 + max(|limit|, Σⱼ|aᵢⱼ·xⱼ|, maxⱼ|aᵢⱼ|)). The row test scales with the
    /// row's data: an interior-point solution meets its rows to 1e-8 relative to the data, not
    /// absolutely, and a planning row sums terms of 10⁷ (or coefficients of 10⁴ times zero
    /// nodes) against a limit of 0 (served ≤ capacity).
    /// - Complexity: O(nonzeros).
    static func isFeasible(_ x: [Double], in program: LinearProgram) -> Bool {
        guard x.count == program.variableCount, x.allSatisfy(\.isFinite) else { return false }
        let residuals = MILPCheck.feasibilityResiduals(x, program: program)
        return residuals.bound <= MILPCheck.feasibilityTolerance && residuals.row <= MILPCheck.feasibilityTolerance
    }

    /// cᵀx + objectiveConstant, in the program's own sense.
    static func objective(_ x: [Double], of program: LinearProgram) -> Double {
        zip(program.objective, x).reduce(program.objectiveConstant) { $0 + $1.0 * $1.1 }
    }
}
