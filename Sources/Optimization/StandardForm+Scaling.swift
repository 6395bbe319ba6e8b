import Foundation

/// Row and column scale factors of a standard form, powers of two so that scaling and
/// unscaling are exact.
struct StandardFormScaling {
    /// Row i of A and b are multiplied by `rows[i]`.
    var rows: [Double]
    /// Column j of A and c are multiplied by `columns[j]`; x_j and u_j divided by it.
    var columns: [Double]

    /// Whether every factor is 1.
    var isIdentity: Bool { rows.allSatisfy { $0 == 1 } && columns.allSatisfy { $0 == 1 } }

    /// The identity scaling.
    init(rows: Int, columns: Int) {
        self.rows = [Double](repeating: 1, count: rows)
        self.columns = [Double](repeating: 1, count: columns)
    }
}

extension StandardForm {
    /// Geometric-mean scaling (four passes alternating rows and columns, each factor
    /// 1/√(max |a| · min |a|) over the row or column), rounded to powers of two, then each
    /// column's largest entry brought into [0.5, 1]. Planning LPs mix euros (10⁸) with
    /// megawatts (10⁻³); scaled, their interior-point steps stay long.
    /// - Complexity: O(nonzeros) per pass.
    func geometricScaling(passes: Int = 4) -> StandardFormScaling {
        var scaling = StandardFormScaling(rows: rows, columns: columns)
        func powerOfTwo(_ x: Double) -> Double {
            guard x.isFinite, x > 0 else { return 1 }
            return Foundation.exp2(Foundation.log2(x).rounded())
        }
        for _ in 0..<passes {
            var rowMax = [Double](repeating: 0, count: rows)
            var rowMin = [Double](repeating: .infinity, count: rows)
            for j in 0..<columns {
                for p in columnStarts[j]..<columnStarts[j + 1] where values[p] != 0 {
                    let magnitude = abs(values[p]) * scaling.rows[rowIndices[p]] * scaling.columns[j]
                    rowMax[rowIndices[p]] = max(rowMax[rowIndices[p]], magnitude)
                    rowMin[rowIndices[p]] = min(rowMin[rowIndices[p]], magnitude)
                }
            }
            for i in 0..<rows where rowMax[i] > 0 {
                scaling.rows[i] *= powerOfTwo(1 / (rowMax[i] * rowMin[i]).squareRoot())
            }
            for j in 0..<columns {
                var largest = 0.0, smallest = Double.infinity
                for p in columnStarts[j]..<columnStarts[j + 1] where values[p] != 0 {
                    let magnitude = abs(values[p]) * scaling.rows[rowIndices[p]] * scaling.columns[j]
                    largest = max(largest, magnitude)
                    smallest = min(smallest, magnitude)
                }
                if largest > 0 { scaling.columns[j] *= powerOfTwo(1 / (largest * smallest).squareRoot()) }
            }
        }
        return scaling
    }

    /// This form with the scaling applied: Â = R A S, b̂ = R b, ĉ = S c, û = S⁻¹ u.
    func scaled(by scaling: StandardFormScaling) -> StandardForm {
        var result = self
        for j in 0..<columns {
            for p in columnStarts[j]..<columnStarts[j + 1] {
                result.values[p] = values[p] * scaling.rows[rowIndices[p]] * scaling.columns[j]
            }
            result.cost[j] = cost[j] * scaling.columns[j]
            result.upper[j] = upper[j] / scaling.columns[j]
        }
        for i in 0..<rows { result.rhs[i] = rhs[i] * scaling.rows[i] }
        return result
    }
}

extension InteriorPointIterate {
    /// The iterate of the unscaled form: x = S x̂, w = S ŵ, y = R ŷ, z = S⁻¹ ẑ, v = S⁻¹ v̂.
    func unscaled(by scaling: StandardFormScaling) -> InteriorPointIterate {
        var point = self
        for j in x.indices {
            point.x[j] = x[j] * scaling.columns[j]
            point.w[j] = w[j] * scaling.columns[j]
            point.z[j] = z[j] / scaling.columns[j]
            point.v[j] = v[j] / scaling.columns[j]
        }
        for i in y.indices { point.y[i] = y[i] * scaling.rows[i] }
        return point
    }
}
