/// Something drawn on a handout page, positioned relative to its flow unit's top.
enum HandoutItem: Sendable {
  /// A layout item drawn by `FigureDrawer`, like any figure's item.
  case drawing(LayoutItem)
  /// A whole figure layout, its top-left corner at `x`, `y`, enlarged by `scale`.
  case figure(FigureLayout, x: Double, y: Double, scale: Double)
  /// A PDF bookmark to the heading `title` (already sanitized) at height `y`; `level`
  /// is 1 for a section, 2 for a subsection. Draws nothing.
  case bookmark(String, level: Int, y: Double)

  /// The same item moved down by `dy` points.
  func shifted(by dy: Double) -> HandoutItem {
    switch self {
    case .drawing(let item): .drawing(item.shifted(by: dy))
    case .figure(let layout, let x, let y, let scale):
      .figure(layout, x: x, y: y + dy, scale: scale)
    case .bookmark(let title, let level, let y): .bookmark(title, level: level, y: y + dy)
    }
  }
}

/// An unbreakable strip of a page: a line of text, a table row, a figure with caption.
struct FlowUnit: Sendable {
  /// The strip's height in points.
  var height: Double
  /// Items relative to the strip's top; `x` is measured from the page's left edge.
  var items: [HandoutItem]
  /// Space above the strip, dropped at the top of a page.
  var spaceBefore = 0.0
  /// Whether the next unit must start on the same page as this one.
  var keepWithNext = false
  /// A strip to repeat first when this one starts a new page (a table's header).
  var header: [FlowUnit] = []
  /// Whether this unit only forces a page break.
  var isPageBreak = false
  /// Whether this unit fills a landscape page of its own, laid out in that page's
  /// coordinates (`HandoutGeometry.landscape`).
  var isLandscape = false

  /// A unit that starts a new page.
  static let pageBreak = FlowUnit(height: 0, items: [], isPageBreak: true)
}

extension Array where Element == FlowUnit {
  /// Keeps the first `count` units together and the last `count` together, so a page
  /// break inside them leaves at least `count` units on either side; a run of at most
  /// `2 * count - 1` units is kept whole.
  mutating func keepEnds(together count: Int) {
    guard count > 1, self.count > 1 else { return }
    for index in indices.prefix(count - 1) { self[index].keepWithNext = true }
    for index in indices.dropLast().suffix(count - 1) { self[index].keepWithNext = true }
  }
}

/// One laid-out page: items in page coordinates.
struct HandoutPage: Sendable {
  var items: [HandoutItem] = []
  /// Whether the page is printed in landscape orientation.
  var isLandscape = false
}

extension LayoutItem {
  /// The same item moved down by `dy` points.
  func shifted(by dy: Double) -> LayoutItem {
    func move(_ rect: Rect) -> Rect {
      Rect(x: rect.x, y: rect.y + dy, width: rect.width, height: rect.height)
    }
    switch self {
    case .fill(let rect, let color, let tag): return .fill(move(rect), color, tag: tag)
    case .hatch(let rect, let dark, let tag): return .hatch(move(rect), dark: dark, tag: tag)
    case .stroke(let rect, let color, let width): return .stroke(move(rect), color, width: width)
    case .line(let from, let to, let color, let width):
      return .line(from: (from.0, from.1 + dy), to: (to.0, to.1 + dy), color, width: width)
    case .text(var placed):
      placed.origin.y += dy
      return .text(placed)
    case .raster(let rect, let columns, let rows, let colors):
      return .raster(move(rect), columns: columns, rows: rows, colors: colors)
    }
  }
}
