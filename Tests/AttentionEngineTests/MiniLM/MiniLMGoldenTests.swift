import AttentionEngine
import Foundation
import ModelFormats
import TestSupport
import Testing

/// The Swift encoder against the independent numpy reference (`reference/minilm.py`).
///
/// Tolerances, all absolute: both sides compute in float32, but BLAS and numpy add in
/// different orders and the LayerNorm here accumulates in `Double`, so values differ by a few
/// units in the last place, growing through six layers. Attention weights lie in [0, 1] and
/// must agree within 1e-4 (figures print three decimals). Queries, keys, values and head
/// outputs reach about 10 in size (float32 spacing 1e-6 there): 5e-5. Raw scores, sums of 32
/// such products, reach about 230 (spacing 1.5e-5): 5e-4; scaled scores, 8 times smaller
/// (÷ √32 ≈ 5.7): 1e-4. Hidden states after LayerNorm reach about 11: 5e-5. Measured on the
/// 8 golden sentences (x86-64, OpenBLAS): weights 3.0e-6, queries/keys 6.2e-6, values
/// 4.5e-6, outputs 9.5e-6, scores 7.6e-5, scaled scores 1.2e-5, attention outputs 3.5e-6,
/// residual stream 4.1e-6, layer input 1.4e-6: each bound leaves a margin of 5 or more.
@Suite(.serialized) struct MiniLMGoldenTests {
  static let projectionTolerance: Float = 5e-5
  static let scoreTolerance: Float = 5e-4
  static let scaledScoreTolerance: Float = 1e-4
  static let weightTolerance: Float = 1e-4
  static let hiddenTolerance: Float = 5e-5

  @Test(MiniLMFiles.goldenTrait, arguments: MiniLMFiles.sentences)
  func tokenIDsEqualTheReferenceTokenizer(_ sentence: GoldenSentence) throws {
    let model = try MiniLMFiles.model.get()
    #expect(try model.tokenizer.tokens(in: sentence.text).map(\.id) == sentence.ids)
  }

  @Test(MiniLMFiles.goldenTrait)
  func goldensListEverySentence() {
    #expect(MiniLMFiles.sentences.count >= 8)
  }

  @Test(MiniLMFiles.goldenTrait, arguments: MiniLMFiles.sentences)
  func embeddingsMatchTheReference(_ sentence: GoldenSentence) throws {
    let trace = try Self.trace(of: sentence)
    #expect(trace.tokenEmbeddings.values == (try sentence.array("token_embeddings")).values)

    let positions = try sentence.array("position_embeddings").values
    let types = try sentence.array("token_type_embeddings").values
    let expected = zip(positions, types).map { $0 + $1 }
    let given = try #require(trace.positionEmbeddings).values
    #expect(largestDifference(given, expected) <= 1e-6)

    let input = try sentence.array("layer_input").values
    #expect(largestDifference(trace.layerInput.values, input) <= Self.hiddenTolerance)
  }

  @Test(MiniLMFiles.goldenTrait, arguments: MiniLMFiles.sentences)
  func everyHeadMatchesTheReference(_ sentence: GoldenSentence) throws {
    let trace = try Self.trace(of: sentence)
    let checks: [(name: String, part: KeyPath<HeadTrace, Matrix>, tolerance: Float)] = [
      ("queries", \.queries, Self.projectionTolerance),
      ("keys", \.keys, Self.projectionTolerance),
      ("values", \.values, Self.projectionTolerance),
      ("scores", \.scores, Self.scoreTolerance),
      ("scaled_scores", \.scaledScores, Self.scaledScoreTolerance),
      ("weights", \.weights, Self.weightTolerance),
      ("outputs", \.outputs, Self.projectionTolerance),
    ]
    for check in checks {
      let golden = try sentence.array(check.name)
      for (layer, head, slice) in Self.headSlices(golden, trace: trace) {
        let given = trace.head(layer: layer, head: head)[keyPath: check.part].values
        let difference = largestDifference(given, Array(slice))
        #expect(
          difference <= check.tolerance,
          "\(check.name) of layer \(layer), head \(head) differ by \(difference)")
      }
    }
  }

  @Test(MiniLMFiles.goldenTrait, arguments: MiniLMFiles.sentences)
  func residualStreamMatchesTheReference(_ sentence: GoldenSentence) throws {
    let trace = try Self.trace(of: sentence)
    for name in ["attention_output", "residual_after"] {
      let golden = try sentence.array(name)
      let size = golden.values.count / trace.layerCount
      for (index, layer) in trace.layers.enumerated() {
        let given = name == "residual_after" ? layer.residualAfter : layer.attentionOutput
        let slice = Array(golden.values[index * size..<(index + 1) * size])
        let difference = largestDifference(given.values, slice)
        #expect(
          difference <= Self.hiddenTolerance,
          "\(name) of layer \(index) differs by \(difference)")
      }
    }
  }

  @Test(MiniLMFiles.goldenTrait, arguments: MiniLMFiles.sentences)
  func everyWeightRowSumsToOne(_ sentence: GoldenSentence) throws {
    let trace = try Self.trace(of: sentence)
    for layer in trace.layers {
      for head in layer.heads {
        #expect(head.visibility.allSatisfy { $0 })
        for row in head.weights.rowArrays {
          // Softmax promises 1e-6; a float32 sum of up to 28 weights adds its own rounding.
          #expect(abs(row.reduce(0, +) - 1) <= 2e-6)
        }
      }
    }
  }

  static func trace(of sentence: GoldenSentence) throws -> AttentionTrace {
    let model = try MiniLMFiles.model.get()
    let tokens = try model.tokenizer.tokens(in: sentence.text)
    return try model.trace(of: tokens, text: sentence.text, tokenizerName: "wordpiece")
  }

  /// The `(layer, head)` blocks of a golden array shaped `layer × head × rows × columns`.
  static func headSlices(
    _ golden: NpyArray, trace: AttentionTrace
  ) -> [(Int, Int, ArraySlice<Float>)] {
    #expect(golden.shape.prefix(2) == [trace.layerCount, trace.headCount])
    let size = golden.shape.dropFirst(2).reduce(1, *)
    return (0..<trace.layerCount).flatMap { layer in
      (0..<trace.headCount).map { head in
        let start = (layer * trace.headCount + head) * size
        return (layer, head, golden.values[start..<start + size])
      }
    }
  }
}
