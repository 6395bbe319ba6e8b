import Optimization
import SimulationKernel

/// Random feasible LPs of growing size for the `lp` benchmark: minimise cᵀx subject to
/// Ax ≥ b, 0 ≤ x ≤ 10, with 15 nonzeros per row drawn from a seeded stream, b half of A·x₀ for a
/// random x₀ in the box (so x₀ is feasible) and c > 0 (so the optimum is finite).
public enum RandomLP {
    /// The program with `rows` rows and 1.5 × `rows` columns.
    public static func make(rows: Int, seed: UInt64) -> LinearProgram {
        let columns = rows * 3 / 2
        var random = RandomStream(seed: seed, stream: UInt64(rows))
        let x0 = (0..<columns).map { _ in random.uniform(min: 0, max: 5) }
        var triplets: [(row: Int, column: Int, value: Double)] = []
        var rhs = [Double](repeating: 0, count: rows)
        for row in 0..<rows {
            var chosen = Set<Int>()
            while chosen.count < min(15, columns) { chosen.insert(random.uniformInt(below: columns)) }
            for column in chosen.sorted() {
                let value = (random.uniform(min: 0.1, max: 5) * 100).rounded() / 100
                triplets.append((row, column, value))
                rhs[row] += value * x0[column]
            }
        }
        let cost = (0..<columns).map { _ in (random.uniform(min: 1, max: 10) * 100).rounded() / 100 }
        return LinearProgram(
            name: "random\(rows)", sense: .minimize, objectiveName: "cost", objective: cost,
            variableNames: (0..<columns).map { "x\($0)" }, lowerBounds: Array(repeating: 0, count: columns),
            upperBounds: Array(repeating: 10, count: columns), isInteger: Array(repeating: false, count: columns),
            rowNames: (0..<rows).map { "r\($0)" }, rowLower: rhs.map { ($0 * 500).rounded() / 1000 },
            rowUpper: Array(repeating: .infinity, count: rows),
            matrix: SparseMatrix(rows: rows, columns: columns, triplets: triplets))
    }
}
