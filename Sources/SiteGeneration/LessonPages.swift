/// The front page of the lesson: every teaching point in the lesson's order.
public struct LessonIndexPage: Sendable, Equatable {
  /// One teaching point as the index lists it.
  public struct Entry: Sendable, Equatable {
    /// The point's number, counted from 1 in the lesson's order.
    public var number: Int
    /// The point's title.
    public var title: String
    /// One sentence on what the point teaches.
    public var summary: String
    /// The point's page, relative to the index page.
    public var href: String

    /// Creates an entry.
    public init(number: Int, title: String, summary: String, href: String) {
      self.number = number
      self.title = title
      self.summary = summary
      self.href = href
    }
  }

  /// Where the page goes, relative to the site root, such as `index.html`.
  public var path: String
  /// The lesson's title.
  public var title: String
  /// The opening paragraphs, plain text.
  public var introduction: [String]
  /// The teaching points, in the lesson's order.
  public var points: [Entry]
  /// The per-token trace pages of the example sentences.
  public var traces: [PageLink]
  /// The index of the slide figures.
  public var figures: PageLink

  /// Creates the page.
  public init(
    path: String, title: String, introduction: [String], points: [Entry], traces: [PageLink],
    figures: PageLink
  ) {
    self.path = path
    self.title = title
    self.introduction = introduction
    self.points = points
    self.traces = traces
    self.figures = figures
  }
}

/// The page of one teaching point: explanation, figures with tables, and prompts.
public struct LessonPointPage: Sendable, Equatable {
  /// Where the page goes, relative to the site root, such as `04-scores.html`.
  public var path: String
  /// The point's number, counted from 1.
  public var number: Int
  /// The point's title.
  public var title: String
  /// The explanation, one plain-text paragraph per element.
  public var paragraphs: [String]
  /// The warning shown when a figure of the page uses untrained weights, or `nil`.
  public var untrainedNote: String?
  /// The figures, each with its data table.
  public var figures: [LessonFigureBlock]
  /// The "predict, then reveal" prompts.
  public var prompts: [LessonPrompt]
  /// Further pages to open, such as per-token traces, relative to this page.
  public var related: [PageLink]
  /// The previous point, or `nil` on the first.
  public var previous: PageLink?
  /// The next point, or `nil` on the last.
  public var next: PageLink?
  /// The lesson index.
  public var index: PageLink

  /// Creates the page.
  public init(
    path: String, number: Int, title: String, paragraphs: [String], untrainedNote: String?,
    figures: [LessonFigureBlock], prompts: [LessonPrompt], related: [PageLink],
    previous: PageLink?, next: PageLink?, index: PageLink
  ) {
    self.path = path
    self.number = number
    self.title = title
    self.paragraphs = paragraphs
    self.untrainedNote = untrainedNote
    self.figures = figures
    self.prompts = prompts
    self.related = related
    self.previous = previous
    self.next = next
    self.index = index
  }
}

/// A question the reader answers before opening the answer, shown as details/summary.
public struct LessonPrompt: Sendable, Equatable {
  /// The question, plain text.
  public var question: String
  /// The answer revealed on request, plain text.
  public var answer: String

  /// Creates a prompt.
  public init(question: String, answer: String) {
    self.question = question
    self.answer = answer
  }
}

/// One figure of a lesson page with the table of the numbers it draws and its downloads.
public struct LessonFigureBlock: Sendable, Equatable {
  /// The figure shown on the page.
  public var figure: FigureReference
  /// The same data as a table.
  public var table: DataTable
  /// The figure's files for slides (PNG, SVG, PDF), relative to the page.
  public var downloads: [PageLink]

  /// Creates a block.
  public init(figure: FigureReference, table: DataTable, downloads: [PageLink]) {
    self.figure = figure
    self.table = table
    self.downloads = downloads
  }
}

/// A small table of already formatted values; the first cell of each row heads the row.
public struct DataTable: Sendable, Equatable {
  /// What the table lists, shown as its caption.
  public var caption: String
  /// The column headings.
  public var header: [String]
  /// The rows, each with one cell per heading.
  public var rows: [[String]]

  /// Creates a table; every row has one cell per heading.
  public init(caption: String, header: [String], rows: [[String]]) {
    precondition(rows.allSatisfy { $0.count == header.count }, "one cell per heading")
    self.caption = caption
    self.header = header
    self.rows = rows
  }
}

/// The index of the slide figures: every figure with its caption and files.
public struct FigureIndexPage: Sendable, Equatable {
  /// One figure and its files.
  public struct Entry: Sendable, Equatable {
    /// The figure's stable name, such as `04-scaling`.
    public var name: String
    /// The figure's caption.
    public var caption: String
    /// The figure shown as a preview, with its alt text.
    public var preview: FigureReference
    /// The files (PNG, SVG, PDF), relative to the page.
    public var files: [PageLink]

    /// Creates an entry.
    public init(name: String, caption: String, preview: FigureReference, files: [PageLink]) {
      self.name = name
      self.caption = caption
      self.preview = preview
      self.files = files
    }
  }

  /// Where the page goes, relative to the site root, such as `figures/index.html`.
  public var path: String
  /// The page title.
  public var title: String
  /// The figures, in the lesson's order.
  public var entries: [Entry]
  /// The lesson index, relative to this page.
  public var index: PageLink

  /// Creates the page.
  public init(path: String, title: String, entries: [Entry], index: PageLink) {
    self.path = path
    self.title = title
    self.entries = entries
    self.index = index
  }
}
