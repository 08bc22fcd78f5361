import AttentionEngine

/// Lays out the heatmap of one head: rows are queries, columns keys, a colour bar with the
/// true range, a legend for masked cells, and the caption.
struct HeatmapLayoutBuilder {
  let trace: AttentionTrace
  let request: FigureRequest
  let typesetter: Typesetter
  static let margin = 18.0

  /// The finished layout.
  func build() -> FigureLayout {
    let head = trace.head(layer: request.layer, head: request.head)
    let values = matrix(of: head).values.map(Double.init)
    let scale = valueScale(values, head: head)
    let labels = trace.tokens.map { typesetter.label($0.label) }
    let axes = HeatmapAxes(
      labels: labels, kinds: trace.tokens.map(\.kind), highlighted: request.highlightedTokens,
      typesetter: typesetter)

    var items: [LayoutItem] = []
    let title = typesetter.text(titleText)
    let titleSize = typesetter.size(of: title, style: .title)
    let titleHeight = titleSize.height
    items.append(.text(PlacedText(text: title, style: .title, origin: (Self.margin, Self.margin))))

    let keyTitleY = Self.margin + titleHeight + 8
    let geometry = axes.geometry(left: Self.margin, keyTitleY: keyTitleY)
    let axisItems = axes.items(geometry: geometry, keyTitleY: keyTitleY, left: Self.margin)
    items += axisItems.items
    items += cells(head: head, values: values, scale: scale, geometry: geometry)

    let side = sidePanel(scale: scale, head: head, geometry: geometry)
    items += side.items
    let contentBottom = max(geometry.originY + geometry.side, side.bottom, axisItems.bottom)
    // Wide enough for the title too: a long one ("… (reads key/value head 3)") is never cut.
    let width = max(side.right + Self.margin, Self.margin * 2 + titleSize.width, 440)
    let caption = captionItem(y: contentBottom + 14, width: width - 2 * Self.margin)
    items.append(caption.item)
    return FigureLayout(
      widthInPoints: width.rounded(.up),
      heightInPoints: (caption.bottom + Self.margin).rounded(.up),
      items: items,
      altText: AltTextWriter.heatmap(
        trace: trace, request: request, quantityName: quantityName, scale: scale),
      warnings: nonFiniteWarning(values, head: head))
  }

  /// A warning when visible cells hold NaN or infinity (drawn black, left out of the range).
  private func nonFiniteWarning(_ values: [Double], head: HeadTrace) -> [String] {
    let count = values.indices.filter { head.visibility[$0] && !values[$0].isFinite }.count
    guard count > 0 else { return [] }
    return [
      "\(count) visible cells hold NaN or infinity; they are drawn black and left out of"
        + " the colour range. Check the model or the imported attention for overflow."
    ]
  }

  private func matrix(of head: HeadTrace) -> Matrix {
    switch request.quantity {
    case .weights: head.weights
    case .scores: head.scores
    case .scaledScores: head.scaledScores
    }
  }

  private func valueScale(_ values: [Double], head: HeadTrace) -> ValueScale {
    if request.quantity == .weights {
      return .weights(request.colormap ?? .defaultSequential)
    }
    let visible = values.indices.filter { head.visibility[$0] }.map { values[$0] }
    return .signed(visible, colormap: request.colormap ?? .defaultDiverging)
  }

  private var quantityName: String {
    switch request.quantity {
    case .weights: "Attention weights"
    case .scores: "Raw scores q·k"
    case .scaledScores: "Scaled scores q·k/√d"
    }
  }

  private var titleText: String {
    "\(quantityName), "
      + CaptionWriter.headPhrase(for: trace, layer: request.layer, head: request.head)
  }

  private func cells(
    head: HeadTrace, values: [Double], scale: ValueScale, geometry: HeatmapGeometry
  ) -> [LayoutItem] {
    let n = geometry.count
    let showValues = n <= HeatmapGeometry.valueLimit
    var items: [LayoutItem] = geometry.isRaster ? [raster(head, values, scale, geometry)] : []
    for query in 0..<n {
      let fullyMasked = head.isFullyMasked(queryIndex: query)
      for keys in head.maskedKeyRuns(queryIndex: query) {
        let first = geometry.cellRect(query: query, key: keys.lowerBound)
        let run = Rect(
          x: first.x, y: first.y, width: geometry.cellSize * Double(keys.count),
          height: first.height)
        items.append(.hatch(run, dark: fullyMasked, tag: .maskedCells(query: query, keys: keys)))
      }
      for key in 0..<n where !geometry.isRaster && head.isVisible(queryIndex: query, keyIndex: key)
      {
        let rect = geometry.cellRect(query: query, key: key)
        let value = values[query * n + key]
        let fill = value.isFinite ? scale.color(of: value) : .black
        items.append(.fill(rect, fill, tag: .cell(query: query, key: key)))
        if showValues {
          items.append(centred(scale.format(value), in: rect, color: fill.contrastingText))
        }
      }
      if fullyMasked, geometry.cellSize >= 10 {
        items += fullyMaskedNote(row: geometry.cellRect(query: query, key: 0), geometry)
      }
    }
    items += outlines(geometry)
    return items
  }

