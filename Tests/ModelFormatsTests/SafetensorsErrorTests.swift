import Testing

@testable import ModelFormats

/// Every broken safetensors file fails with one error naming the path, tensor and problem.
@Suite struct SafetensorsErrorTests {
  private func openError(_ header: String, data: [UInt8] = SafetensorsBuilder.case23Data)
    throws -> ModelFormatError?
  {
    try SafetensorsBuilder(header: header, data: data).open { path in
      #expect(throws: ModelFormatError.self) { try SafetensorsFile(path: path) }
    }
  }

  private func entries(w: String) -> String {
    #"{"attn": {"dtype": "BF16", "shape": [4], "data_offsets": [0, 8]}, "w": "# + w + "}"
  }

  @Test func fileShorterThanTheLengthFieldIsTruncated() throws {
    try TemporaryFile.with([1, 0, 0], suffix: ".safetensors") { path in
      let error = #expect(throws: ModelFormatError.self) { try SafetensorsFile(path: path) }
      #expect(error?.kind == .truncatedFile)
      #expect(error?.path == path)
    }
  }

  @Test func headerLongerThanTheFileIsTruncated() throws {
    var bytes = SafetensorsBuilder(header: "{}", data: []).bytes
    bytes[0] = 200
    try TemporaryFile.with(bytes, suffix: ".safetensors") { path in
      let error = #expect(throws: ModelFormatError.self) { try SafetensorsFile(path: path) }
      #expect(error?.kind == .truncatedFile)
    }
  }

  @Test func dataCutShortNamesTheTensorThatNoLongerFits() throws {
    let header = "{" + SafetensorsBuilder.case23Entries + "}"
    let cut = Array(SafetensorsBuilder.case23Data.dropLast(1))
    let error = try openError(header, data: cut)
    #expect(error?.kind == .truncatedFile)
    #expect(error?.tensor == "w")
    #expect(error?.description.contains("tensor 'w'") == true)
  }

  @Test func overlappingOffsetsAreRejected() throws {
    let error = try openError(
      entries(w: #"{"dtype": "F16", "shape": [2], "data_offsets": [6, 10]}"#))
    #expect(error?.kind == .overlappingTensors)
    #expect(error?.tensor == "w")
    #expect(error?.detail.contains("'attn'") == true)
  }

  @Test func lengthThatDisagreesWithShapeIsRejected() throws {
    let error = try openError(
      entries(w: #"{"dtype": "F16", "shape": [2], "data_offsets": [8, 11]}"#))
    #expect(error?.kind == .invalidOffsets)
    #expect(error?.tensor == "w")
  }

  @Test func reversedOffsetsAreRejected() throws {
    let error = try openError(
      entries(w: #"{"dtype": "F16", "shape": [0], "data_offsets": [12, 8]}"#))
    #expect(error?.kind == .invalidOffsets)
  }

  @Test func unknownDtypeIsRejectedNamingTheTensor() throws {
    let error = try openError(
      entries(w: #"{"dtype": "F12", "shape": [2], "data_offsets": [8, 12]}"#))
    #expect(error?.kind == .unknownDtype)
    #expect(error?.tensor == "w")
    #expect(error?.description.contains("'F12'") == true)
  }

  @Test func negativeDimensionIsRejected() throws {
    let error = try openError(
      entries(w: #"{"dtype": "F16", "shape": [-2], "data_offsets": [8, 12]}"#))
    #expect(error?.kind == .invalidShape)
  }

  @Test func entryWithoutShapeIsAMalformedHeader() throws {
    let error = try openError(entries(w: #"{"dtype": "F16", "data_offsets": [8, 12]}"#))
    #expect(error?.kind == .malformedHeader)
    #expect(error?.tensor == "w")
  }

  @Test func headerThatIsNotJSONIsAMalformedHeader() throws {
    let error = try openError("{not json}")
    #expect(error?.kind == .malformedHeader)
  }

  @Test func integerTensorOpensButIsNotReadAsFloats() throws {
    var data: [UInt8] = []
    data.appendLittleEndian(Int64(7))
    let header = #"{"ids": {"dtype": "I64", "shape": [1], "data_offsets": [0, 8]}}"#
    let builder = SafetensorsBuilder(header: header, data: data)
    let file = try builder.open(SafetensorsFile.init(path:))
    let error = #expect(throws: ModelFormatError.self) { try file.floats(named: "ids") }
    #expect(error?.kind == .unsupportedDtype)
    #expect(error?.tensor == "ids")
  }

  @Test func missingFileIsUnreadable() throws {
    let path = TemporaryFile.unusedPath(suffix: ".safetensors")
    let error = #expect(throws: ModelFormatError.self) { try SafetensorsFile(path: path) }
    #expect(error?.kind == .unreadableFile)
    #expect(error?.description.contains(path) == true)
  }
}
