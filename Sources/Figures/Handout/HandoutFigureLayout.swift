// TODO(#4): a figure too tall for either orientation (SmolLM2's 30-layer model view,
// 4 pt) still prints below the minimum; splitting it needs the figure layout to break
// into parts, and the view remains a readable pattern overview meanwhile.

/// Places a figure and its caption as one unbreakable unit of a handout page.
///
/// The rule: a figure is scaled to the text width (at most
/// `HandoutStyle.maximumFigureScale`, and small enough that figure and caption fit on
/// one page). When its smallest text would then print below
/// `HandoutStyle.minimumFigureTextSize`, it moves to a landscape page of its own if that
/// prints it larger.
struct HandoutFigureLayout {
  let geometry: HandoutGeometry
  let typesetter: Typesetter

  /// The gap between the figure and its caption.
  static let captionGap = 5.0

  /// The figure and its caption as one unit, portrait or on a landscape page.
  ///
  /// - Throws: `FigureError` when the figure's trace or indices are invalid.
  func unit(of figure: HandoutFigure, caption: String) throws -> FlowUnit {
    unit(of: try layout(of: figure), caption: typesetter.text(caption))
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

  private func layout(of figure: HandoutFigure) throws -> FigureLayout {
    switch figure {
    case .trace(let request, let trace):
      return try FigureRenderer().layout(for: request, of: trace, typesetter: typesetter)
    case .lesson(let lesson):
      return try FigureRenderer().layout(for: lesson, typesetter: typesetter)
    }
  }
}
