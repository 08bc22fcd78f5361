import TestSupport
import Testing

@testable import AttentionEngine

/// The BLAS pass works on blocks of query rows and stops each block's products at its
/// last visible key; these tests hold it to the plain, one-product-per-step order.
@Suite struct BlockedAttentionTests {
  /// Sizes below, at and across the block of 64 rows, with lengths that are not multiples
  /// of the eight-lane softmax.
  static let sizes = [1, 7, 63, 64, 65, 130, 300]

  static func masks(_ n: Int) -> [(String, [Bool])] {
    var patterned = [Bool](repeating: false, count: n * n)
    for i in 0..<n {
      for j in 0..<n where (i * 7 + j * 3) % 5 != 0 && i % 11 != 4 { patterned[i * n + j] = true }
    }
    return [
      ("causal", AttentionMask.causal.visibility(tokenCount: n)),
      ("none", AttentionMask.none.visibility(tokenCount: n)),
      ("patterned, some rows fully masked", patterned),
    ]
  }

  @Test(arguments: sizes)
  func blockedPassMatchesThePlainOrder(n: Int) {
    var generator = SeededGenerator(seed: UInt64(n))
    let q = generator.matrix(rows: n, columns: 16, scale: 2)
    let k = generator.matrix(rows: n, columns: 16, scale: 2)
    let v = generator.matrix(rows: n, columns: 5, scale: 1)
    for (name, visibility) in Self.masks(n) {
      let blas = ScaledDotProductAttention.run(
        queries: q, keys: k, values: v, visibility: visibility, keyValueHead: 0)
      let plain = ScaledDotProductAttention.run(
        queries: q, keys: k, values: v, visibility: visibility, keyValueHead: 0,
        backend: .reference)
      #expect(largestDifference(blas.weights.values, plain.weights.values) < 1e-5, "\(name)")
      #expect(largestDifference(blas.outputs.values, plain.outputs.values) < 1e-4, "\(name)")
      for index in visibility.indices where !visibility[index] {
        #expect(blas.weights.values[index] == 0, "\(name): masked entry \(index)")
      }
      for row in 0..<n {
        let sum = blas.weights.row(row).reduce(0, +)
        let sees = (0..<n).contains { visibility[row * n + $0] }
        #expect(abs(sum - (sees ? 1 : 0)) < 1e-5, "\(name): row \(row)")
      }
    }
  }

  @Test func rawScoresAreComputedFromQueriesAndKeysWhenAskedFor() {
    var generator = SeededGenerator(seed: 5)
    let q = generator.matrix(rows: 9, columns: 4, scale: 1)
    let k = generator.matrix(rows: 9, columns: 4, scale: 1)
    let head = ScaledDotProductAttention.run(
      queries: q, keys: k, values: q, visibility: AttentionMask.causal.visibility(tokenCount: 9),
      keyValueHead: 0, backend: .reference)
    let expected = q.multiplied(by: k, transposingOther: true, backend: .reference)
    #expect(head.scores == expected)
    #expect(head.score(queryIndex: 8, keyIndex: 2) == expected[8, 2])
    #expect(head.scaledScore(queryIndex: 3, keyIndex: 7) == expected[3, 7] / 2)
  }

  @Test func givenScoresAreKeptAndChangedQueriesRecomputeThem() {
    var head = ScaledDotProductAttention.run(
      queries: Matrix(rowArrays: [[1, 0], [0, 1]]), keys: Matrix(rowArrays: [[2, 0], [0, 3]]),
      values: Matrix(rowArrays: [[1], [1]]), visibility: [true, true, true, true],
      keyValueHead: 0)
    #expect(head.scores.values == [2, 0, 0, 3])
    head.scores = Matrix(rowArrays: [[9, 9], [9, 9]])
    #expect(head.scores.values == [9, 9, 9, 9])
    head.queries = Matrix(rowArrays: [[1, 1], [0, 0]])
    #expect(head.scores.values == [2, 3, 0, 0])
    let copy = head
    #expect(copy == head)
  }

  @Test func zeroFillClearsLongAndShortStretchesOfDirtyMemory() {
    let count = 9 * 4096 + 37
    let buffer = UnsafeMutablePointer<Float>.allocate(capacity: count)
    defer { buffer.deallocate() }
    for (start, length) in [(0, count), (5, 3), (1000, 20_000), (3, count - 10)] {
      buffer.initialize(repeating: 1, count: count)
      ZeroFill.zero(buffer + start, count: length)
      let span = UnsafeBufferPointer(start: buffer, count: count)
      #expect(span[start..<start + length].allSatisfy { $0 == 0 })
      #expect(span[..<start].allSatisfy { $0 == 1 })
      #expect(span[(start + length)...].allSatisfy { $0 == 1 })
    }
  }
}
