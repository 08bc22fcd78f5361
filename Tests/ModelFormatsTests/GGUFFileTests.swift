import Testing

@testable import ModelFormats

/// Reading the hand-built GGUF file: metadata of every type, the tensor table, dequantising.
@Suite struct GGUFFileTests {
  private func open(_ builder: GGUFBuilder = TinyGGUF.builder) throws -> GGUFFile {
    try builder.open(GGUFFile.init(path:))
  }

  @Test func everyMetadataValueTypeRoundTrips() throws {
    let file = try open()
    #expect(file.version == 3)
    #expect(file.metadataKeys == TinyGGUF.metadata.map(\.key))
    for (key, value) in TinyGGUF.metadata {
      #expect(file.metadata[key] == value, "key '\(key)'")
    }
  }

  @Test func typedAccessorsConvertAcrossWidths() throws {
    let file = try open()
    #expect(try file.string("general.architecture") == "llama")
    #expect(try file.int("test.uint32") == 4_000_000_000)
    #expect(try file.int("test.int64") == -(1 << 40))
    #expect(try file.float("test.float32") == 1e-5)
    #expect(try file.double("test.float64") == 0.1)
    #expect(try file.bool("test.bool"))
    #expect(try file.stringArray("tokenizer.ggml.tokens") == ["<s>", "a", "é"])
    #expect(try file.intArray("test.ints") == [1, -2, 3])
    #expect(try file.doubleArray("test.floats") == [0.5, -1.5])
  }

  @Test func accessorOfTheWrongTypeNamesKeyAndStoredType() throws {
    let file = try open()
    let error = #expect(throws: ModelFormatError.self) { try file.string("test.uint8") }
    #expect(error?.kind == .wrongValueType)
    #expect(error?.key == "test.uint8")
    #expect(error?.detail.contains("'uint8'") == true)
    let missing = #expect(throws: ModelFormatError.self) { try file.int("llama.missing") }
    #expect(missing?.kind == .notFound)
  }

  @Test func tensorTableListsDimensionsFastestFirstAndShapeOutermostFirst() throws {
    let file = try open()
    #expect(file.tensorInfos.map(\.name) == ["matrix.f32", "vector.f16", "row.q8_0", "rows.q4_1"])
    let q4 = try file.tensorInfo(named: "rows.q4_1")
    #expect(q4.type == .q4_1)
    #expect(q4.dimensions == [32, 2])
    #expect(q4.shape == [2, 32])
    #expect(q4.byteCount == 40)
    #expect(file.alignment == 32)
    #expect(file.dataOffset % 32 == 0)
    #expect(file.tensorInfos.allSatisfy { $0.offset % 32 == 0 })
  }

  @Test func float32MatrixKeepsFileOrderWithRowsOutermost() throws {
    let matrix = try open().floats(named: "matrix.f32")
    #expect(matrix.shape == [2, 3])
    #expect(matrix.values == [1, 2, 3, 4, 5, 6])
  }

  @Test func float16ConvertsSubnormalAndInfinity() throws {
    let vector = try open().floats(named: "vector.f16")
    #expect(vector.shape == [4])
    #expect(vector.values == [1, -2, 0x1p-24, .infinity])
  }

  @Test func q8_0IsScaleTimesSignedByte() throws {
    let row = try open().floats(named: "row.q8_0")
    #expect(row.shape == [32])
    #expect(row.values == TinyGGUF.expectedQ8)
    #expect(row.values.first == -8 && row.values.last == 7.5)
  }

  @Test func q4_1PutsLowNibblesFirstAndHighNibblesSecond() throws {
    let rows = try open().floats(named: "rows.q4_1")
    #expect(rows.shape == [2, 32])
    #expect(Array(rows.values[0..<32]) == TinyGGUF.expectedQ4Row0)
    #expect(Array(rows.values[32..<64]) == TinyGGUF.expectedQ4Row1)
  }

  @Test func alignmentKeyMovesDataSectionAndOffsets() throws {
    var builder = TinyGGUF.builder
    builder.alignment = 64
    builder.metadata.append(("general.alignment", .uint32(64)))
    let file = try open(builder)
    #expect(file.alignment == 64)
    #expect(file.dataOffset % 64 == 0)
    #expect(try file.floats(named: "rows.q4_1").values.suffix(32) == TinyGGUF.expectedQ4Row1[...])
  }

  @Test func quantTypeWithoutDequantiserOpensButIsNotConverted() throws {
    var builder = TinyGGUF.builder
    let zeros = [UInt8](repeating: 0, count: 18)
    builder.tensors.append(.init(name: "q4_0", dimensions: [32], typeID: 2, data: zeros))
    let file = try open(builder)
    #expect(try file.tensorInfo(named: "q4_0").type == .q4_0)
    let error = #expect(throws: ModelFormatError.self) { try file.floats(named: "q4_0") }
    #expect(error?.kind == .unsupportedDtype)
    #expect(error?.tensor == "q4_0")
  }
}
