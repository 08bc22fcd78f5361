/// The page of one query token: its query against every key, with the real numbers.
///
/// Vectors and numbers are already formatted. Masked keys appear as masked steps without
/// numbers, never as zero weights.
public struct TokenPage: Sendable, Equatable {
  /// Where the page goes, relative to the site root, such as `the-cat-sat/token-001.html`.
  public var path: String
  /// The page title.
  public var title: String
  /// The query token.
  public var token: TokenEntry
  /// Model, layer, head, tokenizer and mask, as labelled facts.
  public var facts: [PageFact]
  /// The warning shown when the weights are untrained, or `nil`.
  public var untrainedNote: String?
  /// The query vector `q`.
  public var query: String
  /// How scores are scaled, such as `d = 4, so each score is divided by √4 = 2.0000`.
  public var scaling: String
  /// One step per key, in position order.
  public var keys: [KeyStep]
  /// The sum of this query's weights over visible keys (1 up to rounding, 0 if all masked).
  public var weightSum: String
  /// `Σ_j weight_j · v_j` computed from the numbers shown.
  public var weightedSum: String
  /// The head output for this query as the trace holds it.
  public var output: String
  /// A note shown when the query sees no key at all, or `nil`.
  public var fullyMaskedNote: String?
  /// The figure of this query's steps.
  public var figure: FigureReference
  /// The previous token's page, if any.
  public var previous: PageLink?
  /// The next token's page, if any.
  public var next: PageLink?
  /// The index page of the text.
  public var index: PageLink

  /// Creates a token page.
  public init(
    path: String, title: String, token: TokenEntry, facts: [PageFact],
    untrainedNote: String?, query: String, scaling: String, keys: [KeyStep],
    weightSum: String, weightedSum: String, output: String, fullyMaskedNote: String?,
    figure: FigureReference, previous: PageLink?, next: PageLink?, index: PageLink
  ) {
    self.path = path
    self.title = title
    self.token = token
    self.facts = facts
    self.untrainedNote = untrainedNote
    self.query = query
    self.scaling = scaling
    self.keys = keys
    self.weightSum = weightSum
    self.weightedSum = weightedSum
    self.output = output
    self.fullyMaskedNote = fullyMaskedNote
    self.figure = figure
    self.previous = previous
    self.next = next
    self.index = index
  }
}

/// One key as seen from the page's query: its numbers, or `nil` numbers when masked.
public struct KeyStep: Sendable, Equatable {
  /// The key token.
  public var token: TokenEntry
  /// The numbers of this step, or `nil` when the mask hides this key from the query.
  public var numbers: Numbers?

  /// The formatted numbers of one visible key.
  public struct Numbers: Sendable, Equatable {
    /// The key vector `k`.
    public var key: String
    /// The raw score `q · k`.
    public var rawScore: String
    /// The scaled score `q · k / √d`.
    public var scaledScore: String
    /// The softmax weight.
    public var weight: String
    /// The value vector `v`.
    public var value: String
    /// The weighted value `weight · v`.
    public var weightedValue: String

    /// Creates the numbers of a step.
    public init(
      key: String, rawScore: String, scaledScore: String, weight: String, value: String,
      weightedValue: String
    ) {
      self.key = key
      self.rawScore = rawScore
      self.scaledScore = scaledScore
      self.weight = weight
      self.value = value
      self.weightedValue = weightedValue
    }
  }

  /// Creates a step.
  public init(token: TokenEntry, numbers: Numbers?) {
    self.token = token
    self.numbers = numbers
  }
}
