import TestSupport
import Testing

@testable import AttentionEngine

@Suite struct ScaledDotProductAttentionTests {
  let queries = Matrix(rowArrays: [[1, 0], [0, 1]])
  let keys = Matrix(rowArrays: [[1, 0], [1, 1]])
  let values = Matrix(rowArrays: [[1, 2], [3, 4]])

  @Test func handComputedCausalCaseMatches() {
    let head = ScaledDotProductAttention.run(
      queries: queries, keys: keys, values: values,
      visibility: AttentionMask.causal.visibility(tokenCount: 2), keyValueHead: 0)

    #expect(head.scores.values == [1, 1, 0, 1])
    #expect(
      largestDifference(head.scaledScores.values, [0.70710678, 0.70710678, 0, 0.70710678])
        < 1e-6)
    // Row 1 is softmax(0, 1/√2) = (1, e^{1/√2}) / (1 + e^{1/√2}).
    #expect(largestDifference(head.weights.values, [1, 0, 0.33023845, 0.66976155]) < 1e-6)
    #expect(largestDifference(head.outputs.values, [1, 2, 2.3395231, 3.3395231]) < 1e-5)
  }

  @Test func causalMaskHidesFutureKeys() {
    let n = 5
    let head = ScaledDotProductAttention.run(
      queries: Matrix(rows: n, columns: 3, repeating: 0.5),
      keys: Matrix(rows: n, columns: 3, repeating: -0.25),
      values: Matrix(rows: n, columns: 3, repeating: 1),
      visibility: AttentionMask.causal.visibility(tokenCount: n), keyValueHead: 0)
    for i in 0..<n {
      for j in 0..<n where j > i {
        #expect(head.weights[i, j] == 0)
        #expect(!head.isVisible(queryIndex: i, keyIndex: j))
      }
    }
  }

  @Test func referenceAndBlasBackendsAgree() {
    var generator = SeededGenerator(seed: 3)
    let q = generator.matrix(rows: 7, columns: 5, scale: 1)
    let k = generator.matrix(rows: 7, columns: 5, scale: 1)
    let v = generator.matrix(rows: 7, columns: 5, scale: 1)
    let visibility = AttentionMask.none.visibility(tokenCount: 7)
    let blas = ScaledDotProductAttention.run(
      queries: q, keys: k, values: v, visibility: visibility, keyValueHead: 0, backend: .blas)
    let reference = ScaledDotProductAttention.run(
      queries: q, keys: k, values: v, visibility: visibility, keyValueHead: 0,
      backend: .reference)
    #expect(largestDifference(blas.outputs.values, reference.outputs.values) < 1e-5)
  }
}
