/// Reads the header, metadata and tensor table of a GGUF file, checking every length.
///
/// Layout (all little-endian): magic 'GGUF', uint32 version, uint64 tensor count, uint64
/// key/value count, the key/value pairs, the tensor infos, padding to the alignment, and
/// the data section.
struct GGUFParser {
  /// One tensor-table entry before it is checked against the data section.
  struct RawTensorInfo {
    var name: String
    var dimensions: [UInt64]
    var typeID: UInt32
    var offset: UInt64
  }

  /// The versions whose layout this parser reads (v1 used 32-bit counts).
  static let supportedVersions: ClosedRange<UInt32> = 2...3
  /// The largest number of dimensions ggml allows.
  static let maximumDimensions = 4
  /// How deeply arrays may nest before the file is rejected.
  static let maximumArrayDepth = 8

  var cursor: ByteCursor

  init(_ file: MappedFile) {
    cursor = ByteCursor(file)
  }

  /// Reads the magic, version and the two counts.
  mutating func header() throws -> (version: Int, tensorCount: Int, keyCount: Int) {
    let magic = try cursor.slice(4, for: "the magic bytes")
    guard Array(magic) == Array("GGUF".utf8) else {
      let shown = magic.map { String($0, radix: 16) }.joined(separator: " ")
      throw cursor.error(.malformedHeader, "the file starts with '\(shown)', not 'GGUF'")
    }
    let version = try cursor.integer(UInt32.self, for: "the version")
    guard Self.supportedVersions.contains(version) else {
      throw cursor.error(.malformedHeader, "its GGUF version '\(version)' is not 2 or 3")
    }
    let tensorCount = try cursor.count(for: "the tensor count")
    let keyCount = try cursor.count(for: "the metadata count")
    return (Int(version), tensorCount, keyCount)
  }

  /// Reads `count` key/value pairs; keys are returned in file order.
  mutating func metadata(count: Int) throws -> (keys: [String], values: [String: GGUFValue]) {
    try requireElements(count, minimumSize: 13, for: "the metadata")
    var keys: [String] = []
    var values: [String: GGUFValue] = [:]
    for index in 0..<count {
      cursor.key = nil
      let key = try string(for: "metadata key '\(index)'")
      cursor.key = key
      let type = try cursor.integer(UInt32.self, for: "the value type")
      guard values[key] == nil else {
        throw cursor.error(.malformedHeader, "the metadata key appears twice")
      }
      values[key] = try value(ofType: type, depth: 0)
      keys.append(key)
    }
    cursor.key = nil
    return (keys, values)
  }

  /// Reads `count` tensor infos in file order.
  mutating func tensorInfos(count: Int) throws -> [RawTensorInfo] {
    try requireElements(count, minimumSize: 24, for: "the tensor infos")
    var infos: [RawTensorInfo] = []
    infos.reserveCapacity(count)
    for index in 0..<count {
      cursor.tensor = nil
      let name = try string(for: "tensor name '\(index)'")
      cursor.tensor = name
      let rank = try cursor.integer(UInt32.self, for: "the dimension count")
      guard rank <= Self.maximumDimensions else {
        throw cursor.error(.invalidShape, "it has '\(rank)' dimensions, more than 4")
      }
      let dimensions = try (0..<Int(rank)).map { _ in
        try cursor.integer(UInt64.self, for: "the dimensions")
      }
      let typeID = try cursor.integer(UInt32.self, for: "the tensor type")
      let offset = try cursor.integer(UInt64.self, for: "the tensor offset")
      infos.append(
        RawTensorInfo(name: name, dimensions: dimensions, typeID: typeID, offset: offset))
    }
    cursor.tensor = nil
    return infos
  }

  /// Reads a uint64 length and that many bytes of UTF-8.
  mutating func string(for what: String) throws -> String {
    let length = try cursor.count(for: "the length of \(what)")
    let bytes = try cursor.slice(length, for: what)
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw cursor.error(.malformedHeader, "\(what) is not valid UTF-8")
    }
    return text
  }

  /// Throws unless `count` elements of at least `minimumSize` bytes can fit in the rest.
  private func requireElements(_ count: Int, minimumSize: Int, for what: String) throws {
    guard count <= cursor.remaining / minimumSize else {
      throw cursor.error(
        .truncatedFile,
        "\(what) declare '\(count)' entries, more than the '\(cursor.remaining)' bytes left "
          + "can hold")
    }
  }
}
