/// The page of one text: its caption, tokens, and the weights of one head as figure and table.
public struct IndexPage: Sendable, Equatable {
  /// Where the page goes, relative to the site root, such as `the-cat-sat/index.html`.
  public var path: String
  /// The page title.
  public var title: String
  /// The text the page is about.
  public var sourceText: String
  /// Model, layer, head, tokenizer and mask, as labelled facts.
  public var facts: [PageFact]
  /// The warning shown when the weights are untrained, or `nil`.
  public var untrainedNote: String?
  /// The heatmap of the weights.
  public var heatmap: FigureReference
  /// The same weights as a table, beside the figure.
  public var weights: WeightTable
  /// The tokens in order, each linking to its page.
  public var tokens: [TokenEntry]
  /// A machine-readable copy of the page's data, placed in a JSON script element.
  public var data: JSONValue
  /// The link up to the site's front page, relative to this page, or `nil` for none.
  public var home: PageLink?
  /// Why the weight table is left out (a long text), or `nil` when the page shows it.
  public var weightsNote: String?
  /// The source text as runs, with the characters no token covers marked.
  public var sourceRuns: [SourceRun]
  /// What the page says about characters no token covers, or `nil` when there are none.
  public var removedNote: String?
  /// How precisely the page's numbers are written, and where full-precision data is.
  public var precisionNote: String
  /// The full-precision data files, relative to the page.
  public var dataLinks: [PageLink]

  /// Creates an index page.
  public init(
    path: String, title: String, sourceText: String, facts: [PageFact],
    untrainedNote: String?, heatmap: FigureReference, weights: WeightTable,
    tokens: [TokenEntry], data: JSONValue, home: PageLink? = nil, weightsNote: String? = nil,
    sourceRuns: [SourceRun]? = nil, removedNote: String? = nil, precisionNote: String = "",
    dataLinks: [PageLink] = []
  ) {
    self.precisionNote = precisionNote
    self.dataLinks = dataLinks
    self.sourceRuns = sourceRuns ?? [SourceRun(text: sourceText, isRemoved: false)]
    self.removedNote = removedNote
    self.home = home
    self.weightsNote = weightsNote
    self.path = path
    self.title = title
    self.sourceText = sourceText
    self.facts = facts
    self.untrainedNote = untrainedNote
    self.heatmap = heatmap
    self.weights = weights
    self.tokens = tokens
    self.data = data
  }
}

/// A run of a page's source text: shown as typed, or characters that no token covers.
public struct SourceRun: Sendable, Equatable {
  /// The run's text; for removed characters, their code points (`⟨U+FEFF⟩`).
  public var text: String
  /// Whether the tokenizer removed the run's characters, so no token position holds them.
  public var isRemoved: Bool

  /// Creates a run.
  public init(text: String, isRemoved: Bool) {
    self.text = text
    self.isRemoved = isRemoved
  }
}
