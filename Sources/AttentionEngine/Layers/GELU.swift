import Foundation

/// The Gaussian error linear unit in its exact form: `GELU(x) = x · Φ(x)
/// = ½ · x · (1 + erf(x / √2))`, as BERT's `hidden_act: "gelu"` (not the tanh estimate).
public enum GELU {
  /// `GELU(x)`, computed in `Double` with the C library's `erf` and rounded once.
  public static func exact(_ x: Float) -> Float {
    let value = Double(x)
    return Float(0.5 * value * (1 + erf(value / 2.0.squareRoot())))
  }

  /// `GELU(x)` for eight values at once, within 5e-7 · max(1, |x|) of `exact`.
  ///
  /// `erf` comes from Abramowitz and Stegun's formula 7.1.26 (absolute error at most
  /// 1.5e-7): for `a = |x| / √2`, `1 − erf(a) ≈ P(t) · e^(−a²)` with `t = 1 / (1 + p·a)`
  /// and a degree-5 polynomial `P`. `1 + erf(x/√2)` is then `P(t) · e^(−a²)` for negative
  /// `x` (no cancellation) and `2 − P(t) · e^(−a²)` otherwise.
  @inline(__always)
  public static func fast(_ x: SIMD8<Float>) -> SIMD8<Float> {
    let a = x.replacing(with: 0 - x, where: x .< 0) * 0.707_106_77
    let t = 1 / (1 + 0.327_591_1 * a)
    var p = SIMD8<Float>(repeating: 1.061_405_429)
    p = p * t - 1.453_152_027
    p = p * t + 1.421_413_741
    p = p * t - 0.284_496_736
    p = p * t + 0.254_829_592
    let tail = p * t * FastExponential.exp(0 - a * a)
    let onePlusErf = (2 - tail).replacing(with: tail, where: x .< 0)
    return 0.5 * x * onePlusErf
  }

  /// Replaces every element of `matrix` by its `GELU`, eight at a time with `fast` and
  /// the last few with `exact`.
  ///
  /// Cost: `O(rows · columns)`.
  public static func apply(to matrix: inout Matrix) {
    matrix.values.withUnsafeMutableBufferPointer { values in
      guard let base = values.baseAddress else { return }
      let raw = UnsafeMutableRawPointer(base)
      let stride = MemoryLayout<Float>.stride
      var index = 0
      while index + 8 <= values.count {
        let x = raw.loadUnaligned(fromByteOffset: index * stride, as: SIMD8<Float>.self)
        raw.storeBytes(of: fast(x), toByteOffset: index * stride, as: SIMD8<Float>.self)
        index += 8
      }
      while index < values.count {
        values[index] = exact(values[index])
        index += 1
      }
    }
  }
}
