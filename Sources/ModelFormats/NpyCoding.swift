/// The byte layout of `.npy` files: magic, version, header length, Python-dict header.
enum NpyCoding {
  static let magic: [UInt8] = [0x93] + Array("NUMPY".utf8)
  /// numpy pads the header so the data starts at a multiple of this many bytes.
  static let alignment = 64
  /// numpy leaves room for the first dimension to grow to this many digits in place.
  static let growthDigits = 21

  /// The header dict text numpy writes for a float32 C-order array of `shape`.
  static func headerText(shape: [Int]) -> String {
    let dimensions = shape.map(String.init)
    let tuple =
      shape.count == 1
      ? "(\(dimensions[0]),)" : "(\(dimensions.joined(separator: ", ")))"
    let growth = dimensions.first.map { growthDigits - $0.count } ?? 0
    let dict = "{'descr': '<f4', 'fortran_order': False, 'shape': \(tuple), }"
    return dict + String(repeating: " ", count: max(growth, 0))
  }

  /// The file bytes exactly as `numpy.save` writes them for a float32 C-order array.
  static func encode(_ array: NpyArray) -> [UInt8] {
    var header = Array(headerText(shape: array.shape).utf8)
    let unpadded = magic.count + 4 + header.count + 1
    let padding = alignment - unpadded % alignment
    header += [UInt8](repeating: 0x20, count: padding) + [0x0A]

    var bytes = magic + [1, 0]
    bytes += [UInt8(header.count & 0xFF), UInt8(header.count >> 8)]
    bytes += header
    bytes.reserveCapacity(bytes.count + array.values.count * 4)
    for value in array.values {
      let bits = value.bitPattern
      bytes += [UInt8(bits & 0xFF), UInt8(bits >> 8 & 0xFF)]
      bytes += [UInt8(bits >> 16 & 0xFF), UInt8(bits >> 24)]
    }
    return bytes
  }

  static func decode(_ file: MappedFile) throws -> NpyArray {
    var cursor = ByteCursor(file)
    let prefix = try cursor.slice(magic.count, for: "the magic bytes")
    guard Array(prefix) == magic else {
      throw cursor.error(.malformedHeader, "the file does not start with the npy magic")
    }
    let version = try cursor.integer(UInt8.self, for: "the version")
    _ = try cursor.integer(UInt8.self, for: "the minor version")
    let headerLength: Int
    switch version {
    case 1: headerLength = Int(try cursor.integer(UInt16.self, for: "the header length"))
    case 2: headerLength = Int(try cursor.integer(UInt32.self, for: "the header length"))
    default:
      throw cursor.error(.malformedHeader, "its npy version '\(version)' is not 1 or 2")
    }
    let headerBytes = try cursor.slice(headerLength, for: "the header")
    let header = try NpyHeader(parsing: String(decoding: headerBytes, as: UTF8.self))
      .orThrow(cursor.error(.malformedHeader, "the header is not a float32 C-order array"))

    let payload = cursor.remaining
    guard let expected = header.byteCount else {
      throw cursor.error(.invalidShape, "its shape '\(header.shape)' is too large")
    }
    guard payload == expected else {
      throw cursor.error(
        payload < expected ? .truncatedFile : .malformedHeader,
        "shape '\(header.shape)' needs '\(expected)' data bytes, but '\(payload)' follow "
          + "the header")
    }
    let data = try cursor.slice(payload, for: "the data")
    return NpyArray(shape: header.shape, values: FloatDecoding.float32(data))
  }
}

extension Optional {
  /// The wrapped value, or `error` thrown when there is none.
  fileprivate func orThrow(_ error: @autoclosure () -> any Error) throws -> Wrapped {
    guard let value = self else { throw error() }
    return value
  }
}
