// swift-format-ignore-file: AlwaysUseLowerCamelCase
// The cases keep ggml's own type names (Q4_1, Q8_0 …), which readers of model files know.

/// The tensor element type of a GGUF tensor, by its ggml type id.
///
/// Only types whose block layout is listed here can be validated; `dequantizable` says
/// which of them `GGUFFile.floats(named:)` converts.
public enum GGMLType: UInt32, Sendable, CaseIterable {
  /// IEEE float32, 4 bytes per element.
  case f32 = 0
  /// IEEE float16, 2 bytes per element.
  case f16 = 1
  /// 4-bit blocks of 32 with a float16 scale (18 bytes).
  case q4_0 = 2
  /// 4-bit blocks of 32 with a float16 scale and minimum (20 bytes).
  case q4_1 = 3
  /// 5-bit blocks of 32 with a float16 scale (22 bytes).
  case q5_0 = 6
  /// 5-bit blocks of 32 with a float16 scale and minimum (24 bytes).
  case q5_1 = 7
  /// 8-bit blocks of 32 with a float16 scale (34 bytes).
  case q8_0 = 8
  /// 8-bit blocks of 32 with a float16 scale and sum (36 bytes).
  case q8_1 = 9
  /// 2-bit k-quant super-blocks of 256 (84 bytes).
  case q2_K = 10
  /// 3-bit k-quant super-blocks of 256 (110 bytes).
  case q3_K = 11
  /// 4-bit k-quant super-blocks of 256 (144 bytes).
  case q4_K = 12
  /// 5-bit k-quant super-blocks of 256 (176 bytes).
  case q5_K = 13
  /// 6-bit k-quant super-blocks of 256 (210 bytes).
  case q6_K = 14
  /// 8-bit k-quant super-blocks of 256 (292 bytes).
  case q8_K = 15
  /// Signed 8-bit integers.
  case i8 = 24
  /// Signed 16-bit integers.
  case i16 = 25
  /// Signed 32-bit integers.
  case i32 = 26
  /// Signed 64-bit integers.
  case i64 = 27
  /// IEEE float64, 8 bytes per element.
  case f64 = 28
  /// bfloat16, 2 bytes per element.
  case bf16 = 30

  /// The number of elements one block holds (1 for plain types).
  public var blockSize: Int {
    switch self {
    case .f32, .f16, .i8, .i16, .i32, .i64, .f64, .bf16: return 1
    case .q4_0, .q4_1, .q5_0, .q5_1, .q8_0, .q8_1: return 32
    case .q2_K, .q3_K, .q4_K, .q5_K, .q6_K, .q8_K: return 256
    }
  }

  /// The number of bytes one block takes.
  public var blockByteCount: Int {
    switch self {
    case .i8: return 1
    case .f16, .bf16, .i16: return 2
    case .f32, .i32: return 4
    case .f64, .i64: return 8
    case .q4_0: return 18
    case .q4_1: return 20
    case .q5_0: return 22
    case .q5_1: return 24
    case .q8_0: return 34
    case .q8_1: return 36
    case .q2_K: return 84
    case .q3_K: return 110
    case .q4_K: return 144
    case .q5_K: return 176
    case .q6_K: return 210
    case .q8_K: return 292
    }
  }

  /// Whether `GGUFFile.floats(named:)` converts this type (F32, F16, BF16, Q8_0, Q4_1).
  public var dequantizable: Bool {
    switch self {
    case .f32, .f16, .bf16, .q8_0, .q4_1: return true
    default: return false
    }
  }

  /// The type's name as ggml spells it, such as 'Q4_1'.
  public var name: String { String(describing: self).uppercased() }
}
