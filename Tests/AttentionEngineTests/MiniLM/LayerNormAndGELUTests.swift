import AttentionEngine
import Testing

@Suite struct LayerNormAndGELUTests {
  @Test func layerNormCentresAndScalesEachRowOnItsOwn() {
    let norm = LayerNorm(weight: [1, 1, 1, 1], bias: [0, 0, 0, 0], epsilon: 0)
    let x = Matrix(rowArrays: [[1, 2, 3, 4], [10, 10, 10, 14]])
    let y = norm(x)
    // Row 1: mean 2.5, variance 1.25; row 2: mean 11, variance 3.
    let first: [Float] = [-1.5, -0.5, 0.5, 1.5].map { $0 / Float(1.25).squareRoot() }
    let second: [Float] = [-1, -1, -1, 3].map { $0 / Float(3).squareRoot() }
    for (got, want) in zip(y.values, first + second) {
      #expect(abs(got - want) <= 1e-6)
    }
  }

  @Test func layerNormAppliesScaleThenShift() {
    let norm = LayerNorm(weight: [2, 3], bias: [10, 20], epsilon: 0)
    let y = norm(Matrix(rowArrays: [[0, 4]]))
    #expect(y.values == [8, 23])
  }

  @Test func layerNormEpsilonKeepsAConstantRowFinite() {
    let norm = LayerNorm(weight: [1, 1], bias: [0.5, 0.5], epsilon: 1e-12)
    #expect(norm(Matrix(rowArrays: [[7, 7]])).values == [0.5, 0.5])
  }

  @Test func exactGELUMatchesTheNormalDistribution() {
    // x · Φ(x) with Φ(1) = 0.841344746, Φ(-1) = 0.158655254, Φ(2) = 0.977249868.
    #expect(GELU.exact(0) == 0)
    #expect(abs(GELU.exact(1) - 0.841344746) <= 1e-7)
    #expect(abs(GELU.exact(-1) + 0.158655254) <= 1e-7)
    #expect(abs(GELU.exact(2) - 1.954499736) <= 2e-7)
    #expect(GELU.exact(10) == 10)
  }

  @Test func exactGELUDiffersFromTheTanhEstimate() {
    // The tanh estimate gives 0.841191990 at 1: the exact form must not.
    #expect(abs(GELU.exact(1) - 0.841191990) > 1e-4)
  }

  @Test func applyingGELUChangesEveryElementInPlace() {
    var m = Matrix(rowArrays: [[0, 1], [-1, 10]])
    GELU.apply(to: &m)
    #expect(m.values == [0, GELU.exact(1), GELU.exact(-1), 10])
  }

  @Test func eightLaneGELUStaysWithinItsBoundOfTheExactForm() {
    // Every hundredth from -12 to 12, eight at a time, against erf in Double.
    let inputs = (-1200...1199).map { Float($0) / 100 }
    var worst: Float = 0
    for start in stride(from: 0, to: inputs.count, by: 8) {
      let x = SIMD8<Float>(inputs[start..<start + 8])
      let fast = GELU.fast(x)
      for lane in 0..<8 {
        let exact = GELU.exact(x[lane])
        worst = max(worst, abs(fast[lane] - exact) / max(1, abs(x[lane])))
      }
    }
    #expect(worst <= 5e-7)
    #expect(worst > 0)  // the bound is about the approximation, not a copy of `exact`
  }

  @Test func applyingGELUToLongRowsUsesTheEightLaneForm() {
    var m = Matrix(rowArrays: [(0..<19).map { Float($0) / 3 - 3 }])
    let before = m.values
    GELU.apply(to: &m)
    for (x, y) in zip(before, m.values) {
      #expect(abs(y - GELU.exact(x)) <= 5e-7 * max(1, abs(x)))
    }
    var empty = Matrix(rows: 0, columns: 4)
    GELU.apply(to: &empty)
    #expect(empty.values.isEmpty)
  }
}
