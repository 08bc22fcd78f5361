import AttentionEngine

/// A sheet of paper a handout is printed on, with its size in PostScript points.
public enum PaperSize: String, CaseIterable, Sendable {
  /// ISO A4, 210 × 297 mm = 595.28 × 841.89 pt.
  case a4
  /// US Letter, 8.5 × 11 in = 612 × 792 pt.
  case letter

  /// The page width in points (1/72 inch), portrait.
  public var widthInPoints: Double {
    switch self {
    case .a4: 595.28
    case .letter: 612
    }
  }

  /// The page height in points (1/72 inch), portrait.
  public var heightInPoints: Double {
    switch self {
    case .a4: 841.89
    case .letter: 792
    }
  }
}

/// A printable handout: a title, an optional subtitle and blocks flowed onto pages.
///
/// Every string is plain text drawn literally: never markup, never TeX. Control
/// characters are shown visibly (`\x1b`, `␀`) as in figure labels.
public struct HandoutDocument: Sendable {
  /// The title, drawn at the top of the first page and in every page's footer.
  public var title: String
  /// A line under the title on the first page, if any.
  public var subtitle: String?
  /// The content in reading order.
  public var blocks: [HandoutBlock]

  /// Creates a document.
  public init(title: String, subtitle: String? = nil, blocks: [HandoutBlock]) {
    self.title = title
    self.subtitle = subtitle
    self.blocks = blocks
  }
}

/// One piece of handout content; the writer decides where pages break.
public enum HandoutBlock: Sendable {
  /// A heading; level 1 is a section, 2 a subsection (other levels are clamped to
  /// 1...2). A heading is never left alone at the bottom of a page.
  case heading(String, level: Int)
  /// Running text wrapped to the text width; it may break across pages between lines.
  case paragraph(String)
  /// A bulleted list, one string per item; items may break between lines.
  case bullets([String])
  /// A "Predict, then check" exercise: the label "Predict" and the question, then
  /// the label "Check" and the answer in a shaded box below it. The exercise is kept
  /// whole on one page unless it is taller than a page; then it flows on line by line.
  case prompt(question: String, answer: String)
  /// A figure scaled to the text width (at most 1.2 times its natural size, and
  /// shrunk to fit a page), with its caption below; both are kept whole on one page.
  case figure(HandoutFigure, caption: String)
  /// A table of worked numbers: cells that read as numbers are right-aligned (and so
  /// is the header of a column of numbers), wide
  /// tables wrap their cells, rows never split, and the header repeats on every page
  /// the table continues on. Short rows are padded with empty cells.
  case table(header: [String], rows: [[String]])
  /// Starts a new page, unless the current page is still empty.
  case pageBreak
  /// The list of the document's sections (its level-1 headings, in order), each with the
  /// page it starts on right-aligned; the writer lays the document out again until the
  /// numbers it prints are the pages the sections landed on.
  case contents
}

/// A figure a handout shows, drawn as vectors by the same routine as figure files.
public enum HandoutFigure: Sendable {
  /// A heatmap or step view of a trace, as `FigureRenderer.render(_:of:options:)` draws it.
  case trace(FigureRequest, AttentionTrace)
  /// A lesson figure, as `FigureRenderer.render(_:options:)` draws it.
  case lesson(LessonFigure)
}