  /// All cells as one image: visible cells in their colour, masked ones grey (hatched on top).
  private func raster(
    _ head: HeadTrace, _ values: [Double], _ scale: ValueScale, _ geometry: HeatmapGeometry
  ) -> LayoutItem {
    let colors = values.indices.map { index in
      guard head.visibility[index] else { return Palette.maskedFill }
      return values[index].isFinite ? scale.color(of: values[index]) : .black
    }
    let frame = Rect(
      x: geometry.originX, y: geometry.originY, width: geometry.side, height: geometry.side)
    return .raster(frame, columns: geometry.count, rows: geometry.count, colors: colors)
  }

  private func centred(_ text: String, in rect: Rect, color: RGBColor) -> LayoutItem {
    var style = TextStyle(size: 8)
    style.color = color
    let size = typesetter.size(of: text, style: style)
    return .text(
      PlacedText(
        text: text, style: style,
        origin: (rect.midX - size.width / 2, rect.midY - size.height / 2)))
  }

  private func fullyMaskedNote(row: Rect, _ geometry: HeatmapGeometry) -> [LayoutItem] {
    let text = "fully masked: no visible key"
    let size = typesetter.size(of: text, style: .label)
    let box = Rect(
      x: row.x + (geometry.side - size.width) / 2 - 3, y: row.midY - size.height / 2,
      width: size.width + 6, height: size.height)
    return [
      .fill(box, .white, tag: nil),
      .text(PlacedText(text: text, style: .label, origin: (box.x + 3, box.y))),
    ]
  }

  private func outlines(_ geometry: HeatmapGeometry) -> [LayoutItem] {
    var items: [LayoutItem] = []
    let frame = Rect(
      x: geometry.originX, y: geometry.originY, width: geometry.side, height: geometry.side)
    if let query = request.queryIndex {
      let row = geometry.cellRect(query: query, key: 0)
      items.append(
        .stroke(
          Rect(x: row.x, y: row.y, width: geometry.side, height: row.height),
          Palette.highlight, width: 1.5))
    }
    items.append(.stroke(frame, Palette.rule, width: 0.5))
    return items
  }

  private func sidePanel(scale: ValueScale, head: HeadTrace, geometry: HeatmapGeometry)
    -> (items: [LayoutItem], right: Double, bottom: Double)
  {
    let builder = ColorBarBuilder(typesetter: typesetter)
    let x = geometry.originX + geometry.side + 20
    let barHeight = min(max(geometry.side - 40, 110), 260)
    let bar = builder.bar(
      scale, title: barTitle, x: x, y: geometry.originY, height: barHeight)
    let legend = builder.legend(
      legendEntries(head), x: x, y: geometry.originY + bar.height + 16)
    let right = x + max(bar.width, legend.width)
    return (bar.items + legend.items, right, geometry.originY + bar.height + 16 + legend.height)
  }

  private var barTitle: String {
    switch request.quantity {
    case .weights: "weight (0 to 1)"
    case .scores: "raw score q·k"
    case .scaledScores: "scaled score q·k/√d"
    }
  }

  private func legendEntries(_ head: HeadTrace) -> [(ColorBarBuilder.Swatch, String)] {
    var entries: [(ColorBarBuilder.Swatch, String)] = []
    if head.visibility.contains(false) { entries.append((.masked, "masked")) }
    if (0..<head.tokenCount).contains(where: { head.isFullyMasked(queryIndex: $0) }) {
      entries.append((.fullyMasked, "fully masked row"))
    }
    if request.queryIndex != nil { entries.append((.outline(Palette.highlight), "selected query")) }
    if !request.highlightedTokens.isEmpty {
      entries.append((.textSample(.highlightedLabel), "highlighted token"))
    }
    entries += ColorBarBuilder.markedTokenEntries(trace.tokens)
    return entries
  }

  private func captionItem(y: Double, width: Double) -> (item: LayoutItem, bottom: Double) {
    let text = typesetter.text(
      CaptionWriter.caption(for: trace, layer: request.layer, head: request.head))
    var style = TextStyle.caption
    style.color = Palette.secondaryText
    let height = typesetter.size(of: text, style: style, wrapWidth: width).height
    let placed = PlacedText(text: text, style: style, origin: (Self.margin, y), wrapWidth: width)
    return (.text(placed), y + height)
  }
}

extension HeadTrace {
  /// The maximal runs of keys masked for the query at `queryIndex`, left to right.
  func maskedKeyRuns(queryIndex query: Int) -> [Range<Int>] {
    var runs: [Range<Int>] = []
    var start: Int?
    for key in 0...tokenCount {
      let masked = key < tokenCount && !isVisible(queryIndex: query, keyIndex: key)
      if masked, start == nil { start = key }
      if !masked, let first = start {
        runs.append(first..<key)
        start = nil
      }
    }
    return runs
  }
}
