import CCairo

/// The second pass: draws laid-out pages with their footers on one Cairo PDF surface.
struct HandoutPDFSurface {
  let paper: PaperSize
  let typesetter: Typesetter

  /// The PDF bytes of `pages`, each at its own orientation; `footerTitle` is already
  /// sanitized, `metadataTitle` raw.
  func write(
    pages: [HandoutPage], footerTitle: String, metadataTitle: String
  ) throws -> [UInt8] {
    let sink = CairoByteSink()
    let surface = cairo_pdf_surface_create_for_stream(
      CairoByteSink.write, Unmanaged.passUnretained(sink).toOpaque(),
      paper.widthInPoints, paper.heightInPoints)!
    CairoOutput.pinPDFMetadata(of: surface, title: metadataTitle)
    let cairo = cairo_create(surface)!
    var outline = HandoutOutline()
    for (index, page) in pages.enumerated() {
      let geometry = HandoutGeometry(paper: paper, isLandscape: page.isLandscape)
      cairo_pdf_surface_set_size(surface, geometry.pageWidth, geometry.pageHeight)
      outline.add(page.items, page: index + 1, to: surface)
      let footer = footerItem(
        title: footerTitle, page: index + 1, of: pages.count, geometry: geometry)
      draw(page.items + [.drawing(footer)], on: cairo, geometry: geometry)
      cairo_show_page(cairo)
    }
    let drawStatus = cairo_status(cairo)
    cairo_destroy(cairo)
    cairo_surface_finish(surface)
    let status = cairo_surface_status(surface)
    cairo_surface_destroy(surface)
    try CairoOutput.check(drawStatus)
    try CairoOutput.check(status)
    return sink.bytes
  }

  /// Paints one page: its text and boxes through `FigureDrawer`, then each figure
  /// through `FigureDrawer` again, moved and scaled into place.
  private func draw(
    _ items: [HandoutItem], on cairo: OpaquePointer, geometry: HandoutGeometry
  ) {
    let drawer = FigureDrawer(typesetter: typesetter)
    let drawings = items.compactMap { item -> LayoutItem? in
      if case .drawing(let drawing) = item { return drawing }
      return nil
    }
    let page = FigureLayout(
      widthInPoints: geometry.pageWidth, heightInPoints: geometry.pageHeight,
      items: drawings, altText: "")
    drawer.draw(page, on: cairo)
    for case .figure(let layout, let x, let y, let scale) in items {
      cairo_save(cairo)
      cairo_translate(cairo, x, y)
      cairo_scale(cairo, scale, scale)
      drawer.draw(layout, on: cairo)
      cairo_restore(cairo)
    }
  }

  /// "Title — page N of M", centred below the text block.
  private func footerItem(
    title: String, page: Int, of count: Int, geometry: HandoutGeometry
  ) -> LayoutItem {
    let short = title.count > 90 ? String(title.prefix(89)) + "…" : title
    let text = (short.isEmpty ? "" : short + " — ") + "page \(page) of \(count)"
    let width = typesetter.size(of: text, style: HandoutStyle.footer).width
    let x = (geometry.pageWidth - width) / 2
    return .text(
      PlacedText(text: text, style: HandoutStyle.footer, origin: (x, geometry.footerTop)))
  }
}

/// Adds the headings' bookmarks to the PDF outline, subsections under their section.
struct HandoutOutline {
  private var sectionID = Int32(CAIRO_PDF_OUTLINE_ROOT)

  /// Adds a bookmark for every `.bookmark` item of page `page` (1-based).
  mutating func add(_ items: [HandoutItem], page: Int, to surface: OpaquePointer) {
    for case .bookmark(let title, let level, let y) in items {
      let link = "page=\(page) pos=[\(HandoutStyle.margin) \(Int(y))]"
      let parent = level <= 1 ? Int32(CAIRO_PDF_OUTLINE_ROOT) : sectionID
      let id = cairo_pdf_surface_add_outline(
        surface, parent, title, link, CAIRO_PDF_OUTLINE_FLAG_OPEN)
      if level <= 1 { sectionID = id }
    }
  }
}
