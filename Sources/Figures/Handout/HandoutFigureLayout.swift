/// Places a figure and its caption as one unbreakable unit of a handout page.
///
/// The rule: a figure is scaled to the text width (at most
/// `HandoutStyle.maximumFigureScale`, and small enough that figure and caption fit on
/// one page). When its smallest text would then print below
/// `HandoutStyle.minimumFigureTextSize`, it moves to a landscape page of its own if that
/// prints it larger; there the figure is laid out again for the landscape text block's
/// shape (as for a slide: the model view runs its longer axis across), and that layout is
/// used when it prints larger than the natural one.
struct HandoutFigureLayout {
  let geometry: HandoutGeometry
  let typesetter: Typesetter

  /// The gap between the figure and its caption.
  static let captionGap = 5.0

  /// The figure and its caption as one unit, portrait or on a landscape page.
  ///
  /// - Throws: `FigureError` when the figure's trace or indices are invalid.
  func unit(of figure: HandoutFigure, caption: String) throws -> FlowUnit {
    let text = typesetter.text(caption)
    let natural = try layout(of: figure, canvas: .natural)
    guard printedTextSize(natural, caption: text, on: geometry) < HandoutStyle.minimumFigureTextSize
    else { return unit(of: natural, caption: text) }
    let page = geometry.landscape
    let room = page.bodyHeight - captionHeight(text, on: page) - Self.captionGap
    let margin = FigureCanvas.slideMargin
    let shaped = try layout(
      of: figure,
      canvas: .slide(widthInPoints: page.textWidth + 2 * margin, heightInPoints: room + 2 * margin))
    let shapedSize = printedTextSize(shaped, caption: text, on: page)
    let best = max(
      printedTextSize(natural, caption: text, on: geometry),
      printedTextSize(natural, caption: text, on: page))
    guard shapedSize > best * 1.05 else { return unit(of: natural, caption: text) }
    var result = unit(
      shaped, caption: text, scale: scale(of: shaped, caption: text, on: page), on: page)
    result.isLandscape = true
    return result
  }

  /// The size the smallest text of `layout` prints at when fitted to `page`.
  private func printedTextSize(
    _ layout: FigureLayout, caption: String, on page: HandoutGeometry
  ) -> Double {
    Self.smallestTextSize(in: layout) * scale(of: layout, caption: caption, on: page)
  }

  /// The unit of a laid-out figure; `caption` is already sanitized.
  func unit(of layout: FigureLayout, caption: String) -> FlowUnit {
    let portrait = scale(of: layout, caption: caption, on: geometry)
    let smallest = Self.smallestTextSize(in: layout)
    guard smallest * portrait < HandoutStyle.minimumFigureTextSize else {
      return unit(layout, caption: caption, scale: portrait, on: geometry)
    }
    let turned = scale(of: layout, caption: caption, on: geometry.landscape)
    guard turned > portrait * 1.05 else {
      return unit(layout, caption: caption, scale: portrait, on: geometry)
    }
    var result = unit(layout, caption: caption, scale: turned, on: geometry.landscape)
    result.isLandscape = true
    return result
  }

  /// The size in points of the smallest text the figure draws at scale 1, or infinity
  /// when it draws none.
  static func smallestTextSize(in layout: FigureLayout) -> Double {
    layout.items.reduce(Double.infinity) { smallest, item in
      guard case .text(let placed) = item, !placed.text.isEmpty else { return smallest }
      return min(smallest, placed.style.size)
    }
  }

  /// The factor that fits the figure to the width of the text block of `page` (at most
  /// `HandoutStyle.maximumFigureScale`) with room below for `caption` (sanitized).
  func scale(of layout: FigureLayout, caption: String, on page: HandoutGeometry) -> Double {
    let room = page.bodyHeight - captionHeight(caption, on: page) - Self.captionGap
    return [
      page.textWidth / max(layout.widthInPoints, 1),
      room / max(layout.heightInPoints, 1),
      HandoutStyle.maximumFigureScale,
    ].min()!
  }

  private func captionHeight(_ text: String, on page: HandoutGeometry) -> Double {
    guard !text.isEmpty else { return 0 }
    return typesetter.size(of: text, style: HandoutStyle.caption, wrapWidth: page.textWidth)
      .height
  }

  /// The figure at `scale`, centred in the text block of `page`, the caption below it.
  private func unit(
    _ layout: FigureLayout, caption text: String, scale: Double, on page: HandoutGeometry
  ) -> FlowUnit {
    let width = layout.widthInPoints * scale
    let height = layout.heightInPoints * scale
    let x = page.left + (page.textWidth - width) / 2
    var items: [HandoutItem] = [.figure(layout, x: x, y: 0, scale: scale)]
    if !text.isEmpty {
      let placed = PlacedText(
        text: text, style: HandoutStyle.caption,
        origin: (page.left, height + Self.captionGap), wrapWidth: page.textWidth)
      items.append(.drawing(.text(placed)))
    }
    let captionPart = text.isEmpty ? 0 : Self.captionGap + captionHeight(text, on: page)
    return FlowUnit(height: height + captionPart, items: items)
  }

  private func layout(of figure: HandoutFigure, canvas: FigureCanvas) throws -> FigureLayout {
    switch figure {
    case .trace(let request, let trace):
      return try FigureRenderer().layout(
        for: request, of: trace, typesetter: typesetter, canvas: canvas)
    case .lesson(let lesson):
      return try FigureRenderer().layout(for: lesson, typesetter: typesetter, canvas: canvas)
    }
  }
}
