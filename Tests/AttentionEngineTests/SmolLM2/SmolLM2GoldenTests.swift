import AttentionEngine
import Foundation
import ModelFormats
import TestSupport
import Testing

/// SmolLM2 against the numpy reference (`reference/smollm2.py`), on every golden sentence.
///
/// Both sides compute in `Float` on the same dequantised weights, so differences come only
/// from summation order (BLAS kernels against numpy's pairwise sums), `exp`, and the RMSNorm
/// accumulator, compounded over 30 layers. Weights must agree within 1e-4 absolute (largest
/// measured: 3.5e-6). Every other array must agree within 1e-4 times the largest magnitude
/// of the reference array of that head or layer (at least 1): raw scores reach a few
/// hundred and the residual stream tens of thousands, so only a relative bound is fair.
/// Largest measured relative differences: 4.5e-6 for scores, 3e-6 for keys and head
/// outputs, 1.5e-6 for the residual stream (0.035 absolute where it reaches 24 000).
@Suite(SmolLM2Files.goldenTrait)
struct SmolLM2GoldenTests {
  private static var headArrays: [(String, KeyPath<HeadTrace, Matrix>)] {
    [
      ("queries", \.queries), ("keys", \.keys), ("values", \.values),
      ("scores", \.scores), ("scaled_scores", \.scaledScores), ("outputs", \.outputs),
    ]
  }
  private static var layerArrays: [(String, KeyPath<LayerTrace, Matrix>)] {
    [("attention_output", \.attentionOutput), ("residual_after", \.residualAfter)]
  }

  @Test func goldensListSentences() {
    #expect(SmolLM2Files.sentences.count >= 8, "'\(SmolLM2Files.goldenIndex.path)'")
  }

  @Test(arguments: SmolLM2Files.sentences)
  func tokenIDsEqualTheReference(_ sentence: GoldenSentence) throws {
    let tokens = try SmolLM2Files.model.get().tokenizer.tokens(in: sentence.text)
    #expect(tokens.map(\.id) == sentence.ids)
  }

  @Test(arguments: SmolLM2Files.sentences)
  func everyLayerAndHeadMatchesTheReference(_ sentence: GoldenSentence) throws {
    let model = try SmolLM2Files.model.get()
    let tokens = try model.tokenizer.tokens(in: sentence.text)
    let trace = try model.trace(of: tokens, text: sentence.text, tokenizerName: "smollm2")
    try expectEmbeddings(trace, sentence)
    try expectHeads(trace, sentence, "weights", \.weights, relative: false)
    for (name, path) in Self.headArrays {
      try expectHeads(trace, sentence, name, path, relative: true)
    }
    for (name, path) in Self.layerArrays {
      let golden = try sentence.array(name)
      let size = golden.values.count / trace.layerCount
      for (index, layer) in trace.layers.enumerated() {
        let expected = Array(golden.values[index * size..<(index + 1) * size])
        try #require(layer[keyPath: path].values.count == size, "\(name) shape")
        #expect(
          largestDifference(layer[keyPath: path].values, expected)
            <= Self.bound(expected, relative: true), "\(name), layer \(index)")
      }
    }
  }

  private func expectEmbeddings(_ trace: AttentionTrace, _ sentence: GoldenSentence) throws {
    let embeddings = try sentence.array("token_embeddings").values
    try #require(trace.layerCount * trace.headCount > 0)
    #expect(trace.tokenEmbeddings.values == embeddings)
    #expect(trace.layerInput.values == embeddings)
    #expect(trace.positionEmbeddings == nil)
  }

  /// Compares one per-head array, shaped layer × head × …, with the trace.
  private func expectHeads(
    _ trace: AttentionTrace, _ sentence: GoldenSentence, _ name: String,
    _ path: KeyPath<HeadTrace, Matrix>, relative: Bool
  ) throws {
    let golden = try sentence.array(name)
    let size = golden.values.count / (trace.layerCount * trace.headCount)
    for layer in 0..<trace.layerCount {
      for head in 0..<trace.headCount {
        let start = (layer * trace.headCount + head) * size
        let expected = Array(golden.values[start..<start + size])
        let actual = trace.head(layer: layer, head: head)[keyPath: path].values
        try #require(actual.count == size, "\(name) shape")
        #expect(
          largestDifference(actual, expected) <= Self.bound(expected, relative: relative),
          "\(name), layer \(layer), head \(head)")
      }
    }
  }

  /// 1e-4, times the largest magnitude of `reference` (at least 1) when `relative`.
  private static func bound(_ reference: [Float], relative: Bool) -> Float {
    guard relative else { return 1e-4 }
    return 1e-4 * max(1, reference.reduce(0) { max($0, abs($1)) })
  }
}
