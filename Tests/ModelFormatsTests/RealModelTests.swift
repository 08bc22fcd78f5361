import Testing

@testable import ModelFormats

/// The readers against the real MiniLM and SmolLM2 files and Python's reference values.
///
/// Dequantised values must match the `gguf` package bit for bit (both compute `d · q + m`
/// in float32); whole-tensor sums may differ only by summation order.
@Suite(.enabled(if: ModelFiles.shouldTest, ModelFiles.missingComment))
struct RealModelTests {
  private func requireFiles() throws -> ModelSlices {
    try #require(ModelFiles.available, ModelFiles.missingComment)
    return try ModelSlices.load()
  }

  private func check(_ slice: ModelSlices.Slice, shape: [Int], values: [Float]) {
    #expect(shape == slice.shape, "shape of '\(slice.name)'")
    guard values.count >= slice.flatRange.upperBound else { return }
    let actual = values[slice.flatRange].map(Double.init)
    #expect(actual == slice.values, "row \(slice.row) of '\(slice.name)'")

    var sum = 0.0
    var squares = 0.0
    for value in values {
      sum += Double(value)
      squares += Double(value) * Double(value)
    }
    #expect(abs(sum - slice.sum) <= 1e-6, "sum of '\(slice.name)'")
    #expect(abs(squares - slice.sumOfSquares) <= 1e-9 * slice.sumOfSquares)
  }

  @Test func smolLM2QuantisedTensorsMatchPythonGGUF() throws {
    let reference = try requireFiles().gguf
    let file = try GGUFFile(path: ModelFiles.path(reference.file))
    var tensors: [String: (shape: [Int], values: [Float])] = [:]
    for slice in reference.tensors {
      #expect(try file.tensorInfo(named: slice.name).type.name == slice.type)
      if tensors[slice.name] == nil { tensors[slice.name] = try file.floats(named: slice.name) }
      check(slice, shape: tensors[slice.name]!.shape, values: tensors[slice.name]!.values)
    }
  }

  @Test func smolLM2MetadataMatchesPythonGGUF() throws {
    let reference = try requireFiles().gguf
    let file = try GGUFFile(path: ModelFiles.path(reference.file))
    #expect(file.tensorInfos.count == reference.tensorCount)
    #expect(file.dataOffset == reference.dataOffset)
    #expect(file.alignment == 32)
    for (key, expected) in reference.metadata {
      switch expected {
      case .text(let text): #expect(try file.string(key) == text, "key '\(key)'")
      case .number(let number):
        let value = try file.value(key)
        #expect((value.intValue.map(Double.init) ?? value.doubleValue) == number, "'\(key)'")
      }
    }
    let tokens = try file.stringArray("tokenizer.ggml.tokens")
    #expect(tokens.count == reference.vocabularySize)
    #expect(tokens.prefix(3) == ["<|endoftext|>", "<|im_start|>", "<|im_end|>"])
    let merges = try file.stringArray("tokenizer.ggml.merges")
    #expect(merges.count == reference.mergeCount)
    #expect(merges.first == "Ġ t")
  }

  @Test func miniLMTensorsMatchSafetensorsNumpy() throws {
    let reference = try requireFiles().safetensors
    let file = try SafetensorsFile(path: ModelFiles.path(reference.file))
    #expect(file.tensorNames.count == reference.tensorCount)
    #expect(file.metadata == ["format": "pt"])
    for slice in reference.tensors {
      #expect(try file.info(named: slice.name).dtype.rawValue == slice.type)
      let tensor = try file.floats(named: slice.name)
      check(slice, shape: tensor.shape, values: tensor.values)
    }
    let error = #expect(throws: ModelFormatError.self) {
      try file.floats(named: "embeddings.position_ids")
    }
    #expect(error?.kind == .unsupportedDtype)
  }
}
