import SiteGeneration

/// One teaching point of the lesson as words: what a page and the handout say around its
/// figures.
///
/// The figures belong to `LessonFigurePlan`, which pairs them with the traces of a build.
public struct LessonPoint: Sendable, Equatable {
  /// Which point this is; the order of the cases is the lesson's order.
  public enum Topic: String, CaseIterable, Sendable {
    case bottleneck, vectors, views, scores, normalisation, retrieval, pronoun, context,
      heads
  }

  /// The point's topic.
  public var topic: Topic
  /// The point's title.
  public var title: String
  /// One sentence for the lesson index.
  public var summary: String
  /// The explanation, one paragraph per element, plain text.
  public var paragraphs: [String]
  /// The "predict, then reveal" prompts.
  public var prompts: [LessonPrompt]

  /// The point's number, counted from 1 in the lesson's order.
  public var number: Int { Topic.allCases.firstIndex(of: topic)! + 1 }

  /// The stable name of the point's page and figures, such as `04-scores`.
  public var slug: String {
    (number < 10 ? "0" : "") + "\(number)-\(topic.rawValue)"
  }

  /// Creates a point.
  public init(
    topic: Topic, title: String, summary: String, paragraphs: [String],
    prompts: [LessonPrompt]
  ) {
    self.topic = topic
    self.title = title
    self.summary = summary
    self.paragraphs = paragraphs
    self.prompts = prompts
  }
}
