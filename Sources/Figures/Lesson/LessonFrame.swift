/// The parts every lesson figure shares: margins, title, caption and text placement.
///
/// `canvas` is the page the figure will be drawn on; builders of tall figures read it
/// (through `FigureCanvas.largestFitting(_:build:)`) to lay themselves out for a slide.
struct LessonFrame {
  let typesetter: Typesetter
  var canvas: FigureCanvas = .natural
  static let margin = 18.0

  /// The title at the top-left margin; content starts at `bottom`.
  func title(_ raw: String) -> (item: LayoutItem, bottom: Double) {
    let text = typesetter.text(raw)
    let height = typesetter.size(of: text, style: .title).height
    let item = LayoutItem.text(
      PlacedText(text: text, style: .title, origin: (Self.margin, Self.margin)))
    return (item, Self.margin + height + 10)
  }

  /// The finished layout: `items` plus the caption below `contentBottom`, at least
  /// `minimumWidth` wide and wide enough for `contentRight`.
  func finish(
    _ items: [LayoutItem], contentRight: Double, contentBottom: Double, caption: String,
    altText: String, minimumWidth: Double = 480, warnings: [String] = []
  ) -> FigureLayout {
    let textRight = items.map(rightEdge).max() ?? 0
    let width = max(max(contentRight, textRight) + Self.margin, minimumWidth).rounded(.up)
    let wrap = width - 2 * Self.margin
    let text = typesetter.text(caption)
    var style = TextStyle.caption
    style.color = Palette.secondaryText
    let height = typesetter.size(of: text, style: style, wrapWidth: wrap).height
    let y = contentBottom + 14
    let placed = PlacedText(text: text, style: style, origin: (Self.margin, y), wrapWidth: wrap)
    return FigureLayout(
      widthInPoints: width, heightInPoints: (y + height + Self.margin).rounded(.up),
      items: items + [.text(placed)], altText: altText, warnings: warnings)
  }

  /// The right edge of an unrotated, unwrapped text item (0 for anything else), so that
  /// no title or label is ever clipped by the figure's edge.
  private func rightEdge(_ item: LayoutItem) -> Double {
    guard case .text(let placed) = item, placed.quarterTurns == 0, placed.wrapWidth == nil
    else { return 0 }
    return placed.origin.x + typesetter.size(of: placed.text, style: placed.style).width
  }

  /// The size of already prepared text.
  func size(_ text: String, _ style: TextStyle = .label) -> (width: Double, height: Double) {
    typesetter.size(of: text, style: style)
  }

  /// Text with its top-left corner at `(x, y)`.
  func text(
    _ text: String, x: Double, y: Double, style: TextStyle = .label, tag: LayoutTag? = nil
  ) -> LayoutItem {
    .text(PlacedText(text: text, style: style, origin: (x, y), tag: tag))
  }

  /// Text centred on `(midX, midY)`.
  func centred(
    _ text: String, midX: Double, midY: Double, style: TextStyle = .label,
    tag: LayoutTag? = nil
  ) -> LayoutItem {
    let size = size(text, style)
    return self.text(
      text, x: midX - size.width / 2, y: midY - size.height / 2, style: style, tag: tag)
  }

  /// Text whose right edge is `right`, vertically centred on `midY`.
  func rightAligned(
    _ text: String, right: Double, midY: Double, style: TextStyle = .label,
    tag: LayoutTag? = nil
  ) -> LayoutItem {
    let size = size(text, style)
    return self.text(
      text, x: right - size.width, y: midY - size.height / 2, style: style, tag: tag)
  }

  /// A line from `from` to `to` ending in a small open arrowhead.
  func arrow(
    from: (Double, Double), to: (Double, Double), color: RGBColor = Palette.rule,
    width: Double = 0.8
  ) -> [LayoutItem] {
    let dx = to.0 - from.0
    let dy = to.1 - from.1
    let length = max((dx * dx + dy * dy).squareRoot(), 1e-9)
    let (ux, uy) = (dx / length, dy / length)
    let head = 5.0
    let left = (to.0 - head * ux + head * 0.5 * uy, to.1 - head * uy - head * 0.5 * ux)
    let right = (to.0 - head * ux - head * 0.5 * uy, to.1 - head * uy + head * 0.5 * ux)
    return [
      .line(from: from, to: to, color, width: width),
      .line(from: left, to: to, color, width: width),
      .line(from: right, to: to, color, width: width),
    ]
  }

  /// A bold secondary-coloured heading for a part of a figure.
  static let heading = TextStyle(size: 10, isBold: true, color: Palette.secondaryText)
  /// Small text for notes under parts.
  static let note = TextStyle(size: 8.5, isItalic: true, color: Palette.secondaryText)
  /// The highlighted token style.
  static let highlighted = TextStyle.highlightedLabel
}
