import AttentionEngine
import Foundation
import TestSupport
import Testing
import Tokenization

@Suite struct MiniLMModelTests {
  @Test(MiniLMFiles.modelTrait) func descriptionNamesTheTrainedEncoder() throws {
    let model = try MiniLMFiles.model.get()
    let description = model.modelDescription
    #expect(description.name == "minilm")
    #expect(description.displayName == "all-MiniLM-L6-v2 (BERT encoder, 6 layers × 12 heads)")
    #expect(description.isTrained && !description.isCausal)
    #expect(description.positionEncoding == "learned absolute, added to the token vectors")
    #expect(model.positionLimit == 512)
  }

  @Test(MiniLMFiles.modelTrait) func configurationComesFromConfigJSON() throws {
    let c = try MiniLMFiles.model.get().configuration
    let sizes: [Int] = [c.layerCount, c.headCount, c.hiddenSize, c.headSize]
    #expect(sizes == [6, 12, 384, 32])
    #expect(c.intermediateSize == 1536 && c.layerNormEpsilon == 1e-12)
  }

  @Test(MiniLMFiles.modelTrait) func traceHasSixLayersOfTwelveUnmaskedHeads() throws {
    let trace = try Self.trace(of: "The cat sat.")
    #expect(trace.layerCount == 6 && trace.headCount == 12)
    #expect(trace.tokens.map(\.piece) == ["[CLS]", "the", "cat", "sat", ".", "[SEP]"])
    for layer in trace.layers {
      #expect(layer.residualAfter.rows == 6 && layer.residualAfter.columns == 384)
      for (index, head) in layer.heads.enumerated() {
        #expect(head.keyValueHead == index && head.headSize == 32)
        #expect(head.visibility == [Bool](repeating: true, count: 36))
      }
    }
  }

  @Test(MiniLMFiles.modelTrait) func fiveHundredThirteenTokensExceedThePositionLimit() throws {
    let model = try MiniLMFiles.model.get()
    let text = String(repeating: "the ", count: 511)
    let tokens = try model.tokenizer.tokens(in: text)
    #expect(tokens.count == 513)
    #expect(throws: EngineError.tooManyPositions(count: 513, limit: 512, model: "minilm")) {
      try model.trace(of: tokens, text: text, tokenizerName: "wordpiece")
    }
  }

  @Test(MiniLMFiles.modelTrait) func fiveHundredTwelveTokensUseTheLastPositionRow() throws {
    let text = String(repeating: "the ", count: 510)
    let trace = try Self.trace(of: text)
    #expect(trace.tokens.count == 512)
    #expect(trace.layers[5].heads[11].weights.rows == 512)
  }

  @Test(MiniLMFiles.modelTrait) func tokenIDOutsideTheVocabularyIsRejected() throws {
    let model = try MiniLMFiles.model.get()
    let token = Token(id: 30_522, piece: "x", span: 0..<1, kind: .normal, label: "x")
    #expect(throws: EngineError.self) {
      try model.trace(of: [token], text: "x", tokenizerName: "t")
    }
    #expect(throws: EngineError.noTokens) {
      try model.trace(of: [], text: "", tokenizerName: "t")
    }
  }

  @Test func missingFileNamesThePathAndTheSetupScript() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let config = folder.appendingPathComponent("config.json").path
    let error = #expect(throws: ModelLoadingError.self) {
      try MiniLMModel.load(from: folder)
    }
    #expect(error == ModelLoadingError(model: "minilm", path: config))
    #expect(
      error?.description == "model 'minilm' needs '\(config)', which is missing; "
        + "run 'bash scripts/setup-models.sh' to install the weights")
  }

  @Test func brokenConfigIsAnInvalidConfiguration() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for name in ["config.json", "vocab.txt", "model.safetensors"] {
      try Data("{\"hidden_size\": 384".utf8).write(to: folder.appendingPathComponent(name))
    }
    let error = #expect(throws: EngineError.self) {
      try MiniLMModel.load(from: folder)
    }
    #expect(error?.description.contains("config.json' is not a readable") == true)
  }

  static func trace(of text: String) throws -> AttentionTrace {
    let model = try MiniLMFiles.model.get()
    let tokens = try model.tokenizer.tokens(in: text)
    return try model.trace(of: tokens, text: text, tokenizerName: "wordpiece")
  }
}
