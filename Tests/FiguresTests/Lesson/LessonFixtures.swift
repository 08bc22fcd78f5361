import AttentionEngine
import Figures
import Tokenization

/// Traces and study results for lesson figure tests, all computed by the engine.
enum LessonFixtures {
  /// Hand-made word tokens with ids derived from the words, so equal words share an id.
  static func tokens(_ words: [String]) -> [Token] {
    var offset = 0
    return words.map { word in
      defer { offset += word.unicodeScalars.count + 1 }
      let id = word.unicodeScalars.reduce(7) { ($0 * 31 + Int($1.value)) % 5000 }
      return Token(
        id: id, piece: word, span: offset..<offset + word.unicodeScalars.count,
        kind: .normal, label: word)
    }
  }

  /// A teaching-model trace of `words`.
  static func trace(
    _ words: [String], configuration: TeachingModelConfiguration = .init()
  ) throws -> AttentionTrace {
    try TeachingModel(configuration: configuration).trace(
      of: tokens(words), text: words.joined(separator: " "),
      tokenizerName: "word-level (test)")
  }

  /// The short causal example.
  static let sentence = ["the", "cat", "sat", "on", "the", "mat"]

  /// A trace whose heads share key/value heads in groups of `groupSize`.
  static func grouped(
    _ words: [String], layers: Int, heads: Int, groupSize: Int, headSize: Int = 2
  ) throws -> AttentionTrace {
    var result = try trace(
      words,
      configuration: .init(width: heads * headSize, headCount: heads, layerCount: layers))
    for layer in result.layers.indices {
      for head in result.layers[layer].heads.indices {
        result.layers[layer].heads[head].keyValueHead = head / groupSize
      }
    }
    return result
  }

  /// One of every lesson figure, named for file output.
  static func everyFigure() throws -> [LessonFigure] {
    let main = try trace(sentence)
    let river = try trace(["the", "bank", "of", "the", "river"])
    let money = try trace(["she", "paid", "the", "bank"])
    let similarity = try ContextSimilarityStudy.run(
      first: river, firstToken: 1, second: money, secondToken: 3)
    return [
      .bottleneck(main, currentToken: 5),
      .embedding(main),
      .projections(main, layer: 0, head: 0, token: 1, weights: nil),
      .scaling(ScoreScalingStudy().run()),
      .softmax(main, layer: 0, head: 0, query: 3),
      .headView(
        try grouped(sentence, layers: 2, heads: 9, groupSize: 3), layer: 1,
        threshold: 0.05),
      .modelView(try grouped(sentence, layers: 4, heads: 6, groupSize: 2)),
      .similarity(similarity),
    ]
  }

  /// Long texts and wide or deep models, to check thinning and images at scale.
  static func largeFigures() throws -> [LessonFigure] {
    let words = (0..<40).map { ["the", "river", "bank", "was", "steep", "and", "wet"][$0 % 7] }
    let long = try trace(words, configuration: .init(width: 64, headCount: 4, layerCount: 3))
    let deepA = try trace(
      ["the", "bank", "of", "the", "river"],
      configuration: .init(width: 16, headCount: 2, layerCount: 30))
    let deepB = try trace(
      ["she", "paid", "the", "bank"],
      configuration: .init(width: 16, headCount: 2, layerCount: 30))
    return [
      .bottleneck(long, currentToken: 39),
      .embedding(long),
      .projections(long, layer: 2, head: 3, token: 10, weights: nil),
      .softmax(long, layer: 1, head: 0, query: 30),
      .headView(long, layer: 0, threshold: 0.1),
      .similarity(
        try ContextSimilarityStudy.run(first: deepA, firstToken: 1, second: deepB, secondToken: 3)),
    ]
  }
}
