extension SafetensorsFile {
  /// Checks every header entry against the data section and returns them in file order.
  static func validate(
    _ header: SafetensorsHeader, dataSize: Int, path: String
  ) throws -> [SafetensorsTensorInfo] {
    var infos: [SafetensorsTensorInfo] = []
    for name in header.entries.keys.sorted() {
      let entry = header.entries[name]!
      infos.append(try validate(entry, name: name, dataSize: dataSize, path: path))
    }
    infos.sort {
      ($0.dataOffsets.lowerBound, $0.dataOffsets.upperBound, $0.name)
        < ($1.dataOffsets.lowerBound, $1.dataOffsets.upperBound, $1.name)
    }
    try checkNoOverlap(infos, path: path)
    return infos
  }

  private static func validate(
    _ entry: SafetensorsHeader.Entry, name: String, dataSize: Int, path: String
  ) throws -> SafetensorsTensorInfo {
    func failure(_ kind: ModelFormatError.Kind, _ detail: String) -> ModelFormatError {
      ModelFormatError(kind, path: path, tensor: name, detail: detail)
    }
    guard let dtype = SafetensorsDtype(rawValue: entry.dtype) else {
      throw failure(.unknownDtype, "its dtype '\(entry.dtype)' is not a safetensors dtype")
    }
    guard let byteCount = byteCount(of: entry.shape, elementSize: dtype.byteCount) else {
      throw failure(.invalidShape, "its shape '\(entry.shape)' is negative or too large")
    }
    let offsets = entry.dataOffsets
    guard offsets.count == 2, offsets[0] >= 0, offsets[0] <= offsets[1] else {
      throw failure(.invalidOffsets, "its data_offsets '\(offsets)' are not a [begin, end] pair")
    }
    guard offsets[1] <= dataSize else {
      throw failure(
        .truncatedFile,
        "its data_offsets '\(offsets)' end past the data section of '\(dataSize)' bytes")
    }
    guard offsets[1] - offsets[0] == byteCount else {
      throw failure(
        .invalidOffsets,
        "its data_offsets '\(offsets)' span '\(offsets[1] - offsets[0])' bytes, but shape "
          + "'\(entry.shape)' of '\(dtype.rawValue)' needs '\(byteCount)'")
    }
    return SafetensorsTensorInfo(
      name: name, dtype: dtype, shape: entry.shape, dataOffsets: offsets[0]..<offsets[1])
  }

  /// The product of `shape` times `elementSize`, or nil on a negative dimension or overflow.
  private static func byteCount(of shape: [Int], elementSize: Int) -> Int? {
    var total = elementSize
    for dimension in shape {
      guard dimension >= 0 else { return nil }
      let (product, overflow) = total.multipliedReportingOverflow(by: dimension)
      guard !overflow else { return nil }
      total = product
    }
    return total
  }

  /// Throws when a non-empty range starts before the previous non-empty one ends.
  private static func checkNoOverlap(_ infos: [SafetensorsTensorInfo], path: String) throws {
    var previousInfo: SafetensorsTensorInfo?
    for info in infos where !info.dataOffsets.isEmpty {
      if let previous = previousInfo,
        info.dataOffsets.lowerBound < previous.dataOffsets.upperBound
      {
        throw ModelFormatError(
          .overlappingTensors, path: path, tensor: info.name,
          detail: "its bytes '\(info.dataOffsets)' overlap those of tensor "
            + "'\(previous.name)' '\(previous.dataOffsets)'")
      }
      previousInfo = info
    }
  }
}
