import LinearAlgebra
import TestSupport

/// Random test matrices from the shared SplitMix64 generator (TestSupport), so every
/// "random" test matrix is the same on every run and every machine.
extension SeededGenerator {
    /// A generator seeded with `seed`.
    init(seed: UInt64) { self.init(state: seed) }

    /// A uniform double in [-1, 1), built from the top 53 bits.
    mutating func nextSigned() -> Double {
        Double(next() >> 11) * 0x1p-53 * 2 - 1
    }

    /// A vector of `count` entries uniform in [-1, 1).
    mutating func vector(_ count: Int) -> [Double] {
        (0..<count).map { _ in nextSigned() }
    }

    /// A matrix with entries uniform in [-1, 1).
    mutating func matrix(rows: Int, columns: Int) -> Matrix {
        Matrix(rows: rows, columns: columns, elements: vector(rows * columns))
    }

    /// A strictly diagonally dominant (hence nonsingular, well-conditioned) n×n matrix.
    mutating func diagonallyDominant(_ n: Int) -> Matrix {
        var a = matrix(rows: n, columns: n)
        for i in 0..<n { a[i, i] += Double(n) }
        return a
    }

    /// A symmetric positive definite n×n matrix MᵀM + n·I.
    mutating func symmetricPositiveDefinite(_ n: Int) -> Matrix {
        let m = matrix(rows: n, columns: n)
        var a = m.transposed() * m
        for i in 0..<n { a[i, i] += Double(n) }
        return a
    }

    /// A symmetric n×n matrix (B + Bᵀ)/2.
    mutating func symmetric(_ n: Int) -> Matrix {
        let b = matrix(rows: n, columns: n)
        let bt = b.transposed()
        return Matrix(rows: n, columns: n, elements: zip(b.elements, bt.elements).map { ($0 + $1) / 2 })
    }
}

/// The infinity norm of a vector: the largest absolute entry.
func normInf(_ v: [Double]) -> Double {
    v.reduce(0) { max($0, abs($1)) }
}

/// The infinity norm of a matrix: the largest absolute row sum.
func normInf(_ a: Matrix) -> Double {
    (0..<a.rows).reduce(0) { best, row in
        max(best, (0..<a.columns).reduce(0) { $0 + abs(a[row, $1]) })
    }
}

/// The largest absolute entry of a matrix.
func maxAbs(_ a: Matrix) -> Double { normInf(a.elements) }

func subtract(_ x: [Double], _ y: [Double]) -> [Double] {
    precondition(x.count == y.count)
    return zip(x, y).map { $0 - $1 }
}

func subtract(_ a: Matrix, _ b: Matrix) -> Matrix {
    precondition(a.rows == b.rows && a.columns == b.columns)
    return Matrix(rows: a.rows, columns: a.columns, elements: subtract(a.elements, b.elements))
}

/// The normwise backward error ‖Ax − b‖∞ / (‖A‖∞‖x‖∞ + ‖b‖∞) of a solution x.
func relativeResidual(_ a: Matrix, _ x: [Double], _ b: [Double]) -> Double {
    normInf(subtract(a * x, b)) / (normInf(a) * normInf(x) + normInf(b))
}

/// Whether two matrices have the same shape and agree entry by entry to within `tolerance`.
func isClose(_ a: Matrix, _ b: Matrix, relative: Double = 1e-12, absolute: Double = 1e-12) -> Bool {
    a.rows == b.rows && a.columns == b.columns && isClose(a.elements, b.elements, relative: relative, absolute: absolute)
}
