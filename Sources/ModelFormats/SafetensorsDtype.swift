/// An element type a safetensors header may declare, spelled as in the header.
public enum SafetensorsDtype: String, Sendable, CaseIterable {
  /// Booleans, one byte each.
  case bool = "BOOL"
  /// Unsigned 8-bit integers.
  case uint8 = "U8"
  /// Signed 8-bit integers.
  case int8 = "I8"
  /// 8-bit floats with 5 exponent and 2 mantissa bits.
  case float8E5M2 = "F8_E5M2"
  /// 8-bit floats with 4 exponent and 3 mantissa bits.
  case float8E4M3 = "F8_E4M3"
  /// Signed 16-bit integers.
  case int16 = "I16"
  /// Unsigned 16-bit integers.
  case uint16 = "U16"
  /// IEEE float16.
  case float16 = "F16"
  /// bfloat16: the upper 16 bits of a float32.
  case bfloat16 = "BF16"
  /// Signed 32-bit integers.
  case int32 = "I32"
  /// Unsigned 32-bit integers.
  case uint32 = "U32"
  /// IEEE float32.
  case float32 = "F32"
  /// IEEE float64.
  case float64 = "F64"
  /// Signed 64-bit integers.
  case int64 = "I64"
  /// Unsigned 64-bit integers.
  case uint64 = "U64"

  /// The size of one element in bytes.
  public var byteCount: Int {
    switch self {
    case .bool, .uint8, .int8, .float8E5M2, .float8E4M3: return 1
    case .int16, .uint16, .float16, .bfloat16: return 2
    case .int32, .uint32, .float32: return 4
    case .float64, .int64, .uint64: return 8
    }
  }

  /// Whether `SafetensorsFile.floats(named:)` converts this type (`F32`, `F16`, `BF16`).
  public var isReadableAsFloat: Bool {
    self == .float32 || self == .float16 || self == .bfloat16
  }
}
