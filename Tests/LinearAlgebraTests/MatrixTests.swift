import LinearAlgebra
import TestSupport
import Testing

@Suite("Matrix")
struct MatrixTests {
    let a = Matrix(rowMajor: [[1, 2, 3], [4, 5, 6]])

    @Test("rowMajor rows are stored column by column")
    func rowMajorLayout() {
        #expect(a.rows == 2)
        #expect(a.columns == 3)
        #expect(a.elements == [1, 4, 2, 5, 3, 6])
        #expect(a == Matrix(rows: 2, columns: 3, elements: [1, 4, 2, 5, 3, 6]))
    }

    @Test("the subscript reads and writes entry (row, column)")
    func subscriptAccess() {
        var m = a
        #expect(m[0, 2] == 3)
        #expect(m[1, 0] == 4)
        m[1, 2] = 60
        #expect(m.elements == [1, 4, 2, 5, 3, 60])
        #expect(a[1, 2] == 6, "copies are independent values")
    }

    @Test("repeating fills every entry")
    func repeating() {
        let m = Matrix(rows: 2, columns: 2, repeating: 7)
        #expect(m.elements == [7, 7, 7, 7])
        #expect(Matrix(rows: 3, columns: 0).elements.isEmpty)
    }

    @Test("identity has ones on the diagonal and zeros elsewhere")
    func identity() {
        #expect(Matrix.identity(3) == Matrix(rowMajor: [[1, 0, 0], [0, 1, 0], [0, 0, 1]]))
        #expect(Matrix.identity(0) == Matrix(rows: 0, columns: 0))
    }

    @Test("transposed swaps rows and columns")
    func transposed() {
        #expect(a.transposed() == Matrix(rowMajor: [[1, 4], [2, 5], [3, 6]]))
        #expect(a.transposed().transposed() == a)
    }

    @Test("column returns one column top to bottom")
    func column() {
        #expect(a.column(0) == [1, 4])
        #expect(a.column(2) == [3, 6])
    }

    // Products of small integers are exact in floating point, so == is safe here.
    @Test("matrix times matrix matches the hand-computed product")
    func matrixProduct() {
        let b = Matrix(rowMajor: [[1, 0], [0, 1], [1, -1]])
        let expected = Matrix(rowMajor: [[4, -1], [10, -1]])
        #expect(a * b == expected)
        #expect(a.multiplied(by: b) == expected)
        #expect(Matrix.identity(2) * a == a)
    }

    @Test("matrix times vector matches the hand-computed product")
    func matrixVectorProduct() {
        #expect(a * [1, 1, 1] == [6, 15])
        #expect(a.multiplied(by: [1, 0, -1]) == [-2, -2])
    }

    @Test("products with an empty inner dimension are zero matrices")
    func emptyProducts() {
        let left = Matrix(rows: 2, columns: 0)
        let right = Matrix(rows: 0, columns: 3)
        #expect(left * right == Matrix(rows: 2, columns: 3))
        #expect(left * [Double]() == [0, 0])
    }

    @Test("a random product agrees with the textbook triple loop to 1e-13")
    func randomProduct() {
        var rng = SeededGenerator(seed: 1)
        let x = rng.matrix(rows: 17, columns: 23)
        let y = rng.matrix(rows: 23, columns: 11)
        var naive = Matrix(rows: 17, columns: 11)
        for i in 0..<17 {
            for j in 0..<11 {
                naive[i, j] = (0..<23).reduce(0) { $0 + x[i, $1] * y[$1, j] }
            }
        }
        #expect(isClose(x * y, naive, relative: 1e-13, absolute: 1e-13))
        #expect(isClose(x * y.column(3), naive.column(3), relative: 1e-13, absolute: 1e-13))
    }
}
