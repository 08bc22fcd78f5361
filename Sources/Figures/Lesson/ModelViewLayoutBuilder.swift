import AttentionEngine

/// Lays out every layer × head as a thumbnail heatmap of its weights: rows are layers,
/// columns heads; inside each thumbnail rows are queries and columns keys.
///
/// Each thumbnail is one `.raster` item (so 30 × 9 thumbnails stay small in SVG and PDF);
/// masked cells are grey, never a colour of the map. When heads share key/value heads the
/// column headers say `kv k` and a wider gap separates the groups.
struct ModelViewLayoutBuilder {
  let trace: AttentionTrace
  let frame: LessonFrame

  private var layers: Int { trace.layerCount }
  private var heads: Int { trace.headCount }
  private var thumb: Double {
    min(72, max(24, 900 / Double(max(layers, heads))))
  }
  private var groups: [Int] { trace.layers[0].heads.map(\.keyValueHead) }
  private var isShared: Bool { Set(groups).count < groups.count }

  /// The left edge of head column `head`, counting the gaps between key/value groups.
  private func columnX(_ head: Int, left: Double) -> Double {
    let breaks =
      isShared
      ? (1...max(1, head)).filter {
        $0 < heads && $0 <= head && groups[$0] != groups[$0 - 1]
      }.count : 0
    return left + Double(head) * (thumb + 4) + Double(breaks) * 10
  }

  /// The finished layout.
  func build() -> FigureLayout {
    let title = frame.title(
      "Model view: attention weights of every layer and head")
    var items = [title.item]
    let rowTitleWidth = frame.size("layer \(layers)", .label).width + 8
    let left = LessonFrame.margin + rowTitleWidth
    let headerHeight = isShared ? 34.0 : 16.0
    let top = title.bottom + headerHeight
    items += headers(left: left, top: top)
    for layer in 0..<layers {
      let y = top + Double(layer) * (thumb + 4)
      items.append(
        frame.rightAligned("layer \(layer + 1)", right: left - 6, midY: y + thumb / 2))
      for head in 0..<heads {
        items += thumbnail(layer: layer, head: head, x: columnX(head, left: left), y: y)
      }
    }
    let gridRight = columnX(heads - 1, left: left) + thumb
    let bottom = top + Double(layers) * (thumb + 4)
    let side = sidePanel(x: gridRight + 20, y: top)
    items += side.items
    return frame.finish(
      items, contentRight: side.right, contentBottom: max(bottom, side.bottom),
      caption: LessonCaption.caption(
        for: trace,
        heads: "every head of all \(layers) layers, each drawn on its own, none combined",
        note: "In each thumbnail rows are queries and columns keys, in token order;"
          + " grey cells are masked."),
      altText: altText)
  }

  private func headers(left: Double, top: Double) -> [LayoutItem] {
    var items: [LayoutItem] = []
    let style = TextStyle(size: thumb < 34 ? 7 : 8.5)
    for head in 0..<heads {
      let midX = columnX(head, left: left) + thumb / 2
      items.append(frame.centred("h\(head + 1)", midX: midX, midY: top - 8, style: style))
    }
    if isShared { items += groupMarks(left: left, y: top - 18, style: style) }
    return items
  }

  /// One bracket and `kv k` label over each run of neighbouring heads that share a
  /// key/value head.
  private func groupMarks(left: Double, y: Double, style: TextStyle) -> [LayoutItem] {
    var items: [LayoutItem] = []
    var start = 0
    for head in 1...heads where head == heads || groups[head] != groups[start] {
      let from = columnX(start, left: left) + 2
      let to = columnX(head - 1, left: left) + thumb - 2
      items.append(.line(from: (from, y), to: (to, y), Palette.highlight, width: 1))
      items.append(
        frame.centred(
          "kv \(groups[start] + 1)", midX: (from + to) / 2, midY: y - 7,
          style: TextStyle(size: style.size, color: Palette.highlight)))
      start = head
    }
    return items
  }

  private func thumbnail(layer: Int, head: Int, x: Double, y: Double) -> [LayoutItem] {
    let trace = trace.head(layer: layer, head: head)
    let n = trace.tokenCount
    let scale = ValueScale.weights(.defaultSequential)
    let colors = (0..<n * n).map { index -> RGBColor in
      guard trace.visibility[index] else { return Palette.maskedFill }
      let value = Double(trace.weights.values[index])
      return value.isFinite ? scale.color(of: value) : .black
    }
    let rect = Rect(x: x, y: y, width: thumb, height: thumb)
    return [
      .raster(rect, columns: n, rows: n, colors: colors),
      .stroke(rect, Palette.rule, width: 0.4),
    ]
  }

  private func sidePanel(x: Double, y: Double) -> (
    items: [LayoutItem], right: Double, bottom: Double
  ) {
    let builder = ColorBarBuilder(typesetter: frame.typesetter)
    let bar = builder.bar(
      .weights(.defaultSequential), title: "weight (0 to 1)", x: x, y: y, height: 110)
    var entries: [(ColorBarBuilder.Swatch, String)] = []
    if trace.layers.contains(where: { $0.heads.contains { $0.visibility.contains(false) } }) {
      entries.append((.outline(Palette.maskedFill), "masked (grey)"))
    }
    let legend = builder.legend(entries, x: x, y: y + bar.height + 14)
    return (
      bar.items + legend.items, x + max(bar.width, legend.width),
      y + bar.height + 14 + legend.height
    )
  }

  private var altText: String {
    let shared = isShared ? ", \(Set(groups).count) key/value heads shared by groups" : ""
    return "Grid of \(layers * heads) thumbnail heatmaps of attention weights of"
      + " \(trace.model.displayName): \(layers) rows of layers by \(heads) columns of"
      + " heads\(shared), over \(trace.tokens.count) tokens"
      + " (\(LessonCaption.quoted(trace, 0)) to"
      + " \(LessonCaption.quoted(trace, trace.tokens.count - 1)))."
  }
}
