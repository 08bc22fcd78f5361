import Foundation

/// The Gaussian error linear unit in its exact form: `GELU(x) = x · Φ(x)
/// = ½ · x · (1 + erf(x / √2))`, as BERT's `hidden_act: "gelu"` (not the tanh estimate).
public enum GELU {
  /// `GELU(x)`, computed in `Double` and rounded once.
  public static func exact(_ x: Float) -> Float {
    let value = Double(x)
    return Float(0.5 * value * (1 + erf(value / 2.0.squareRoot())))
  }

  /// Replaces every element of `matrix` by its `GELU`.
  ///
  /// Cost: `O(rows · columns)`.
  public static func apply(to matrix: inout Matrix) {
    matrix.values.withUnsafeMutableBufferPointer { values in
      for index in values.indices { values[index] = exact(values[index]) }
    }
  }
}
