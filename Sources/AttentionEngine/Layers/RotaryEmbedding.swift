import Foundation

/// Rotary position embedding on adjacent pairs: dimensions `(2i, 2i+1)` of a head rotate
/// together by the angle `p · θ^(-2i/d)` at position `p`.
///
/// This is the pairing of GGUF files converted by llama.cpp, whose query and key rows are
/// permuted so that pairs are adjacent; Hugging Face's own weights pair `(i, i + d/2)`
/// instead, which gives the same scores on its un-permuted rows. Angles are computed in
/// `Double`, their cosines and sines rounded to `Float`, and the rotation is `Float`.
public struct RotaryEmbedding: Sendable {
  /// The head size `d`; must be even.
  public let headSize: Int
  /// The base `θ` of the frequencies (SmolLM2: 100000).
  public let base: Double

  /// Creates a rotation for heads of even size `headSize`.
  public init(headSize: Int, base: Double) {
    precondition(headSize > 0 && headSize % 2 == 0, "the head size is even")
    self.headSize = headSize
    self.base = base
  }

  /// The cosines and sines for positions `0..<count`, each `count × d/2`.
  public func tables(positionCount count: Int) -> (cos: Matrix, sin: Matrix) {
    let half = headSize / 2
    var cosines = Matrix(rows: count, columns: half)
    var sines = Matrix(rows: count, columns: half)
    for pair in 0..<half {
      let frequency = 1 / pow(base, Double(2 * pair) / Double(headSize))
      for position in 0..<count {
        let angle = Double(position) * frequency
        cosines[position, pair] = Float(Foundation.cos(angle))
        sines[position, pair] = Float(Foundation.sin(angle))
      }
    }
    return (cosines, sines)
  }

  /// Rotates every row of `x` (`n × d`, row `p` at position `p`) by its position.
  ///
  /// `tables` must come from `tables(positionCount:)` with at least `n` positions.
  public func rotate(_ x: Matrix, tables: (cos: Matrix, sin: Matrix)) -> Matrix {
    precondition(x.columns == headSize, "rows are one head wide")
    precondition(tables.cos.rows >= x.rows, "one table row per position")
    var y = x
    let half = headSize / 2
    for position in 0..<x.rows {
      let start = position * headSize
      for pair in 0..<half {
        let c = tables.cos[position, pair]
        let s = tables.sin[position, pair]
        let a = x.values[start + 2 * pair]
        let b = x.values[start + 2 * pair + 1]
        y.values[start + 2 * pair] = a * c - b * s
        y.values[start + 2 * pair + 1] = a * s + b * c
      }
    }
    return y
  }
}
