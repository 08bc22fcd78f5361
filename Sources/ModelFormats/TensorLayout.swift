/// Checks GGUF tensor-table entries against the data section they point into.
struct TensorLayout {
  var path: String
  var alignment: Int
  var dataOffset: Int
  var fileSize: Int

  /// Validates every entry and checks that no two tensors share bytes.
  func validate(_ rawInfos: [GGUFParser.RawTensorInfo]) throws -> [GGUFTensorInfo] {
    var seen = Set<String>()
    let infos = try rawInfos.map { raw in
      guard seen.insert(raw.name).inserted else {
        throw failure(.malformedHeader, raw.name, "the tensor name appears twice")
      }
      return try validate(raw)
    }
    try checkNoOverlap(infos)
    return infos
  }

  private func validate(_ raw: GGUFParser.RawTensorInfo) throws -> GGUFTensorInfo {
    guard let type = GGMLType(rawValue: raw.typeID) else {
      throw failure(
        .unknownDtype, raw.name, "its ggml type id '\(raw.typeID)' is not one this reader knows")
    }
    let dimensions = try checkedDimensions(raw, type: type)
    let elements = dimensions.reduce(1, *)
    let byteCount = elements / type.blockSize * type.blockByteCount
    let offset = try checkedOffset(raw, byteCount: byteCount)
    return GGUFTensorInfo(
      name: raw.name, type: type, dimensions: dimensions, offset: offset, byteCount: byteCount)
  }

  /// The dimensions as `Int`, after checking overflow and whole blocks per row.
  private func checkedDimensions(
    _ raw: GGUFParser.RawTensorInfo, type: GGMLType
  ) throws -> [Int] {
    // Elements times block bytes bounds both the element count and the byte count.
    var bound = type.blockByteCount
    for dimension in raw.dimensions {
      let (product, overflow) = bound.multipliedReportingOverflow(
        by: Int(clamping: dimension))
      guard dimension <= UInt64(Int.max), !overflow else {
        throw failure(.invalidShape, raw.name, "its dimensions '\(raw.dimensions)' are too large")
      }
      bound = product
    }
    let rowLength = raw.dimensions.first.map(Int.init) ?? 1
    guard rowLength % type.blockSize == 0 else {
      throw failure(
        .invalidShape, raw.name,
        "its row length '\(rowLength)' is not a multiple of the '\(type.name)' block size "
          + "'\(type.blockSize)'")
    }
    return raw.dimensions.map(Int.init)
  }

  /// The offset from the data section, checked for alignment and against the file's end.
  private func checkedOffset(
    _ raw: GGUFParser.RawTensorInfo, byteCount: Int
  ) throws -> Int {
    guard raw.offset % UInt64(alignment) == 0 else {
      throw failure(
        .invalidOffsets, raw.name,
        "its offset '\(raw.offset)' is not a multiple of the alignment '\(alignment)'")
    }
    let available = UInt64(fileSize - dataOffset)
    guard raw.offset <= available, UInt64(byteCount) <= available - raw.offset else {
      throw failure(
        .truncatedFile, raw.name,
        "its '\(byteCount)' bytes at data offset '\(raw.offset)' end past the data section "
          + "of '\(available)' bytes")
    }
    return Int(raw.offset)
  }

  private func checkNoOverlap(_ infos: [GGUFTensorInfo]) throws {
    let ordered = infos.filter { $0.byteCount > 0 }.sorted {
      ($0.offset, $0.name) < ($1.offset, $1.name)
    }
    for (previous, next) in zip(ordered, ordered.dropFirst())
    where next.offset < previous.offset + previous.byteCount {
      throw failure(
        .overlappingTensors, next.name,
        "its bytes from data offset '\(next.offset)' overlap tensor '\(previous.name)' "
          + "at '\(previous.offset)..<\(previous.offset + previous.byteCount)'")
    }
  }

  private func failure(
    _ kind: ModelFormatError.Kind, _ tensor: String, _ detail: String
  ) -> ModelFormatError {
    ModelFormatError(kind, path: path, tensor: tensor, detail: detail)
  }
}
