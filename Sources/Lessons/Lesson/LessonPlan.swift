import AttentionEngine
import Figures
import SiteGeneration

/// The whole lesson for one set of traces: each teaching point with its figures, the pronoun
/// heads found by ranking, and the sentences that get per-token trace pages.
///
/// Building a plan computes numbers only (rankings, the scaling and similarity studies);
/// nothing is drawn until a figure's `render(with:options:)` is called.
public struct LessonPlan: Sendable {
  /// One teaching point and its figures, in the lesson's order.
  public struct Section: Sendable {
    /// The words of the point.
    public var point: LessonPoint
    /// Its figures, at least one.
    public var figures: [LessonFigureItem]
  }

  /// The nine sections, in the lesson's order.
  public var sections: [Section]
  /// The decoder's heads ranked by the weight from the pronoun to its noun.
  public var decoderRanking: HeadRanking
  /// The encoder's heads ranked by the same weight.
  public var encoderRanking: HeadRanking
  /// The sentences that get per-token trace pages, with the head each traces.
  public var traceSets: [LessonTraceSet]

  let traces: LessonTraces
  let tables = LessonTables()

  /// Plans the lesson for `traces`.
  ///
  /// The words of `LessonScript` must occur in the traced texts (they do in the lesson's
  /// own sentences); a missing word is a programming error and stops the process.
  public init(traces: LessonTraces) {
    self.traces = traces
    decoderRanking = Self.pronounRanking(traces.decoder)
    encoderRanking = Self.pronounRanking(traces.encoder)
    traceSets = []
    sections = []
    traceSets = makeTraceSets()
    sections = LessonScript.points.map { Section(point: $0, figures: figures(for: $0.topic)) }
  }

  /// Ranks every head of `trace` by the weight from the pronoun to its noun.
  public static func pronounRanking(_ trace: AttentionTrace) -> HeadRanking {
    HeadRanking(
      trace: trace, query: position(of: LessonScript.pronoun.word, in: trace),
      key: position(of: LessonScript.pronoun.referent, in: trace))
  }

  /// The token that stands for `word` in the trace's text.
  static func position(of word: String, in trace: AttentionTrace) -> Int {
    guard
      let index = WordLocator.tokenIndex(ofWord: word, in: trace.text, tokens: trace.tokens)
    else { preconditionFailure("the lesson's word '\(word)' occurs in '\(trace.text)'") }
    return index
  }

  private func makeTraceSets() -> [LessonTraceSet] {
    let decoderTop = decoderRanking.entries[0]
    let encoderTop = encoderRanking.entries[0]
    return [
      LessonTraceSet(
        folder: "trace-teaching", title: "The pronoun sentence, teaching model (untrained)",
        trace: traces.teaching, layer: 0, head: 0),
      LessonTraceSet(
        folder: "trace-smollm2",
        title: "The pronoun sentence, SmolLM2, layer \(decoderTop.layer + 1) head"
          + " \(decoderTop.head + 1)",
        trace: traces.decoder, layer: decoderTop.layer, head: decoderTop.head),
      LessonTraceSet(
        folder: "trace-minilm",
        title: "The pronoun sentence, MiniLM, layer \(encoderTop.layer + 1) head"
          + " \(encoderTop.head + 1)",
        trace: traces.encoder, layer: encoderTop.layer, head: encoderTop.head),
    ]
  }

  /// Every figure of the lesson, in order.
  public var allFigures: [LessonFigureItem] { sections.flatMap(\.figures) }
}

/// One example sentence that gets per-token trace pages, and the head they follow.
public struct LessonTraceSet: Sendable {
  /// The folder below the site root, such as `trace-smollm2`.
  public var folder: String
  /// The title of its index page.
  public var title: String
  /// The trace.
  public var trace: AttentionTrace
  /// The layer the pages follow, 0-based.
  public var layer: Int
  /// The head the pages follow, 0-based.
  public var head: Int
}
