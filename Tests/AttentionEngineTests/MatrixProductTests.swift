import TestSupport
import Testing

@testable import AttentionEngine

@Suite struct MatrixProductTests {
  @Test func productWithAnAddedRowMatchesProductThenSum() {
    let x = Matrix(rowArrays: [[1, 2, 3], [-1, 0, 0.5]])
    let w = Matrix(rowArrays: [[1, 0, 0], [0, 1, 1], [2, -1, 0.25], [0, 0, 0]])
    let bias: [Float] = [0.5, -1, 2, 7]
    let fused = x.multiplied(by: w, transposingOther: true, addingToEveryRow: bias)
    // x · wᵀ by hand: row 0 = (1, 5, 0.75, 0); row 1 = (−1, 0.5, −1.875, 0).
    #expect(fused.rows == 2 && fused.columns == 4)
    #expect(fused.values == [1.5, 4, 2.75, 7, -0.5, -0.5, 0.125, 7])
    let plain = LinearLayer(weight: w, bias: bias)(x)
    #expect(plain == fused)
  }

  @Test func productWithAnAddedRowHandlesEmptyShapes() {
    let none = Matrix(rows: 0, columns: 3)
    let w = Matrix(rowArrays: [[1, 2, 3]])
    #expect(none.multiplied(by: w, transposingOther: true, addingToEveryRow: [4]).rows == 0)
    let inner = Matrix(rows: 2, columns: 0)
    let empty = Matrix(rows: 1, columns: 0)
    let result = inner.multiplied(by: empty, transposingOther: true, addingToEveryRow: [3])
    #expect(result.values == [3, 3])
  }

  @Test func elementwiseSumAddsMatchingEntries() {
    let a = Matrix(rowArrays: [[1, 2, 3], [4, 5, 6]])
    let b = Matrix(rowArrays: [[0.5, -2, 0], [1, 1, -6]])
    #expect((a + b).values == [1.5, 0, 3, 5, 6, 0])
    #expect((Matrix(rows: 0, columns: 2) + Matrix(rows: 0, columns: 2)).values.isEmpty)
  }
}
