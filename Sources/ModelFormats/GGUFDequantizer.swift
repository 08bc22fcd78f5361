// swift-format-ignore-file: AlwaysUseLowerCamelCase

/// Converts the packed tensor data of a GGUF file to `Float` values in file order.
///
/// Block layouts (ggml): Q8_0 is a float16 scale `d` and 32 int8 `q`, value `d · q`.
/// Q4_1 is a float16 scale `d`, a float16 minimum `m` and 16 bytes; element `i < 16` is
/// the low nibble of byte `i` and element `i + 16` its high nibble, value `d · q + m`.
enum GGUFDequantizer {
  /// Converts `count` elements of `type` stored in `source`.
  ///
  /// The caller guarantees that `source` holds exactly `count` elements of a dequantizable
  /// type, `count` being a whole number of blocks.
  static func floats(from source: UnsafeRawBufferPointer, type: GGMLType, count: Int)
    -> [Float]
  {
    precondition(type.dequantizable && count % type.blockSize == 0)
    precondition(source.count == count / type.blockSize * type.blockByteCount)
    switch type {
    case .f32: return FloatDecoding.float32(source)
    case .f16: return FloatDecoding.float16(source)
    case .bf16: return FloatDecoding.bfloat16(source)
    case .q8_0: return fill(count) { q8_0(source, into: $0) }
    case .q4_1: return fill(count) { q4_1(source, into: $0) }
    default: preconditionFailure("'\(type.name)' is not dequantizable")
    }
  }

  private static func fill(
    _ count: Int, _ body: (UnsafeMutableBufferPointer<Float>) -> Void
  ) -> [Float] {
    [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
      body(buffer)
      initialized = count
    }
  }

  @inline(__always)
  private static func half(_ source: UnsafeRawBufferPointer, at offset: Int) -> Float {
    let bits = source.loadUnaligned(fromByteOffset: offset, as: UInt16.self)
    return HalfPrecision.float(fromHalfBits: UInt16(littleEndian: bits))
  }

  private static func q8_0(
    _ source: UnsafeRawBufferPointer, into output: UnsafeMutableBufferPointer<Float>
  ) {
    let blockBytes = GGMLType.q8_0.blockByteCount
    for block in 0..<(output.count / 32) {
      let base = block * blockBytes
      let scale = half(source, at: base)
      for index in 0..<32 {
        let quant = Int8(bitPattern: source[base + 2 + index])
        output[block * 32 + index] = Float(quant) * scale
      }
    }
  }

  private static func q4_1(
    _ source: UnsafeRawBufferPointer, into output: UnsafeMutableBufferPointer<Float>
  ) {
    let blockBytes = GGMLType.q4_1.blockByteCount
    for block in 0..<(output.count / 32) {
      let base = block * blockBytes
      let scale = half(source, at: base)
      let minimum = half(source, at: base + 2)
      for index in 0..<16 {
        let byte = source[base + 4 + index]
        output[block * 32 + index] = Float(byte & 0x0F) * scale + minimum
        output[block * 32 + index + 16] = Float(byte >> 4) * scale + minimum
      }
    }
  }
}
