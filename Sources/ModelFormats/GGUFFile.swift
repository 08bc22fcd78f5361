/// A memory-mapped GGUF file (version 2 or 3) whose header and tensor table are checked.
///
/// Opening reads every metadata value and tensor info, and checks each tensor against the
/// file: a known ggml type, a row length that is a whole number of blocks, an offset that
/// is a multiple of the alignment, bytes that end inside the file, and no overlaps. Tensor
/// bytes are read only when asked for.
public struct GGUFFile: Sendable {
  /// The alignment used when the file has no 'general.alignment' key.
  public static let defaultAlignment = 32

  /// The path as given to `init(path:)`.
  public let path: String
  /// The GGUF format version (2 or 3).
  public let version: Int
  /// Every metadata value by key, such as 'llama.attention.head_count'.
  public let metadata: [String: GGUFValue]
  /// The metadata keys in file order.
  public let metadataKeys: [String]
  /// The tensor infos in file order.
  public let tensorInfos: [GGUFTensorInfo]
  /// The alignment of the data section and of every tensor offset, in bytes.
  public let alignment: Int
  /// The absolute byte offset of the data section in the file.
  public let dataOffset: Int
  private let tensorIndex: [String: Int]
  private let file: MappedFile

  /// Maps the file at `path` and validates its header, metadata and tensor table.
  ///
  /// - Throws: `ModelFormatError` naming the path, the tensor or key and the problem.
  public init(path: String) throws {
    let file = try MappedFile(path: path)
    var parser = GGUFParser(file)
    let header = try parser.header()
    let (keys, values) = try parser.metadata(count: header.keyCount)
    let rawInfos = try parser.tensorInfos(count: header.tensorCount)

    let alignment = try Self.alignment(in: values, path: path)
    let dataOffset = try Self.dataOffset(
      after: parser.cursor.offset, alignment: alignment, hasTensors: !rawInfos.isEmpty,
      file: file)
    let layout = TensorLayout(
      path: path, alignment: alignment, dataOffset: dataOffset, fileSize: file.count)
    let infos = try layout.validate(rawInfos)

    self.path = path
    self.version = header.version
    self.metadata = values
    self.metadataKeys = keys
    self.tensorInfos = infos
    self.alignment = alignment
    self.dataOffset = dataOffset
    self.tensorIndex = Dictionary(
      uniqueKeysWithValues: infos.enumerated().map { ($1.name, $0) })
    self.file = file
  }

  /// The validated info of the tensor called `name`.
  ///
  /// - Throws: `ModelFormatError` of kind `.notFound` when the file has no such tensor.
  public func tensorInfo(named name: String) throws -> GGUFTensorInfo {
    guard let index = tensorIndex[name] else {
      throw ModelFormatError(
        .notFound, path: path, tensor: name, detail: "the file has no tensor of that name")
    }
    return tensorInfos[index]
  }

  /// The tensor's shape in row-major order (outermost first) and its dequantised values.
  ///
  /// Values are in file order, so the last axis of `shape` (GGUF's `ne[0]`) varies
  /// fastest. F32, F16 and BF16 convert exactly; Q8_0 gives `d · q`, Q4_1 gives
  /// `d · q + m`, computed in `Float`. Cost is `O(elements)`.
  /// - Throws: `ModelFormatError` of kind `.notFound` or `.unsupportedDtype`.
  public func floats(named name: String) throws -> (shape: [Int], values: [Float]) {
    let info = try tensorInfo(named: name)
    guard info.type.dequantizable else {
      throw ModelFormatError(
        .unsupportedDtype, path: path, tensor: name,
        detail: "its type '\(info.type.name)' cannot be dequantised by this reader")
    }
    let start = dataOffset + info.offset
    let source = UnsafeRawBufferPointer(
      rebasing: file.bytes[start..<(start + info.byteCount)])
    let values = GGUFDequantizer.floats(
      from: source, type: info.type, count: info.elementCount)
    return (info.shape, values)
  }

  private static func alignment(in values: [String: GGUFValue], path: String) throws -> Int {
    let key = "general.alignment"
    guard let value = values[key] else { return defaultAlignment }
    guard case .uint32(let alignment) = value, alignment > 0,
      alignment & (alignment - 1) == 0
    else {
      throw ModelFormatError(
        .malformedHeader, path: path, key: key,
        detail: "its value '\(value)' is not a uint32 power of two")
    }
    return Int(alignment)
  }

  private static func dataOffset(
    after headerEnd: Int, alignment: Int, hasTensors: Bool, file: MappedFile
  ) throws -> Int {
    let offset = (headerEnd + alignment - 1) / alignment * alignment
    guard !hasTensors || offset <= file.count else {
      throw ModelFormatError(
        .truncatedFile, path: file.path,
        detail: "the file ends at byte '\(file.count)', before its data section at '\(offset)'")
    }
    return offset
  }
}
