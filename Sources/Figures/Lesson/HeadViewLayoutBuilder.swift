import AttentionEngine

/// Lays out every head of one layer as a small line diagram: query tokens on the left,
/// key tokens on the right, one line per visible pair whose weight is at least the
/// threshold, darker and wider as the weight grows (mixed towards white, so it prints).
///
/// Heads that read one shared key/value head sit in one row, framed and labelled
/// `kv k`; without sharing the heads fill rows of up to four. The only `.line` items of
/// the layout are attention lines.
struct HeadViewLayoutBuilder {
  let trace: AttentionTrace
  let layer: Int
  let threshold: Double
  let frame: LessonFrame
  static let lineColor = RGBColor(red: 0, green: 0.447, blue: 0.698)
  static let gap = 14.0

  var heads: [HeadTrace] { trace.layers[layer].heads }
  var count: Int { trace.tokens.count }
  private var pitch: Double { max(2, min(13, 420 / Double(count))) }
  var labelStyle: TextStyle { TextStyle(size: 8) }
  var labels: [String] {
    trace.tokens.map { frame.typesetter.label($0.label, maximumCharacters: 12) }
  }
  var isShared: Bool { Set(heads.map(\.keyValueHead)).count < heads.count }

  /// The heads in grid rows: one row per key/value head when heads share, else rows of 4.
  var rows: [[Int]] {
    if isShared {
      let groups = heads.map(\.keyValueHead)
      return Array(Set(groups)).sorted().map { group in
        heads.indices.filter { groups[$0] == group }
      }
    }
    return stride(from: 0, to: heads.count, by: 4).map {
      Array($0..<min($0 + 4, heads.count))
    }
  }

  /// The visible (query, key) pairs of `head` drawn as lines, weakest first.
  func drawnPairs(_ head: HeadTrace) -> [(query: Int, key: Int, weight: Double)] {
    var pairs: [(query: Int, key: Int, weight: Double)] = []
    for query in 0..<count {
      for key in 0..<count where head.isVisible(queryIndex: query, keyIndex: key) {
        let weight = Double(head.weights[query, key])
        if weight.isFinite, weight >= threshold { pairs.append((query, key, weight)) }
      }
    }
    return pairs.sorted { ($0.weight, $0.query, $0.key) < ($1.weight, $1.query, $1.key) }
  }

  /// The finished layout; on a slide, `HeadViewSlideLayout`'s wide one.
  func build() -> FigureLayout {
    if frame.canvas.isSlide { return HeadViewSlideLayout(view: self).build() }
    let title = frame.title(
      "Head view: who attends to whom in layer \(layer + 1) of \(trace.layerCount)")
    var items = [title.item]
    let panelSize = self.panelSize
    let groupLabelWidth = isShared ? frame.size("kv 00", LessonFrame.heading).width + 12 : 0
    var y = title.bottom + 4
    var right = 0.0
    for row in rows {
      let x0 = LessonFrame.margin + groupLabelWidth
      for (column, head) in row.enumerated() {
        let x = x0 + Double(column) * (panelSize.width + Self.gap)
        items += panel(head, x: x, y: y)
        right = max(right, x + panelSize.width)
      }
      if isShared { items += groupMark(row, y: y, x0: x0, size: panelSize) }
      y += panelSize.height + Self.gap + (isShared ? 6 : 0)
    }
    let notes = legend(y: y)
    items += notes
    return frame.finish(
      items, contentRight: right + (isShared ? 4 : 0),
      contentBottom: y + 14 * Double(notes.count),
      caption: caption, altText: altText)
  }

  /// The caption: model, heads, mask, tokenizer and the threshold.
  var caption: String {
    LessonCaption.caption(
      for: trace, heads: LessonCaption.layerPhrase(trace, layer: layer),
      note: "Each panel links every query (left) to the keys it sees (right); lines with"
        + " weight below \(LessonCaption.format(threshold)) are left out.")
  }

