import Testing

@testable import ModelFormats

/// Case 23 of the shared cases, and the header checks around it.
@Suite struct SafetensorsFileTests {
  static let headerVariants = [
    "{" + SafetensorsBuilder.case23Entries + "}",
    #"{"__metadata__": {}, "# + SafetensorsBuilder.case23Entries + "}",
    #"{"__metadata__": {"format": "pt"}, "# + SafetensorsBuilder.case23Entries + "}",
  ]

  private func open(_ header: String, data: [UInt8] = SafetensorsBuilder.case23Data) throws
    -> SafetensorsFile
  {
    try SafetensorsBuilder(header: header, data: data).open(SafetensorsFile.init(path:))
  }

  @Test(arguments: headerVariants)
  func bfloat16ShiftsIntoUpperBitsUnderEveryMetadataVariant(header: String) throws {
    let file = try open(header)
    let attn = try file.floats(named: "attn")
    #expect(attn.shape == [4])
    #expect(attn.values == [1.0, 0.25, -2.0, 0.10009765625])
  }

  @Test(arguments: headerVariants)
  func float16ConvertsExactlyUnderEveryMetadataVariant(header: String) throws {
    let file = try open(header)
    let w = try file.floats(named: "w")
    #expect(w.shape == [2])
    #expect(w.values == [1.0, 0.25])
    #expect(file.tensorNames == ["attn", "w"])
  }

  @Test func metadataEntryIsNeverTakenForATensor() throws {
    let file = try open(Self.headerVariants[2])
    #expect(file.metadata == ["format": "pt"])
    #expect(try open(Self.headerVariants[1]).metadata.isEmpty)
    #expect(throws: ModelFormatError.self) { try file.info(named: "__metadata__") }
  }

  @Test func numericMetadataIsKeptAsItsJSONText() throws {
    let header =
      #"{"__metadata__": {"step": 3, "lr": 0.5, "ok": true}, "#
      + SafetensorsBuilder.case23Entries + "}"
    #expect(try open(header).metadata == ["step": "3", "lr": "0.5", "ok": "true"])
  }

  @Test func nestedMetadataIsRejectedNamingTheKey() throws {
    let header =
      #"{"__metadata__": {"nested": {"a": "b"}}, "#
      + SafetensorsBuilder.case23Entries + "}"
    let error = #expect(throws: ModelFormatError.self) { try open(header) }
    #expect(error?.kind == .malformedHeader)
    #expect(error?.key == "__metadata__.nested")
  }

  @Test func infoReportsDtypeShapeAndOffsets() throws {
    let info = try open(Self.headerVariants[0]).info(named: "w")
    #expect(info.dtype == .float16)
    #expect(info.shape == [2])
    #expect(info.dataOffsets == 8..<12)
    #expect(info.elementCount == 2)
  }

  @Test func float32ValuesAreReadFromAnUnalignedDataSection() throws {
    var data: [UInt8] = []
    for value: Float in [1.5, -3.25, 0, 0x1p-140] { data.appendLittleEndian(value.bitPattern) }
    let header = #"{"m": {"dtype": "F32", "shape": [2, 2], "data_offsets": [0, 16]}} "#
    let matrix = try open(header, data: data).floats(named: "m")
    #expect(matrix.shape == [2, 2])
    #expect(matrix.values == [1.5, -3.25, 0, 0x1p-140])
  }
}
