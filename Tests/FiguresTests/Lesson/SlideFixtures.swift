import AttentionEngine
import Figures
import Tokenization

/// The lesson's figures at the lesson's shapes, made without model files.
///
/// The teaching model runs on the lesson's sentence; teaching-model traces stand in for
/// the real models at their shapes (MiniLM: 16 tokens, 6 layers × 12 heads; SmolLM2: 13
/// tokens, 30 layers × 9 heads in key/value groups of 3). A slide layout depends on
/// shapes and labels, not on weights.
enum SlideFixtures {
  static let sentence = "The animal didn't cross the street because it was too tired."
  static let words = [
    "The", "animal", "didn", "'", "t", "cross", "the", "street", "because", "it", "was",
    "too", "tired", ".",
  ]
  /// The sentence as SmolLM2's byte-level BPE splits it: 13 tokens.
  static let decoderWords = Array(words.prefix(3)) + ["'t"] + words.dropFirst(5)

  /// The teaching model's trace of the lesson's sentence, as the lesson makes it.
  static func teaching() throws -> AttentionTrace {
    let tokenizer = WordTokenizer(vocabulary: try .teachingWords())
    return try TeachingModel(configuration: .init()).trace(
      of: try tokenizer.tokens(in: sentence), text: sentence, tokenizerName: tokenizer.name)
  }

  /// A bidirectional trace shaped like MiniLM's: `[CLS]`, WordPiece words, `[SEP]`.
  static func encoderShaped(
    _ words: [String] = words, layers: Int = 6, headSize: Int = 2
  ) throws -> AttentionTrace {
    let labels = ["[CLS]"] + words.map { $0.lowercased() } + ["[SEP]"]
    return try LessonFixtures.trace(
      labels,
      configuration: .init(
        width: 12 * headSize, headCount: 12, layerCount: layers, mask: .none))
  }

  /// A causal trace shaped like SmolLM2's: byte-level labels, groups of 3 heads.
  static func decoderShaped(
    _ words: [String] = decoderWords, layers: Int = 30, headSize: Int = 2
  ) throws -> AttentionTrace {
    let labels = words.enumerated().map {
      $0 == 0 || ["'t", "."].contains($1) ? $1 : "\u{2423}" + $1
    }
    return try LessonFixtures.grouped(
      labels, layers: layers, heads: 9, groupSize: 3, headSize: headSize)
  }

  /// Every lesson figure kind as the lesson draws it, named.
  static func lessonFigures() throws -> [(name: String, figure: LessonFigure)] {
    let t = try teaching()
    let it = t.tokens.firstIndex { $0.label == "it" }!
    let weights = try TeachingModel(configuration: .init()).projectionWeights(layer: 0, head: 0)
    let projection = ProjectionWeights(
      query: weights.query, key: weights.key, value: weights.value)
    return [
      ("bottleneck", .bottleneck(t, currentToken: it)),
      ("embedding", .embedding(t)),
      ("projections", .projections(t, layer: 0, head: 0, token: it, weights: projection)),
      ("scaling", .scaling(ScoreScalingStudy().run())),
      ("softmax", .softmax(t, layer: 0, head: 0, query: it)),
      ("head view, MiniLM shape", .headView(try encoderShaped(), layer: 3, threshold: 0.1)),
      ("head view, SmolLM2 shape", .headView(try decoderShaped(), layer: 13, threshold: 0.1)),
      ("model view, MiniLM shape", .modelView(try encoderShaped())),
      ("model view, SmolLM2 shape", .modelView(try decoderShaped())),
      ("similarity, MiniLM shape", .similarity(try similarity(encoder: true))),
      ("similarity, SmolLM2 shape", .similarity(try similarity(encoder: false))),
    ]
  }

  /// The context study on the lesson's sentence pair, at a real model's depth.
  static func similarity(encoder: Bool) throws -> ContextSimilarity {
    let river = ["We", "sat", "on", "the", "bank", "of", "the", "river", "."]
    let money = ["She", "took", "the", "money", "to", "the", "bank", "."]
    let first = try encoder ? encoderShaped(river) : decoderShaped(river)
    let second = try encoder ? encoderShaped(money) : decoderShaped(money)
    let offset = encoder ? 1 : 0
    return try ContextSimilarityStudy.run(
      first: first, firstToken: 4 + offset, second: second, secondToken: 6 + offset)
  }
}
