/// Conversions from the 16-bit float formats of model files to `Float`.
enum HalfPrecision {
  /// Converts IEEE 754 binary16 bits to `Float` exactly, including subnormals, infinities
  /// and NaN payloads.
  @inline(__always)
  static func float(fromHalfBits bits: UInt16) -> Float {
    let sign = UInt32(bits & 0x8000) << 16
    let exponent = UInt32(bits >> 10) & 0x1F
    let mantissa = UInt32(bits & 0x03FF)
    if exponent == 0x1F {
      return Float(bitPattern: sign | 0x7F80_0000 | mantissa << 13)
    }
    if exponent != 0 {
      return Float(bitPattern: sign | (exponent + 112) << 23 | mantissa << 13)
    }
    let magnitude = Float(mantissa) * 0x1p-24
    return sign == 0 ? magnitude : -magnitude
  }

  /// Converts bfloat16 bits to `Float` exactly by placing them in the upper 16 bits.
  @inline(__always)
  static func float(fromBFloat16Bits bits: UInt16) -> Float {
    Float(bitPattern: UInt32(bits) << 16)
  }
}
