import AttentionEngine

/// Lays out every layer × head as a thumbnail heatmap of its weights; inside each
/// thumbnail rows are queries and columns keys.
///
/// On its natural canvas the grid's rows are layers and its columns heads. On a slide the
/// longer of the two axes runs across (layers as columns when there are more layers than
/// heads), and the thumbnails take the largest size that fits the slide unshrunk. Each
/// thumbnail is one `.raster` item (so 30 × 9 thumbnails stay small in SVG and PDF);
/// masked cells are grey, never a colour of the map. Heads that share a key/value head
/// are bracketed and labelled `kv k`, with a wider gap between the groups.
struct ModelViewLayoutBuilder {
  let trace: AttentionTrace
  let frame: LessonFrame

  private var layers: Int { trace.layerCount }
  private var heads: Int { trace.headCount }
  private var groups: [Int] { trace.layers[0].heads.map(\.keyValueHead) }

  /// The finished layout.
  func build() -> FigureLayout {
    guard frame.canvas.isSlide else {
      let thumb = min(72, max(24, 900 / Double(max(layers, heads))))
      return layout(grid(thumb: thumb, layersAsColumns: false))
    }
    let across = layers > heads
    return frame.canvas.largestFitting(Array(stride(from: 12.0, through: 72, by: 1))) {
      layout(grid(thumb: $0, layersAsColumns: across))
    }.layout
  }

  private func grid(thumb: Double, layersAsColumns: Bool) -> ModelViewGrid {
    ModelViewGrid(
      layersAsColumns: layersAsColumns, thumb: thumb, groups: groups, layers: layers)
  }

  private func layout(_ grid: ModelViewGrid) -> FigureLayout {
    let title = frame.title("Model view: attention weights of every layer and head")
    let header = ModelViewHeaders(grid: grid, frame: frame, isSlide: frame.canvas.isSlide)
    let left = LessonFrame.margin + header.rowHeaderWidth
    let top = title.bottom + header.columnHeaderHeight
    var items = [title.item] + header.items(left: left, top: top)
    for layer in 0..<layers {
      for head in 0..<heads {
        let origin = grid.origin(layer: layer, head: head)
        items += thumbnail(
          layer: layer, head: head, x: left + origin.x, y: top + origin.y, side: grid.thumb)
      }
    }
    let size = grid.size
    let side = sidePanel(x: left + size.width + 20, y: top)
    items += side.items
    return frame.finish(
      items, contentRight: side.right, contentBottom: max(top + size.height, side.bottom),
      caption: LessonCaption.caption(
        for: trace,
        heads: "every head of all \(layers) layers, each drawn on its own, none combined",
        note: arrangement(grid) + " In each thumbnail rows are queries and columns keys,"
          + " in token order; grey cells are masked."),
      altText: altText(grid))
  }

  private func arrangement(_ grid: ModelViewGrid) -> String {
    grid.layersAsColumns
      ? "The grid has one column per layer and one row per head."
      : "The grid has one row per layer and one column per head."
  }

  private func thumbnail(
    layer: Int, head: Int, x: Double, y: Double, side: Double
  ) -> [LayoutItem] {
    let trace = trace.head(layer: layer, head: head)
    let n = trace.tokenCount
    let scale = ValueScale.weights(.defaultSequential)
    let colors = (0..<n * n).map { index -> RGBColor in
      guard trace.visibility[index] else { return Palette.maskedFill }
      let value = Double(trace.weights.values[index])
      return value.isFinite ? scale.color(of: value) : .black
    }
    let rect = Rect(x: x, y: y, width: side, height: side)
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

  private func altText(_ grid: ModelViewGrid) -> String {
    let shared = grid.isShared ? ", \(Set(groups).count) key/value heads shared by groups" : ""
    let shape =
      grid.layersAsColumns
      ? "\(layers) columns of layers by \(heads) rows of heads"
      : "\(layers) rows of layers by \(heads) columns of heads"
    return "Grid of \(layers * heads) thumbnail heatmaps of attention weights of"
      + " \(trace.model.displayName): \(shape)\(shared), over \(trace.tokens.count) tokens"
      + " (\(LessonCaption.quoted(trace, 0)) to"
      + " \(LessonCaption.quoted(trace, trace.tokens.count - 1)))."
  }
}
