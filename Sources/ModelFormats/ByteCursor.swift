/// A bounds-checked reader that walks a mapped file from front to back.
///
/// Every read checks that its bytes lie inside the file and throws `.truncatedFile`
/// naming the tensor or key being read otherwise. Multi-byte values are
/// little-endian and may be unaligned.
struct ByteCursor {
  /// The whole file; valid only while the `MappedFile` that owns it is alive.
  let bytes: UnsafeRawBufferPointer
  /// The file path, for error messages.
  let path: String
  /// The offset of the next byte to read, from the start of the file.
  var offset: Int
  /// The tensor being read, for error messages.
  var tensor: String?
  /// The metadata key being read, for error messages.
  var key: String?

  init(_ file: MappedFile, offset: Int = 0) {
    self.bytes = file.bytes
    self.path = file.path
    self.offset = offset
  }

  /// The bytes left after `offset`.
  var remaining: Int { bytes.count - offset }

  /// Throws unless `count` bytes, described by `what`, follow `offset`.
  func require(_ count: Int, for what: String) throws {
    guard count >= 0, count <= remaining else {
      throw error(
        .truncatedFile,
        "the file ends at byte '\(bytes.count)', but \(what) needs '\(count)' bytes "
          + "from byte '\(offset)'")
    }
  }

  /// Reads one little-endian integer.
  mutating func integer<T: FixedWidthInteger>(_: T.Type, for what: String) throws -> T {
    try require(MemoryLayout<T>.size, for: what)
    let raw = bytes.loadUnaligned(fromByteOffset: offset, as: T.self)
    offset += MemoryLayout<T>.size
    return T(littleEndian: raw)
  }

  /// Reads a little-endian unsigned 64-bit count and checks that it fits in `Int`.
  mutating func count(for what: String) throws -> Int {
    let value = try integer(UInt64.self, for: what)
    guard value <= UInt64(Int.max) else {
      throw error(.malformedHeader, "\(what) '\(value)' is too large")
    }
    return Int(value)
  }

  /// Reads `count` raw bytes and returns a view of them (valid while the file is mapped).
  mutating func slice(_ count: Int, for what: String) throws -> UnsafeRawBufferPointer {
    try require(count, for: what)
    let start = offset
    offset += count
    return UnsafeRawBufferPointer(rebasing: bytes[start..<offset])
  }

  /// An error of `kind` about the tensor or key being read.
  func error(_ kind: ModelFormatError.Kind, _ detail: String) -> ModelFormatError {
    ModelFormatError(kind, path: path, tensor: tensor, key: key, detail: detail)
  }
}
