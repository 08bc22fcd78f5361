/// The head view laid out for a wide slide: each row of panels shares one column of query
/// tokens at its left and one of key tokens at its right, so the panels hold only lines
/// and many fit side by side; light bands carry each token's row across the panels.
///
/// Heads sharing a key/value head stay together in one orange frame labelled `kv k`.
/// The layout tries every number of heads (or key/value groups) per row and every panel
/// width, and keeps the widest panels that fit the slide unshrunk (slide factor ≥ 1).
struct HeadViewSlideLayout {
  let view: HeadViewLayoutBuilder
  static let panelGap = 8.0
  static let groupGap = 18.0
  static let bandColor = RGBColor(white: 0.95)

  private var frame: LessonFrame { view.frame }
  private var units: [[Int]] {
    view.isShared ? view.rows : view.heads.indices.map { [$0] }
  }
  /// The row pitch: the label's line height, so no label is thinned away.
  private var pitch: Double { (frame.size("Ag", view.labelStyle).height + 1).rounded(.up) }
  private var groupHeader: Double { view.isShared ? 20 : 0 }

  /// The finished layout.
  func build() -> FigureLayout {
    let widths = Array(stride(from: 36.0, through: 160, by: 4))
    let candidates = (1...units.count).map { perRow in
      frame.canvas.largestFitting(widths) { layout(unitsPerRow: perRow, panelWidth: $0) }
    }
    return candidates.max { a, b in
      (fits(a.layout) ? a.size : 0, frame.canvas.factor(of: a.layout))
        < (fits(b.layout) ? b.size : 0, frame.canvas.factor(of: b.layout))
    }!.layout
  }

  private func fits(_ layout: FigureLayout) -> Bool { frame.canvas.factor(of: layout) >= 1 }

  private func layout(unitsPerRow: Int, panelWidth: Double) -> FigureLayout {
    let title = frame.title(
      "Head view: who attends to whom in layer \(view.layer + 1) of \(view.trace.layerCount)")
    var items = [title.item]
    var y = title.bottom + 4
    var right = 0.0
    for start in stride(from: 0, to: units.count, by: unitsPerRow) {
      let row = Array(units[start..<min(start + unitsPerRow, units.count)])
      let placed = self.row(row, top: y + groupHeader, panelWidth: panelWidth)
      items += placed.items
      right = max(right, placed.right)
      y += groupHeader + panelHeight + HeadViewLayoutBuilder.gap
    }
    let notes = legend(y: y)
    items += notes
    return frame.finish(
      items, contentRight: right, contentBottom: y + 14 * Double(notes.count),
      caption: view.caption, altText: view.altText)
  }

  private var panelHeight: Double { 18 + pitch * Double(view.count) + 6 }
  private var labelColumn: Double {
    max(view.labelWidth, frame.size("queries", LessonFrame.note).width)
  }

  /// One row of panels between its query and key label columns; returns its right edge.
  private func row(
    _ row: [[Int]], top: Double, panelWidth: Double
  ) -> (items: [LayoutItem], right: Double) {
    let left = LessonFrame.margin
    let inset = view.isShared ? 10.0 : 6
    var x = left + labelColumn + inset
    var panels: [LayoutItem] = []
    for (index, unit) in row.enumerated() {
      if index > 0 { x += view.isShared ? Self.groupGap : 0 }
      let start = x
      for head in unit {
        panels += panel(head, x: x, y: top, width: panelWidth)
        x += panelWidth + Self.panelGap
      }
      if view.isShared { panels += groupMark(unit, x: start, right: x - Self.panelGap, y: top) }
    }
    let keysLeft = x - Self.panelGap + inset
    let right = keysLeft + labelColumn
    let items =
      bands(left: left, right: right, top: top) + panels
      + columnTitles(left: left, keysLeft: keysLeft, top: top)
      + labels(right: left + labelColumn, left: nil, top: top)
      + labels(right: nil, left: keysLeft, top: top)
    return (items, right)
  }

  private func bands(left: Double, right: Double, top: Double) -> [LayoutItem] {
    stride(from: 0, to: view.count, by: 2).map { token in
      let y = top + 18 + Double(token) * pitch
      return .fill(
        Rect(x: left, y: y, width: right - left, height: pitch), Self.bandColor, tag: nil)
    }
  }

  private func panel(_ index: Int, x: Double, y: Double, width: Double) -> [LayoutItem] {
    let top = y + 18
    var items: [LayoutItem] = [
      .stroke(Rect(x: x, y: y, width: width, height: panelHeight), Palette.rule, width: 0.4),
      frame.text(
        "head \(index + 1)", x: x + 3, y: y + 3, style: TextStyle(size: 8.5, isBold: true)),
    ]
    for pair in view.drawnPairs(view.heads[index]) {
      let look = HeadViewLayoutBuilder.lineLook(weight: pair.weight)
      items.append(
        .line(
          from: (x + 3, top + (Double(pair.query) + 0.5) * pitch),
          to: (x + width - 3, top + (Double(pair.key) + 0.5) * pitch), look.color,
          width: look.width))
    }
    return items
  }

  private func columnTitles(left: Double, keysLeft: Double, top: Double) -> [LayoutItem] {
    let right = left + labelColumn
    return [
      frame.rightAligned("queries", right: right, midY: top + 9, style: LessonFrame.note),
      frame.text("keys", x: keysLeft, y: top + 3, style: LessonFrame.note),
    ]
  }

  private func labels(right: Double?, left: Double?, top: Double) -> [LayoutItem] {
    view.labels.enumerated().map { token, label in
      let midY = top + 18 + (Double(token) + 0.5) * pitch
      if let right {
        return frame.rightAligned(label, right: right, midY: midY, style: view.labelStyle)
      }
      let height = frame.size(label, view.labelStyle).height
      return frame.text(label, x: left ?? 0, y: midY - height / 2, style: view.labelStyle)
    }
  }

  private func groupMark(_ unit: [Int], x: Double, right: Double, y: Double) -> [LayoutItem] {
    let group = view.heads[unit[0]].keyValueHead
    let box = Rect(x: x - 4, y: y - 4, width: right - x + 8, height: panelHeight + 8)
    return [
      .stroke(box, Palette.highlight, width: 1.2),
      frame.text("kv \(group + 1)", x: x - 4, y: y - 19, style: LessonFrame.heading),
    ]
  }

  private func legend(y: Double) -> [LayoutItem] {
    var lines = [
      "query tokens left, key tokens right, in the same order in every panel;"
        + " darker, wider line = larger weight"
    ]
    if view.isShared {
      lines.append("an orange frame holds the heads that share one key/value head")
    }
    return lines.enumerated().map { index, text in
      frame.text(text, x: LessonFrame.margin, y: y + Double(index) * 14, style: LessonFrame.note)
    }
  }
}
