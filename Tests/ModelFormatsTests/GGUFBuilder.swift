@testable import ModelFormats

/// Assembles GGUF version 3 bytes from metadata and tensors, for tests.
///
/// Tensor offsets are laid out back to back at the alignment unless a test overrides one.
struct GGUFBuilder {
  /// One tensor to write: dimensions fastest first, a ggml type id and its raw bytes.
  struct Tensor {
    var name: String
    var dimensions: [UInt64]
    var typeID: UInt32
    var data: [UInt8]
    /// An offset to write instead of the computed one.
    var offsetOverride: UInt64? = nil
  }

  var version: UInt32 = 3
  var alignment = 32
  var metadata: [(key: String, value: GGUFValue)] = []
  var tensors: [Tensor] = []

  /// The complete file content.
  var bytes: [UInt8] {
    var result = Array("GGUF".utf8)
    result.appendLittleEndian(version)
    result.appendLittleEndian(UInt64(tensors.count))
    result.appendLittleEndian(UInt64(metadata.count))
    for (key, value) in metadata {
      Self.appendString(key, to: &result)
      result.appendLittleEndian(Self.typeID(of: value))
      Self.appendValue(value, to: &result)
    }
    let offsets = dataOffsets()
    for (tensor, offset) in zip(tensors, offsets) {
      appendInfo(tensor, offset: tensor.offsetOverride ?? UInt64(offset), to: &result)
    }
    pad(&result)
    let dataStart = result.count
    for (tensor, offset) in zip(tensors, offsets) {
      result += [UInt8](repeating: 0, count: dataStart + offset - result.count)
      result += tensor.data
    }
    return result
  }

  /// Writes the file to a temporary path, opens it with `body`, then deletes it.
  func open<T>(_ body: (String) throws -> T) throws -> T {
    try TemporaryFile.with(bytes, suffix: ".gguf", body)
  }

  private func dataOffsets() -> [Int] {
    var offsets: [Int] = []
    var next = 0
    for tensor in tensors {
      offsets.append(next)
      next = (next + tensor.data.count + alignment - 1) / alignment * alignment
    }
    return offsets
  }

  private func appendInfo(_ tensor: Tensor, offset: UInt64, to result: inout [UInt8]) {
    Self.appendString(tensor.name, to: &result)
    result.appendLittleEndian(UInt32(tensor.dimensions.count))
    for dimension in tensor.dimensions { result.appendLittleEndian(dimension) }
    result.appendLittleEndian(tensor.typeID)
    result.appendLittleEndian(offset)
  }

  private func pad(_ result: inout [UInt8]) {
    let padding = (alignment - result.count % alignment) % alignment
    result += [UInt8](repeating: 0, count: padding)
  }

  static func appendString(_ text: String, to result: inout [UInt8]) {
    result.appendLittleEndian(UInt64(text.utf8.count))
    result += Array(text.utf8)
  }

  static func typeID(of value: GGUFValue) -> UInt32 {
    switch value {
    case .uint8: return 0
    case .int8: return 1
    case .uint16: return 2
    case .int16: return 3
    case .uint32: return 4
    case .int32: return 5
    case .float32: return 6
    case .bool: return 7
    case .string: return 8
    case .array: return 9
    case .uint64: return 10
    case .int64: return 11
    case .float64: return 12
    }
  }

  static func appendValue(_ value: GGUFValue, to result: inout [UInt8]) {
    switch value {
    case .uint8(let v): result.appendLittleEndian(v)
    case .int8(let v): result.appendLittleEndian(v)
    case .uint16(let v): result.appendLittleEndian(v)
    case .int16(let v): result.appendLittleEndian(v)
    case .uint32(let v): result.appendLittleEndian(v)
    case .int32(let v): result.appendLittleEndian(v)
    case .uint64(let v): result.appendLittleEndian(v)
    case .int64(let v): result.appendLittleEndian(v)
    case .float32(let v): result.appendLittleEndian(v.bitPattern)
    case .float64(let v): result.appendLittleEndian(v.bitPattern)
    case .bool(let v): result.append(v ? 1 : 0)
    case .string(let v): appendString(v, to: &result)
    case .array(let elements):
      result.appendLittleEndian(elements.first.map(typeID(of:)) ?? 0)
      result.appendLittleEndian(UInt64(elements.count))
      for element in elements { appendValue(element, to: &result) }
    }
  }
}
