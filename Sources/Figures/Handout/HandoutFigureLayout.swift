/// Places a figure and its caption as one unbreakable unit of a handout page.
struct HandoutFigureLayout {
  let geometry: HandoutGeometry
  let typesetter: Typesetter

  /// The gap between the figure and its caption.
  static let captionGap = 5.0

  /// The figure scaled to the text width (at most `HandoutStyle.maximumFigureScale`,
  /// and small enough that figure and caption fit on one page), centred, with the
  /// caption wrapped below it.
  ///
  /// - Throws: `FigureError` when the figure's trace or indices are invalid.
  func unit(of figure: HandoutFigure, caption: String) throws -> FlowUnit {
    let layout = try self.layout(of: figure)
    let text = typesetter.text(caption)
    let captionHeight =
      text.isEmpty
      ? 0
      : typesetter.size(of: text, style: HandoutStyle.caption, wrapWidth: geometry.textWidth)
        .height
    let room = geometry.bodyHeight - captionHeight - Self.captionGap
    let scale = [
      geometry.textWidth / max(layout.widthInPoints, 1),
      room / max(layout.heightInPoints, 1),
      HandoutStyle.maximumFigureScale,
    ].min()!
    let width = layout.widthInPoints * scale
    let height = layout.heightInPoints * scale
    let x = geometry.left + (geometry.textWidth - width) / 2
    var items: [HandoutItem] = [.figure(layout, x: x, y: 0, scale: scale)]
    if !text.isEmpty {
      let placed = PlacedText(
        text: text, style: HandoutStyle.caption,
        origin: (geometry.left, height + Self.captionGap), wrapWidth: geometry.textWidth)
      items.append(.drawing(.text(placed)))
    }
    let total = height + (text.isEmpty ? 0 : Self.captionGap + captionHeight)
    return FlowUnit(height: total, items: items)
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
