import CCairo

/// Writes a `HandoutDocument` as a printable, multi-page PDF through Cairo's PDF surface.
///
/// Two passes: blocks are flowed onto pages first, then every page is drawn with its
/// footer ("Title — page N of M"). Figures are drawn as vectors by the same routine as
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
      pages: pages.map { $0.items }, footerTitle: footer, metadataTitle: document.title)
  }

  /// The first pass: the pages of `document` in page coordinates, without footers.
  func layout(
    _ document: HandoutDocument, paper: PaperSize, typesetter: Typesetter
  ) throws -> [HandoutPage] {
    let geometry = HandoutGeometry(paper: paper)
    let blocks = HandoutBlockLayout(geometry: geometry, typesetter: typesetter)
    var paginator = HandoutPaginator(geometry: geometry)
    var units = blocks.titleUnits(document)
    for block in document.blocks {
      units += try blocks.units(of: block)
    }
    paginator.place(units)
    return paginator.pages
  }
}
