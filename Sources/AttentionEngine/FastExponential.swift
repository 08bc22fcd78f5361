/// `exp` for eight `Float`s at a time, for the softmax of long rows.
///
/// Writes `x = n · ln 2 + r` with `|r| ≤ ln 2 / 2`, takes `eʳ` from its degree-6 Taylor
/// polynomial (truncation error below 1.3e-7 relative) and scales by `2ⁿ` through the
/// exponent bits. Relative error stays within a few units in the last place for inputs from
/// −87.3 to 88.7; inputs below −87.3 give exactly 0 (as `exp` underflows), so masked or
/// far-off entries never get a tiny positive weight.
enum FastExponential {
  private static let lowest: Float = -87.33654
  private static let highest: Float = 88.72283

  /// `eˣ` for each lane.
  @inline(__always)
  static func exp(_ x: SIMD8<Float>) -> SIMD8<Float> {
    // Clamped with lane selects: `clamped(lowerBound:upperBound:)` is not inlined here.
    let low = x.replacing(with: lowest, where: x .< lowest)
    let clamped = low.replacing(with: highest, where: low .> highest)
    // Adding 1.5 · 2²³ rounds to the nearest integer n and leaves n in the low bits of the
    // sum's bit pattern, which avoids slow generic float-to-integer conversions.
    let magic: Float = 12_582_912
    let shifted = clamped * 1.442_695_04 + magic
    let n = shifted - magic
    // ln 2 split in two so that n · ln2High is exact for |n| ≤ 128.
    let r = clamped - n * 0.693_145_751_953_125 - n * 1.428_606_765_330_187e-6
    var p = SIMD8<Float>(repeating: 1.0 / 720)
    p = p * r + 1.0 / 120
    p = p * r + 1.0 / 24
    p = p * r + 1.0 / 6
    p = p * r + 0.5
    p = p * r + 1
    p = p * r + 1
    let biased = unsafeBitCast(shifted, to: SIMD8<Int32>.self) &- 0x4B40_0000 &+ 127
    let power = unsafeBitCast(biased &* 8_388_608, to: SIMD8<Float>.self)
    return (p * power).replacing(with: 0, where: x .< lowest)
  }

  /// `eˣ` for one value, by the same steps as the eight-lane version.
  @inline(__always)
  static func exp(_ x: Float) -> Float {
    exp(SIMD8(repeating: x))[0]
  }
}
