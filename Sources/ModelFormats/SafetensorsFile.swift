/// A memory-mapped safetensors file whose header has been checked against the file.
///
/// Opening validates every tensor entry: a known dtype, non-negative dimensions, a byte
/// range inside the data section whose length is `product(shape) × dtype size`, and no
/// two ranges overlapping. Tensor bytes are read only when asked for. The optional
/// `__metadata__` entry may be absent, empty, or map to strings; numbers and booleans are
/// kept as their JSON text, other values are rejected.
public struct SafetensorsFile: Sendable {
  /// The path as given to `init(path:)`.
  public let path: String
  /// The `__metadata__` entries (empty when the header has none).
  public let metadata: [String: String]
  /// The tensor names in the order their bytes appear in the file.
  public let tensorNames: [String]
  private let infos: [String: SafetensorsTensorInfo]
  private let file: MappedFile
  private let dataStart: Int

  /// Maps the file at `path` and validates its header and tensor table.
  ///
  /// - Throws: `ModelFormatError` naming the path, the tensor and the problem.
  public init(path: String) throws {
    let file = try MappedFile(path: path)
    var cursor = ByteCursor(file)
    let headerLength = try cursor.integer(UInt64.self, for: "the header length")
    guard headerLength <= UInt64(cursor.remaining) else {
      throw cursor.error(
        .truncatedFile,
        "the header length '\(headerLength)' is longer than the '\(cursor.remaining)' "
          + "bytes after it")
    }
    let json = try cursor.slice(Int(headerLength), for: "the JSON header")
    let header = try SafetensorsHeader.decode(json, path: path)

    let infos = try Self.validate(header, dataSize: cursor.remaining, path: path)
    self.path = path
    self.file = file
    self.dataStart = cursor.offset
    self.metadata = header.metadata
    self.tensorNames = infos.map(\.name)
    self.infos = Dictionary(uniqueKeysWithValues: infos.map { ($0.name, $0) })
  }

  /// The validated entry of the tensor called `name`.
  ///
  /// - Throws: `ModelFormatError` of kind `.notFound` when the file has no such tensor.
  public func info(named name: String) throws -> SafetensorsTensorInfo {
    guard let info = infos[name] else {
      throw ModelFormatError(
        .notFound, path: path, tensor: name, detail: "the file has no tensor of that name")
    }
    return info
  }

  /// The tensor's shape (row-major, outermost first) and its values widened to `Float`.
  ///
  /// `F32` is copied, `BF16` is shifted into the upper 16 bits, and `F16` is converted
  /// exactly (subnormals, infinities and NaN included). Cost is `O(elements)`.
  /// - Throws: `ModelFormatError` of kind `.notFound` or `.unsupportedDtype`.
  public func floats(named name: String) throws -> (shape: [Int], values: [Float]) {
    let info = try info(named: name)
    let start = dataStart + info.dataOffsets.lowerBound
    let source = UnsafeRawBufferPointer(
      rebasing: file.bytes[start..<(dataStart + info.dataOffsets.upperBound)])
    let values: [Float]
    switch info.dtype {
    case .float32: values = FloatDecoding.float32(source)
    case .float16: values = FloatDecoding.float16(source)
    case .bfloat16: values = FloatDecoding.bfloat16(source)
    default:
      throw ModelFormatError(
        .unsupportedDtype, path: path, tensor: name,
        detail: "its dtype '\(info.dtype.rawValue)' cannot be read as floats")
    }
    return (info.shape, values)
  }
}
