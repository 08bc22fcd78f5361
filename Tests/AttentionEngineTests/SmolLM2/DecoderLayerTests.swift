import AttentionEngine
import Foundation
import Testing

/// RMSNorm, rotary positions and SwiGLU on tiny hand-checked inputs.
struct DecoderLayerTests {
  @Test func rmsNormDividesByTheRootMeanSquareThenScales() {
    let norm = RMSNorm(scale: [1, 2], epsilon: 0)
    let y = norm(Matrix(rowArrays: [[3, 4], [0, 5]]))
    // Row 1: √((9 + 16) / 2) = √12.5; row 2: √12.5 too.
    let root = Float(12.5).squareRoot()
    #expect(abs(y[0, 0] - 3 / root) < 1e-6 && abs(y[0, 1] - 8 / root) < 1e-6)
    #expect(y[1, 0] == 0 && abs(y[1, 1] - 10 / root) < 1e-6)
  }

  @Test func rmsNormEpsilonKeepsAZeroRowFinite() {
    let y = RMSNorm(scale: [1, 1, 1], epsilon: 1e-5)(Matrix(rows: 1, columns: 3))
    #expect(y.values == [0, 0, 0])
  }

  @Test func rotaryLeavesPositionZeroUnchanged() {
    let rotary = RotaryEmbedding(headSize: 4, base: 10_000)
    let x = Matrix(rowArrays: [[1, 2, 3, 4]])
    #expect(rotary.rotate(x, tables: rotary.tables(positionCount: 1)) == x)
  }

  @Test func rotaryTurnsAdjacentPairsByPositionTimesFrequency() {
    let rotary = RotaryEmbedding(headSize: 4, base: 100)
    let x = Matrix(rowArrays: [[0, 0, 0, 0], [1, 0, 0, 1]])
    let y = rotary.rotate(x, tables: rotary.tables(positionCount: 2))
    // Pair (0, 1) turns by 1 radian; pair (2, 3) by 100^(-1/2) = 0.1 radian.
    #expect(abs(y[1, 0] - Float(cos(1.0))) < 1e-6 && abs(y[1, 1] - Float(sin(1.0))) < 1e-6)
    #expect(abs(y[1, 2] + Float(sin(0.1))) < 1e-6 && abs(y[1, 3] - Float(cos(0.1))) < 1e-6)
  }

  @Test func rotaryScoresDependOnlyOnTheDistance() {
    let rotary = RotaryEmbedding(headSize: 4, base: 100)
    let tables = rotary.tables(positionCount: 8)
    let repeated = { (row: [Float]) in Matrix(rowArrays: Array(repeating: row, count: 8)) }
    let q = rotary.rotate(repeated([1, 2, -1, 3]), tables: tables)
    let k = rotary.rotate(repeated([2, -1, 1, 1]), tables: tables)
    let scores = q.multiplied(by: k, transposingOther: true, backend: .reference)
    #expect(abs(scores[5, 2] - scores[3, 0]) < 1e-5)
    #expect(abs(scores[7, 7] - scores[0, 0]) < 1e-5)
  }

  @Test func swiGLUGatesTheUpProjectionWithSiLU() {
    let block = SwiGLU(
      gate: LinearLayer(weight: Matrix(rowArrays: [[1, 0], [0, 1]])),
      up: LinearLayer(weight: Matrix(rowArrays: [[2, 0], [0, 3]])),
      down: LinearLayer(weight: Matrix(rowArrays: [[1, 1]])))
    let y = block(Matrix(rowArrays: [[1, -2]]))
    // silu(1) · 2 + silu(-2) · (-6), with silu(g) = g / (1 + e^-g).
    let expected = Float(1 / (1 + exp(-1.0)) * 2 + (-2) / (1 + exp(2.0)) * -6)
    #expect(y.rows == 1 && y.columns == 1)
    #expect(abs(y[0, 0] - expected) < 1e-6)
  }
}
