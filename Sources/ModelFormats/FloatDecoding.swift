/// Widening of packed little-endian float arrays to `[Float]`.
enum FloatDecoding {
  /// Copies little-endian `Float32` values; the source need not be aligned.
  static func float32(_ source: UnsafeRawBufferPointer) -> [Float] {
    let count = source.count / 4
    return [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
      for index in 0..<count {
        let bits = source.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self)
        buffer[index] = Float(bitPattern: UInt32(littleEndian: bits))
      }
      initialized = count
    }
  }

  /// Converts little-endian IEEE binary16 values exactly.
  static func float16(_ source: UnsafeRawBufferPointer) -> [Float] {
    widen(source) { HalfPrecision.float(fromHalfBits: $0) }
  }

  /// Converts little-endian bfloat16 values exactly.
  static func bfloat16(_ source: UnsafeRawBufferPointer) -> [Float] {
    widen(source) { HalfPrecision.float(fromBFloat16Bits: $0) }
  }

  @inline(__always)
  private static func widen(
    _ source: UnsafeRawBufferPointer, _ convert: (UInt16) -> Float
  ) -> [Float] {
    let count = source.count / 2
    return [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
      for index in 0..<count {
        let bits = source.loadUnaligned(fromByteOffset: index * 2, as: UInt16.self)
        buffer[index] = convert(UInt16(littleEndian: bits))
      }
      initialized = count
    }
  }
}
