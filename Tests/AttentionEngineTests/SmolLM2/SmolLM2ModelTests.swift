import AttentionEngine
import Foundation
import TestSupport
import Testing
import Tokenization

/// What SmolLM2 promises beyond the reference numbers: its mask, its head groups, its
/// description, its limits and its errors.
struct SmolLM2ModelTests {
  private static let text = "The animal didn't cross the street because it was too tired."

  private func trace() throws -> AttentionTrace {
    let model = try SmolLM2Files.model.get()
    let tokens = try model.tokenizer.tokens(in: Self.text)
    return try model.trace(of: tokens, text: Self.text, tokenizerName: "smollm2")
  }

  @Test(SmolLM2Files.modelTrait)
  func causalMaskGivesExactZerosAboveTheDiagonal() throws {
    let trace = try trace()
    let n = trace.tokens.count
    for layer in trace.layers {
      for head in layer.heads {
        for i in 0..<n {
          for j in 0..<n where j > i {
            #expect(head.weights[i, j] == 0)
            #expect(!head.isVisible(queryIndex: i, keyIndex: j))
          }
        }
      }
    }
  }

  @Test(SmolLM2Files.modelTrait)
  func queryHeadsOfAGroupShareOneKeyValueHead() throws {
    let trace = try trace()
    #expect(trace.layerCount == 30)
    #expect(trace.headCount == 9)
    for layer in trace.layers {
      for (index, head) in layer.heads.enumerated() {
        #expect(head.keyValueHead == index / 3)
        #expect(head.headSize == 64)
        let first = layer.heads[index / 3 * 3]
        #expect(head.keys == first.keys && head.values == first.values)
      }
      #expect(layer.heads[0].keys != layer.heads[3].keys)
    }
  }

  @Test(SmolLM2Files.modelTrait)
  func descriptionNamesTheTrainedCausalDecoder() throws {
    let model = try SmolLM2Files.model.get()
    let description = model.modelDescription
    #expect(description.name == "smollm2")
    #expect(
      description.displayName == "SmolLM2-135M-Instruct (Llama decoder, 30 layers × 9 query "
        + "heads, 3 key/value heads, Q4_1)")
    #expect(description.isTrained && description.isCausal)
    #expect(description.positionEncoding == "rotary, applied to queries and keys")
    #expect(model.positionLimit == 2048)
    #expect(model.configuration.ropeBase == 100_000)
  }

  @Test(SmolLM2Files.modelTrait)
  func tooManyTokensFailBeforeAnyComputation() throws {
    let model = try SmolLM2Files.model.get()
    let token = Token(id: 504, piece: "a", span: 0..<1, kind: .normal, label: "a")
    let tokens = Array(repeating: token, count: 2049)
    #expect(throws: EngineError.tooManyPositions(count: 2049, limit: 2048, model: "smollm2")) {
      try model.trace(of: tokens, text: "a", tokenizerName: "smollm2")
    }
    #expect(throws: EngineError.noTokens) {
      try model.trace(of: [], text: "", tokenizerName: "smollm2")
    }
  }

  @Test func missingWeightsNameTheFileAndTheSetupScript() throws {
    let folder = try makeTemporaryFolder(named: "smollm2-missing")
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("SmolLM2-135M-Instruct.Q4_1.gguf").path
    let error = ModelLoadingError(model: "smollm2", path: path)
    #expect(throws: error) { try SmolLM2Model.load(from: folder) }
    #expect(
      error.description == "model 'smollm2' needs '\(path)', which is missing; run 'bash "
        + "scripts/setup-models.sh' to install the weights")
  }

  @Test func missingFolderGivesTheSameError() {
    let folder = URL(fileURLWithPath: "/nonexistent/attnviz/smollm2")
    #expect(throws: ModelLoadingError.self) { try SmolLM2Model.load(from: folder) }
  }
}
