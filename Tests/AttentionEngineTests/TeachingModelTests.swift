import TestSupport
import Testing
import Tokenization

@testable import AttentionEngine

@Suite struct TeachingModelTests {
  func tokens(_ words: [String]) -> [Token] {
    var offset = 0
    return words.enumerated().map { index, word in
      defer { offset += word.unicodeScalars.count + 1 }
      return Token(
        id: 10 + index, piece: word, span: offset..<offset + word.unicodeScalars.count,
        kind: .normal, label: word)
    }
  }

  @Test func splitMixMatchesItsPublishedFirstOutput() {
    var generator = SeededGenerator(seed: 0)
    #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
  }

  @Test func sameSeedGivesSameTrace() throws {
    let words = tokens(["the", "cat", "sat"])
    let a = try TeachingModel().trace(of: words, text: "the cat sat", tokenizerName: "t")
    let b = try TeachingModel().trace(of: words, text: "the cat sat", tokenizerName: "t")
    #expect(a == b)
  }

  @Test func differentSeedsGiveDifferentWeights() throws {
    let words = tokens(["the", "cat", "sat"])
    let a = try TeachingModel(configuration: .init(seed: 1))
      .trace(of: words, text: "", tokenizerName: "t")
    let b = try TeachingModel(configuration: .init(seed: 2))
      .trace(of: words, text: "", tokenizerName: "t")
    #expect(a.weights(forLayer: 0, head: 0) != b.weights(forLayer: 0, head: 0))
  }

  @Test func traceHasEveryLayerAndHeadWithConsistentShapes() throws {
    let configuration = TeachingModelConfiguration(width: 12, headCount: 3, layerCount: 4)
    let trace = try TeachingModel(configuration: configuration)
      .trace(of: tokens(["a", "b", "c", "d", "e"]), text: "", tokenizerName: "t")
    #expect(trace.layerCount == 4)
    #expect(trace.headCount == 3)
    for layer in trace.layers {
      #expect(layer.residualAfter.rows == 5 && layer.residualAfter.columns == 12)
      for head in layer.heads {
        #expect(head.queries.columns == 4)
        #expect(head.weights.rows == 5 && head.weights.columns == 5)
      }
    }
  }

  @Test func residualStreamAddsTheProjectedHeads() throws {
    let trace = try TeachingModel().trace(
      of: tokens(["one", "two", "three"]), text: "", tokenizerName: "t")
    let layer = trace.layers[0]
    let expected = trace.layerInput + layer.attentionOutput
    #expect(largestDifference(layer.residualAfter.values, expected.values) == 0)
  }

  @Test func layerInputIsEmbeddingPlusPosition() throws {
    let model = try TeachingModel()
    let trace = try model.trace(of: tokens(["x", "y"]), text: "", tokenizerName: "t")
    #expect(trace.tokenEmbeddings.row(1) == model.embedding(forID: 11))
    #expect(trace.positionEmbeddings?.row(0) == [0, 1, 0, 1, 0, 1, 0, 1])
  }

  @Test func bidirectionalModelSeesEveryKey() throws {
    let model = try TeachingModel(configuration: .init(mask: .none))
    let trace = try model.trace(of: tokens(["a", "b", "c"]), text: "", tokenizerName: "t")
    #expect(trace.head(layer: 0, head: 0).weights.values.allSatisfy { $0 > 0 })
    #expect(!trace.model.isCausal)
  }

  @Test func positionLimitIsAClearError() throws {
    let model = try TeachingModel()
    let many = (0..<(model.positionLimit + 1)).map {
      Token(id: $0, piece: "w", span: $0..<$0 + 1, kind: .normal, label: "w")
    }
    #expect(throws: EngineError.tooManyPositions(count: 1025, limit: 1024, model: "teaching")) {
      try model.trace(of: many, text: "", tokenizerName: "t")
    }
  }

  @Test func invalidConfigurationsAreRejected() {
    #expect(throws: EngineError.self) {
      try TeachingModel(configuration: .init(width: 8, headCount: 3))
    }
    #expect(throws: EngineError.self) {
      try TeachingModel(configuration: .init(layerCount: 0))
    }
  }

  @Test func projectionWeightsReproduceTheTracedQueriesKeysAndValues() throws {
    let model = try TeachingModel()
    let trace = try model.trace(of: tokens(["a", "b", "c"]), text: "", tokenizerName: "t")
    let weights = model.projectionWeights(layer: 0, head: 1)
    let head = trace.head(layer: 0, head: 1)
    let x = trace.layerInput
    #expect(x.multiplied(by: weights.query, backend: .reference) == head.queries)
    #expect(x.multiplied(by: weights.key, backend: .reference) == head.keys)
    #expect(x.multiplied(by: weights.value, backend: .reference) == head.values)
  }
}
