@testable import ModelFormats

/// A small GGUF v3 file with one tensor of each dequantizable type and every value type.
///
/// The expected values are worked out by hand from the block layouts in the comments.
enum TinyGGUF {
  static let metadata: [(key: String, value: GGUFValue)] = [
    ("general.architecture", .string("llama")),
    ("test.uint8", .uint8(200)),
    ("test.int8", .int8(-100)),
    ("test.uint16", .uint16(60_000)),
    ("test.int16", .int16(-30_000)),
    ("test.uint32", .uint32(4_000_000_000)),
    ("test.int32", .int32(-2_000_000_000)),
    ("test.uint64", .uint64(1 << 40)),
    ("test.int64", .int64(-(1 << 40))),
    ("test.float32", .float32(1e-5)),
    ("test.float64", .float64(0.1)),
    ("test.bool", .bool(true)),
    ("tokenizer.ggml.tokens", .array([.string("<s>"), .string("a"), .string("é")])),
    ("test.ints", .array([.int32(1), .int32(-2), .int32(3)])),
    ("test.floats", .array([.float32(0.5), .float32(-1.5)])),
    ("test.nested", .array([.array([.uint8(1)]), .array([.uint8(2), .uint8(3)])])),
  ]

  /// F32, 2 rows of 3: dimensions [3, 2] fastest first.
  static let matrix = GGUFBuilder.Tensor(
    name: "matrix.f32", dimensions: [3, 2], typeID: 0,
    data: bytes(of: [1, 2, 3, 4, 5, 6] as [Float]))

  /// F16: 1, -2, the smallest subnormal 2⁻²⁴, and +infinity.
  static let halves = GGUFBuilder.Tensor(
    name: "vector.f16", dimensions: [4], typeID: 1,
    data: halves([0x3C00, 0xC000, 0x0001, 0x7C00]))

  /// Q8_0, one block: d = 0.5 (0x3800), q = -16 … 15, so values -8.0 … 7.5 in steps of 0.5.
  static let q8Block: [UInt8] = halves([0x3800]) + (0..<32).map { UInt8(bitPattern: Int8($0 - 16)) }

  /// Q4_1, two rows of one block each.
  ///
  /// Row 0: d = 0.25 (0x3400), m = -1 (0xBC00), byte i = i | (15 - i) << 4.
  /// Row 1: d = 2 (0x4000), m = 0.5 (0x3800), every byte 0x10 (low 0, high 1).
  static let q4Blocks: [UInt8] =
    halves([0x3400, 0xBC00]) + (0..<16).map { UInt8($0 | (15 - $0) << 4) }
    + halves([0x4000, 0x3800]) + [UInt8](repeating: 0x10, count: 16)

  static let q8 = GGUFBuilder.Tensor(
    name: "row.q8_0", dimensions: [32], typeID: 8, data: q8Block)
  static let q4 = GGUFBuilder.Tensor(
    name: "rows.q4_1", dimensions: [32, 2], typeID: 3, data: q4Blocks)

  static let expectedQ8: [Float] = (0..<32).map { Float($0 - 16) * 0.5 }
  static let expectedQ4Row0: [Float] = [
    -1, -0.75, -0.5, -0.25, 0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.25, 2.5, 2.75,
    2.75, 2.5, 2.25, 2, 1.75, 1.5, 1.25, 1, 0.75, 0.5, 0.25, 0, -0.25, -0.5, -0.75, -1,
  ]
  static let expectedQ4Row1: [Float] =
    [Float](repeating: 0.5, count: 16) + [Float](repeating: 2.5, count: 16)

  /// The builder for the whole file; tests change a copy to break it.
  static var builder: GGUFBuilder {
    GGUFBuilder(metadata: metadata, tensors: [matrix, halves, q8, q4])
  }

  static func bytes(of values: [Float]) -> [UInt8] {
    var result: [UInt8] = []
    for value in values { result.appendLittleEndian(value.bitPattern) }
    return result
  }

  static func halves(_ bits: [UInt16]) -> [UInt8] {
    var result: [UInt8] = []
    result.appendHalves(bits)
    return result
  }
}
