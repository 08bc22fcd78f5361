import Foundation

/// Root-mean-square normalisation of each row, then a learned scale per column (Llama).
///
/// Row `x` of width `w` becomes `x / √(mean(x²) + ε) · g`; there is no mean subtraction and
/// no bias. The mean of squares is accumulated in `Double` and the rest is `Float`.
public struct RMSNorm: Sendable {
  /// The learned scale `g`, one value per column.
  public let scale: [Float]
  /// The `ε` added to the mean of squares before the square root.
  public let epsilon: Float

  /// Creates a normalisation with one scale value per column of its inputs.
  public init(scale: [Float], epsilon: Float) {
    self.scale = scale
    self.epsilon = epsilon
  }

  /// Normalises every row of `x`, which must have `scale.count` columns.
  ///
  /// Cost: `O(rows · columns)`.
  public func callAsFunction(_ x: Matrix) -> Matrix {
    precondition(x.columns == scale.count, "one scale value per column")
    var y = x
    let width = x.columns
    y.values.withUnsafeMutableBufferPointer { out in
      for row in 0..<x.rows {
        let start = row * width
        var squares = 0.0
        for c in 0..<width { squares += Double(out[start + c] * out[start + c]) }
        let meanSquare = Float(squares / Double(max(width, 1)))
        let inverse = 1 / (meanSquare + epsilon).squareRoot()
        for c in 0..<width { out[start + c] = out[start + c] * inverse * scale[c] }
      }
    }
    return y
  }
}
