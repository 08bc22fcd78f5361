import SiteGeneration

/// The lesson's words: its title, introduction and nine teaching points, in order.
///
/// Written for attnviz; the points follow the course's script in order and substance, in
/// the project's own sentences.
public enum LessonScript {
  /// The lesson's title.
  public static let title = "Attention, from bottleneck to retrieval"

  /// The opening paragraphs of the lesson index.
  public static let introduction = [
    "Attention lets each position of a sequence fetch what it needs from earlier positions"
      + " instead of relying on one compressed summary. This lesson follows a sentence from"
      + " raw text to vectors, through queries, keys and values, to scores, weights and the"
      + " mixed output, and then looks at real models.",
    "Every figure is drawn from numbers the engine computed, and every figure has a table of"
      + " those numbers beside it. Figures marked as using the teaching model show the"
      + " computation with untrained, random weights; the real-model points use"
      + " all-MiniLM-L6-v2 and SmolLM2-135M-Instruct.",
  ]

  /// The sentence most figures follow; its pronoun refers back to the animal.
  public static let pronounSentence =
    "The animal didn't cross the street because it was too tired."
  /// The pronoun of `pronounSentence` and the noun it refers to.
  public static let pronoun = (word: "it", referent: "animal")
  /// Two sentences that use one word in different senses, and that word.
  public static let contextPair = (
    first: "We sat on the bank of the river.", second: "She took the money to the bank.",
    word: "bank"
  )

  /// The nine teaching points, in the lesson's order.
  public static let points: [LessonPoint] = [
    bottleneck, vectors, views, scores, normalisation, retrieval, pronounPoint, context, heads,
  ]
}
