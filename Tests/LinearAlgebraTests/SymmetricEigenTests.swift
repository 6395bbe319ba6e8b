import LinearAlgebra
import TestSupport
import Testing

@Suite("symmetricEigen (dsyevd)")
struct SymmetricEigenTests {
    @Test("[[2, 1], [1, 2]] has eigenvalues 1 and 3 with eigenvectors (1, −1)/√2 and (1, 1)/√2, to 1e-14")
    func twoByTwo() throws {
        let (values, vectors) = try symmetricEigen(Matrix(rowMajor: [[2, 1], [1, 2]]))
        #expect(isClose(values, [1, 3], relative: 1e-14, absolute: 1e-14))
        let h = 0.5.squareRoot()
        // Eigenvectors are unique only up to sign: compare |v|.
        #expect(isClose(vectors.column(0).map(abs), [h, h], relative: 1e-14, absolute: 1e-14))
        #expect(isClose(vectors[0, 0] * vectors[1, 0], -0.5, relative: 1e-14, absolute: 1e-14))
        #expect(isClose(vectors[0, 1] * vectors[1, 1], 0.5, relative: 1e-14, absolute: 1e-14))
    }

    @Test(
        "a diagonal matrix has its diagonal, sorted ascending, as eigenvalues",
        arguments: [
            [3, -1, 2],
            [5],
            [0, 0, 1e-3, -7],
        ] as [[Double]])
    func diagonal(diagonal: [Double]) throws {
        var a = Matrix(rows: diagonal.count, columns: diagonal.count)
        for (i, d) in diagonal.enumerated() { a[i, i] = d }
        let (values, vectors) = try symmetricEigen(a)
        #expect(isClose(values, diagonal.sorted(), relative: 1e-15, absolute: 1e-15))
        #expect(isClose(vectors.transposed() * vectors, .identity(diagonal.count), relative: 1e-15, absolute: 1e-15))
    }

    @Test("a random 300×300 symmetric matrix: ‖AV − VΛ‖ and ‖VᵀV − I‖ ≤ 1e-12, values ascending")
    func randomLarge() throws {
        var rng = SeededGenerator(seed: 302)
        let n = 300
        let a = rng.symmetric(n)
        let (values, vectors) = try symmetricEigen(a)
        #expect(zip(values, values.dropFirst()).allSatisfy { $0 <= $1 })
        var scaled = vectors
        for j in 0..<n {
            for i in 0..<n { scaled[i, j] *= values[j] }
        }
        #expect(maxAbs(subtract(a * vectors, scaled)) <= 1e-12 * normInf(a))
        #expect(maxAbs(subtract(vectors.transposed() * vectors, .identity(n))) <= 1e-12)
    }

    @Test("only the lower triangle is read")
    func upperTriangleIgnored() throws {
        let (values, _) = try symmetricEigen(Matrix(rowMajor: [[2, 99], [1, 2]]))
        #expect(isClose(values, [1, 3], relative: 1e-14, absolute: 1e-14))
    }

    @Test("a non-square matrix is a dimension mismatch and NaN is rejected")
    func errors() {
        #expect(
            throws: LAPACKError.dimensionMismatch(
                routine: "dsyevd", expected: "a square matrix", found: "a 2×1 matrix")
        ) {
            try symmetricEigen(Matrix(rows: 2, columns: 1))
        }
        #expect(throws: LAPACKError.nonFiniteInput(routine: "dsyevd")) {
            try symmetricEigen(Matrix(rowMajor: [[1, .nan], [.nan, 1]]))
        }
    }
}
