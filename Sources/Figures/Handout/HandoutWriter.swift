import CCairo

/// Writes a `HandoutDocument` as a printable, multi-page PDF through Cairo's PDF surface.
///
/// Blocks are flowed onto pages first (again, when a `.contents` block must show the
/// pages its sections landed on), then every page is drawn with its footer
/// ("Title — page N of M"). Figures are drawn as vectors by the same routine as
/// figure files. Output is byte-identical for identical input: the PDF dates are pinned
/// to 2000-01-01 and the title and creator metadata are set from the document.
public struct HandoutWriter: Sendable {
  /// Creates a writer.
  public init() {}

  /// The complete PDF file of `document` on `paper`, one PDF page per laid-out page.
  ///
  /// - Throws: `FigureError` when a figure's trace or indices are invalid, or
  ///   `FigureError.drawingFailed` when Cairo reports an error.
  public func pdf(of document: HandoutDocument, paper: PaperSize) throws -> [UInt8] {
    let typesetter = Typesetter()
    let pages = try layout(document, paper: paper, typesetter: typesetter)
    let footer = typesetter.text(document.title)
    return try HandoutPDFSurface(paper: paper, typesetter: typesetter).write(
      pages: pages, footerTitle: footer, metadataTitle: document.title)
  }

  /// The pages of `document` in page coordinates, without footers; laid out until the
  /// page numbers of a `.contents` block match the pages (at most three passes).
  func layout(
    _ document: HandoutDocument, paper: PaperSize, typesetter: Typesetter
  ) throws -> [HandoutPage] {
    let titles = sectionTitles(document, typesetter: typesetter)
    var numbers: [Int?] = titles.map { _ in nil }
    var pages = try flow(document, paper: paper, typesetter: typesetter, numbers: numbers)
    let hasContents = document.blocks.contains {
      if case .contents = $0 { return true }
      return false
    }
    for _ in 0..<2 where hasContents {
      let found = Self.sectionPages(pages).map(Optional.some)
      if found == numbers { break }
      numbers = found
      pages = try flow(document, paper: paper, typesetter: typesetter, numbers: numbers)
    }
    return pages
  }

  /// The 1-based page of every level-1 heading, in order, read from its bookmark.
  static func sectionPages(_ pages: [HandoutPage]) -> [Int] {
    pages.indices.flatMap { index in
      pages[index].items.compactMap { item -> Int? in
        guard case .bookmark(_, let level, _) = item, level <= 1 else { return nil }
        return index + 1
      }
    }
  }

  /// The sanitized titles of the level-1 headings that draw something, in order.
  private func sectionTitles(_ document: HandoutDocument, typesetter: Typesetter) -> [String] {
    document.blocks.compactMap { block in
      guard case .heading(let text, let level) = block, level <= 1 else { return nil }
      let title = typesetter.text(text)
      return title.isEmpty ? nil : title
    }
  }

  /// One layout pass, the contents showing `numbers` (one per section title).
  private func flow(
    _ document: HandoutDocument, paper: PaperSize, typesetter: Typesetter, numbers: [Int?]
  ) throws -> [HandoutPage] {
    let geometry = HandoutGeometry(paper: paper)
    var blocks = HandoutBlockLayout(geometry: geometry, typesetter: typesetter)
    let titles = sectionTitles(document, typesetter: typesetter)
    blocks.sections = zip(titles, numbers).map { ($0, $1) }
    var paginator = HandoutPaginator(geometry: geometry)
    var units = blocks.titleUnits(document)
    for block in document.blocks {
      units += try blocks.units(of: block)
    }
    paginator.place(units)
    return paginator.pages
  }
}