  /// The colour of a line of weight `weight`, mixed towards white so it prints.
  static func lineLook(weight: Double) -> (color: RGBColor, width: Double) {
    let fraction = min(max(weight, 0), 1)
    let color = RGBColor.white.mixed(with: lineColor, fraction: 0.15 + 0.85 * fraction)
    return (color, 0.3 + 2.2 * fraction)
  }

  var labelWidth: Double {
    labels.map { frame.size($0, labelStyle).width }.max() ?? 0
  }

  private var panelSize: (width: Double, height: Double) {
    (labelWidth * 2 + 8 + 70, 18 + pitch * Double(count) + 6)
  }

  private func panel(_ index: Int, x: Double, y: Double) -> [LayoutItem] {
    let head = heads[index]
    let size = panelSize
    var items: [LayoutItem] = [
      .stroke(Rect(x: x, y: y, width: size.width, height: size.height), Palette.rule, width: 0.4),
      frame.text(
        "head \(index + 1)", x: x + 4, y: y + 3, style: TextStyle(size: 8.5, isBold: true)),
    ]
    let top = y + 18
    let leftEdge = x + 4 + labelWidth + 4
    let rightEdge = x + size.width - 4 - labelWidth - 4
    for pair in drawnPairs(head) {
      let look = Self.lineLook(weight: pair.weight)
      items.append(
        .line(
          from: (leftEdge, top + (Double(pair.query) + 0.5) * pitch),
          to: (rightEdge, top + (Double(pair.key) + 0.5) * pitch), look.color,
          width: look.width))
    }
    items += tokenColumn(right: leftEdge - 3, left: nil, top: top)
    items += tokenColumn(right: nil, left: rightEdge + 3, top: top)
    return items
  }

  private func tokenColumn(right: Double?, left: Double?, top: Double) -> [LayoutItem] {
    let extent = frame.size("Ag", labelStyle).height
    let placements = AxisLabelPlanner.plan(
      count: count, pitch: pitch, labelExtent: extent, highlighted: [])
    return placements.map { placement in
      let midY = top + placement.center
      let label = labels[placement.index]
      if let right {
        return frame.rightAligned(label, right: right, midY: midY, style: labelStyle)
      }
      let height = frame.size(label, labelStyle).height
      return frame.text(label, x: left ?? 0, y: midY - height / 2, style: labelStyle)
    }
  }

  private func groupMark(
    _ row: [Int], y: Double, x0: Double, size: (width: Double, height: Double)
  ) -> [LayoutItem] {
    let group = heads[row[0]].keyValueHead
    let width = Double(row.count) * (size.width + Self.gap) - Self.gap
    let box = Rect(x: x0 - 4, y: y - 4, width: width + 8, height: size.height + 8)
    return [
      .stroke(box, Palette.highlight, width: 1.2),
      frame.text(
        "kv \(group + 1)", x: LessonFrame.margin, y: y + 2, style: LessonFrame.heading),
    ]
  }

  private func legend(y: Double) -> [LayoutItem] {
    var lines = ["query tokens left, key tokens right; darker, wider line = larger weight"]
    if isShared { lines.append("an orange frame holds the heads that share one key/value head") }
    return lines.enumerated().map { index, text in
      frame.text(text, x: LessonFrame.margin, y: y + Double(index) * 14, style: LessonFrame.note)
    }
  }

  var altText: String {
    let lines = heads.indices.map { index -> String in
      "head \(index + 1) (kv \(heads[index].keyValueHead + 1)):"
        + " \(drawnPairs(heads[index]).count) lines"
    }
    return "Line diagrams of \(LessonCaption.layerPhrase(trace, layer: layer)) of"
      + " \(trace.model.displayName) over \(count) tokens; each line joins a query token"
      + " to a key token it attends to with weight at least"
      + " \(LessonCaption.format(threshold)): \(lines.joined(separator: "; "))."
  }
}
