import TestSupport
import Testing

@testable import AttentionEngine

@Suite struct SoftmaxTests {
  @Test func fullyMaskedRowIsZerosNotNaN() {
    let logits = Matrix(rowArrays: [
      [1, 2, 3], [-.infinity, -.infinity, -.infinity], [0, 0, 0],
    ])
    let all = [Bool](repeating: true, count: 9)
    let weights = ScaledDotProductAttention.softmaxRows(of: logits, visibility: all)

    #expect(largestDifference(weights.row(0), [0.09003057, 0.24472847, 0.66524096]) < 1e-6)
    #expect(weights.row(1) == [0, 0, 0])
    #expect(largestDifference(weights.row(2), [1 / 3, 1 / 3, 1 / 3]) < 1e-6)
    #expect(!weights.values.contains { $0.isNaN })
  }

  @Test func fullyMaskedRowGivesZeroOutput() {
    let visibility = [true, false, false, false]  // query 1 sees nothing
    let head = ScaledDotProductAttention.run(
      queries: Matrix(rowArrays: [[1], [2]]), keys: Matrix(rowArrays: [[1], [1]]),
      values: Matrix(rowArrays: [[5], [7]]), visibility: visibility, keyValueHead: 0)
    #expect(head.outputs.row(1) == [0])
    #expect(head.isFullyMasked(queryIndex: 1))
    #expect(!head.isFullyMasked(queryIndex: 0))
  }

  @Test func rowsSumToOne() {
    var generator = SeededGenerator(seed: 11)
    let logits = generator.matrix(rows: 9, columns: 9, scale: 20)
    let visibility = AttentionMask.causal.visibility(tokenCount: 9)
    let weights = ScaledDotProductAttention.softmaxRows(of: logits, visibility: visibility)
    for i in 0..<9 {
      #expect(abs(weights.row(i).reduce(0, +) - 1) < 1e-6)
    }
  }

  @Test func addingAConstantToARowChangesNothing() {
    let base = Matrix(rowArrays: [[0.3, -1.2, 2.5, 0.0]])
    let shifted = Matrix(rowArrays: [base.row(0).map { $0 + 40 }])
    let all = [Bool](repeating: true, count: 4)
    let a = ScaledDotProductAttention.softmaxRows(of: base, visibility: all)
    let b = ScaledDotProductAttention.softmaxRows(of: shifted, visibility: all)
    #expect(largestDifference(a.values, b.values) < 1e-6)
  }

  @Test func hugeLogitsDoNotOverflow() {
    let logits = Matrix(rowArrays: [[1e30, 1e30, -1e30]])
    let weights = ScaledDotProductAttention.softmaxRows(
      of: logits, visibility: [true, true, true])
    #expect(weights.row(0) == [0.5, 0.5, 0])
  }

  @Test func singleTokenAttendsFullyToItself() {
    let weights = ScaledDotProductAttention.softmaxRows(
      of: Matrix(rowArrays: [[-3.7]]), visibility: [true])
    #expect(weights.values == [1])
  }

  @Test func maskedEntriesAreExactlyZero() {
    let logits = Matrix(rowArrays: [[5, 100, 5]])
    let weights = ScaledDotProductAttention.softmaxRows(
      of: logits, visibility: [true, false, true])
    #expect(weights.row(0) == [0.5, 0, 0.5])
  }
}
