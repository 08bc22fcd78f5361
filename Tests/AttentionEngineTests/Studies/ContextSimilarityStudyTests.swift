import Testing
import Tokenization

@testable import AttentionEngine

@Suite struct ContextSimilarityStudyTests {
  func trace(_ words: [String]) throws -> AttentionTrace {
    let tokens = words.enumerated().map { index, word in
      Token(
        id: word.unicodeScalars.reduce(0) { $0 * 31 + Int($1.value) } % 1000,
        piece: word, span: index..<index + 1, kind: .normal, label: word)
    }
    return try TeachingModel().trace(
      of: tokens, text: words.joined(separator: " "), tokenizerName: "words")
  }

  @Test func cosineOfHandPickedVectors() {
    #expect(ContextSimilarityStudy.cosine([1, 0], [0, 1]) == 0)
    #expect(abs(ContextSimilarityStudy.cosine([1, 2], [2, 4]) - 1) < 1e-12)
    #expect(abs(ContextSimilarityStudy.cosine([1, 1], [-1, -1]) + 1) < 1e-12)
    #expect(ContextSimilarityStudy.cosine([0, 0], [1, 1]) == 0)
  }

  @Test func sameTokenInSameTextIsIdenticalAtEveryStage() throws {
    let a = try trace(["the", "bank", "of", "the", "river"])
    let result = try ContextSimilarityStudy.run(
      first: a, firstToken: 1, second: a, secondToken: 1)
    #expect(result.cosines.count == a.layerCount + 1)
    #expect(result.cosines.allSatisfy { abs($0 - 1) < 1e-9 })
    #expect(result.stageNames == ["input", "layer 1", "layer 2"])
  }

  @Test func stagesAreLayerInputThenEachResidual() throws {
    let a = try trace(["the", "bank", "of", "the", "river"])
    let b = try trace(["money", "in", "the", "bank"])
    let result = try ContextSimilarityStudy.run(
      first: a, firstToken: 1, second: b, secondToken: 3)
    let input = ContextSimilarityStudy.cosine(a.layerInput.row(1), b.layerInput.row(3))
    let last = ContextSimilarityStudy.cosine(
      a.layers[1].residualAfter.row(1), b.layers[1].residualAfter.row(3))
    #expect(result.cosines.first == input)
    #expect(result.cosines.last == last)
    #expect(result.cosines.allSatisfy { (-1...1).contains($0) })
  }

  @Test func outOfRangeTokenThrowsWithTheRange() throws {
    let a = try trace(["the", "bank"])
    #expect(throws: EngineError.self) {
      try ContextSimilarityStudy.run(first: a, firstToken: 5, second: a, secondToken: 0)
    }
  }
}
