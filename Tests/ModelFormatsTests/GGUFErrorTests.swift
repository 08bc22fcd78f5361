import Testing

@testable import ModelFormats

/// Every broken GGUF file fails with one error naming the path, tensor or key, and problem.
@Suite struct GGUFErrorTests {
  private func openError(_ builder: GGUFBuilder) throws -> ModelFormatError? {
    try openError(builder.bytes)
  }

  private func openError(_ bytes: [UInt8]) throws -> ModelFormatError? {
    try TemporaryFile.with(bytes, suffix: ".gguf") { path in
      #expect(throws: ModelFormatError.self) { try GGUFFile(path: path) }
    }
  }

  @Test func everyTruncationOfTheFileIsReportedAsTruncated() throws {
    let bytes = TinyGGUF.builder.bytes
    for length in 0..<bytes.count {
      let error = try openError(Array(bytes[0..<length]))
      #expect(error?.kind == .truncatedFile, "cut at byte \(length)")
    }
  }

  @Test func truncationInsideTensorDataNamesTheTensor() throws {
    let error = try openError(Array(TinyGGUF.builder.bytes.dropLast(3)))
    #expect(error?.tensor == "rows.q4_1")
    #expect(error?.description.contains("tensor 'rows.q4_1'") == true)
  }

  @Test func wrongMagicIsAMalformedHeader() throws {
    var bytes = TinyGGUF.builder.bytes
    bytes[0] = UInt8(ascii: "X")
    #expect(try openError(bytes)?.kind == .malformedHeader)
  }

  @Test func versionOneIsRejected() throws {
    var builder = TinyGGUF.builder
    builder.version = 1
    let error = try openError(builder)
    #expect(error?.kind == .malformedHeader)
    #expect(error?.detail.contains("'1'") == true)
  }

  @Test(arguments: [GGUFValue.uint32(48), .uint32(0), .uint64(32), .string("32")])
  func alignmentThatIsNotAUInt32PowerOfTwoIsRejected(value: GGUFValue) throws {
    var builder = TinyGGUF.builder
    builder.metadata.append(("general.alignment", value))
    let error = try openError(builder)
    #expect(error?.kind == .malformedHeader)
    #expect(error?.key == "general.alignment")
  }

  @Test func offsetOffTheAlignmentIsRejectedNamingTheTensor() throws {
    var builder = TinyGGUF.builder
    builder.tensors[1].offsetOverride = 8
    let error = try openError(builder)
    #expect(error?.kind == .invalidOffsets)
    #expect(error?.tensor == "vector.f16")
  }

  @Test func overlappingTensorsAreRejected() throws {
    var builder = TinyGGUF.builder
    builder.tensors[3].offsetOverride = 0
    let error = try openError(builder)
    #expect(error?.kind == .overlappingTensors)
    #expect(error?.detail.contains("'matrix.f32'") == true)
  }

  @Test func unknownTypeIdIsRejectedNamingTheTensor() throws {
    var builder = TinyGGUF.builder
    builder.tensors[2].typeID = 99
    let error = try openError(builder)
    #expect(error?.kind == .unknownDtype)
    #expect(error?.tensor == "row.q8_0")
  }

  @Test func rowLengthThatIsNotWholeBlocksIsRejected() throws {
    var builder = TinyGGUF.builder
    builder.tensors[3].dimensions = [16, 4]
    let error = try openError(builder)
    #expect(error?.kind == .invalidShape)
    #expect(error?.tensor == "rows.q4_1")
  }

  @Test func tooManyDimensionsAreRejected() throws {
    var builder = TinyGGUF.builder
    builder.tensors[0].dimensions = [3, 2, 1, 1, 1]
    #expect(try openError(builder)?.kind == .invalidShape)
  }

  @Test func duplicateTensorNameIsRejected() throws {
    var builder = TinyGGUF.builder
    builder.tensors[1].name = "matrix.f32"
    #expect(try openError(builder)?.kind == .malformedHeader)
  }

  @Test func hugeArrayCountFailsWithoutAllocating() throws {
    var bytes = Array("GGUF".utf8)
    bytes.appendLittleEndian(UInt32(3))
    bytes.appendLittleEndian(UInt64(0))
    bytes.appendLittleEndian(UInt64(1))
    GGUFBuilder.appendString("tokenizer.ggml.tokens", to: &bytes)
    bytes.appendLittleEndian(UInt32(9))
    bytes.appendLittleEndian(UInt32(8))
    bytes.appendLittleEndian(UInt64.max >> 2)
    let error = try openError(bytes)
    #expect(error?.kind == .truncatedFile)
    #expect(error?.key == "tokenizer.ggml.tokens")
  }

  @Test func invalidUTF8InAStringIsRejectedNamingTheKey() throws {
    var builder = TinyGGUF.builder
    builder.metadata = [("general.name", .string("ok"))]
    var bytes = builder.bytes
    let at = bytes.firstIndex(of: UInt8(ascii: "o"))!
    bytes[at] = 0xFF
    let error = try openError(bytes)
    #expect(error?.kind == .malformedHeader)
    #expect(error?.key == "general.name")
  }

  @Test func unknownTensorNameIsNotFound() throws {
    let file = try TinyGGUF.builder.open(GGUFFile.init(path:))
    let error = #expect(throws: ModelFormatError.self) { try file.floats(named: "nope") }
    #expect(error?.kind == .notFound)
    #expect(error?.tensor == "nope")
  }
}
