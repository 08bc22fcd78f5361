import AttentionEngine

/// The pieces of the step figure: the query row, the header, one row per key, the totals
/// and the side panel; all share one set of columns.
struct StepParts {
  let trace: AttentionTrace
  let head: HeadTrace
  let request: FigureRequest
  let query: Int
  let typesetter: Typesetter
  let labels: [String]
  let columns: StepColumns
  /// The strip of `q` and every `k`, on the scale they share (they meet in `q·k`).
  let keyVectors: VectorStrip
  /// The strip of every `v`, `weight · v` and the output, on the scale they share (the
  /// output is the sum of the weighted values).
  let valueVectors: VectorStrip
  let scoreScale: ValueScale
  let scaledScale: ValueScale
  let weightScale: ValueScale

  init(
    trace: AttentionTrace, head: HeadTrace, request: FigureRequest, query: Int,
    typesetter: Typesetter, vectorBudget: Double = 256
  ) {
    self.trace = trace
    self.head = head
    self.request = request
    self.query = query
    self.typesetter = typesetter
    let labels = trace.tokens.map { typesetter.label($0.label) }
    self.labels = labels
    let visible = (0..<head.tokenCount).filter { head.isVisible(queryIndex: query, keyIndex: $0) }
    let diverging = request.colormap.flatMap { $0.isDiverging ? $0 : nil } ?? .defaultDiverging
    let scales = Self.vectorScales(head: head, query: query, colormap: diverging)
    keyVectors = VectorStrip(
      typesetter: typesetter, scale: scales.keys, count: head.headSize, budget: vectorBudget)
    valueVectors = VectorStrip(
      typesetter: typesetter, scale: scales.values, count: head.headSize, budget: vectorBudget)
    scoreScale = .signed(
      visible.map { Double(head.scores[query, $0]) }, colormap: .defaultDiverging)
    scaledScale = .signed(
      visible.map { Double(head.scaledScore(queryIndex: query, keyIndex: $0)) },
      colormap: .defaultDiverging)
    let sequential = request.colormap.flatMap { $0.isDiverging ? nil : $0 }
    weightScale = .weights(sequential ?? .defaultSequential)
    let bold = TextStyle(size: 9, isBold: true)
    let widest = labels.map { typesetter.size(of: $0, style: bold).width }.max() ?? 0
    let queryLabelWidth = typesetter.size(of: "query vector q", style: .label).width
    let titles = [Self.valueTitle, Self.weightedTitle].map {
      typesetter.size(of: $0, style: bold).width
    }
    columns = StepColumns(
      left: StepLayoutBuilder.margin, labelWidth: max(widest, queryLabelWidth),
      vectorWidth: keyVectors.width, titleWidths: (titles[0], titles[1]))
  }

  /// The two scales of the vector strips: `q` with every `k`, and every `v` with the
  /// weighted values of the visible keys and the output; each clips only far outliers.
  static func vectorScales(head: HeadTrace, query: Int, colormap: Colormap)
    -> (keys: ValueScale, values: ValueScale)
  {
    let keys = head.queries.row(query) + head.keys.values
    let weighted = (0..<head.tokenCount).flatMap { key in
      weightedValue(head: head, query: query, key: key) ?? []
    }
    let values =
      head.values.values.map(Double.init) + weighted
      + head.outputs.row(query).map(Double.init)
    return (
      .robustSigned(keys.map(Double.init), colormap: colormap),
      .robustSigned(values, colormap: colormap)
    )
  }

  /// `weight · v` of `key` for this query, or `nil` when the key is masked.
  static func weightedValue(head: HeadTrace, query: Int, key: Int) -> [Double]? {
    guard head.isVisible(queryIndex: query, keyIndex: key) else { return nil }
    let weight = Double(head.weights[query, key])
    return head.values.row(key).map { weight * Double($0) }
  }

  /// The title of the value vector column.
  static let valueTitle = "value vector v"
  /// The title of the weighted value column.
  static let weightedTitle = "weight · v"

  private var highlighted: Set<Int> { request.highlightedTokens.union([query]) }

  private func style(_ index: Int) -> TextStyle {
    .tokenLabel(trace.tokens[index].kind, isHighlighted: highlighted.contains(index))
  }

  /// The text of `text` right-aligned at `right`, vertically centred on `midY`.
  private func rightAligned(
    _ text: String, right: Double, midY: Double,
    style: TextStyle = .label
  ) -> LayoutItem {
    let size = typesetter.size(of: text, style: style)
    return .text(
      PlacedText(
        text: text, style: style,
        origin: (right - size.width, midY - size.height / 2)))
  }

  private func leftAligned(
    _ text: String, x: Double, midY: Double,
    style: TextStyle = .label
  ) -> LayoutItem {
    let size = typesetter.size(of: text, style: style)
    return .text(PlacedText(text: text, style: style, origin: (x, midY - size.height / 2)))
  }

  /// The query vector `q`, aligned with the key vectors it meets.
  func queryRow(y: Double) -> [LayoutItem] {
    [rightAligned("query vector q", right: columns.labelRight, midY: y + 9)]
      + keyVectors.items(head.queries.row(query), x: columns.keyVector, y: y, height: 18)
  }

  /// The column titles.
  func header(y: Double) -> [LayoutItem] {
    let bold = TextStyle(size: 9, isBold: true)
    let midY = y + 6
    return [
      rightAligned("key token", right: columns.labelRight, midY: midY, style: bold),
      leftAligned("key vector k", x: columns.keyVector, midY: midY, style: bold),
      rightAligned("q·k", right: columns.scoreRight, midY: midY, style: bold),
      rightAligned("q·k/√\(head.headSize)", right: columns.scaledRight, midY: midY, style: bold),
      leftAligned("weight (softmax)", x: columns.weightBar, midY: midY, style: bold),
      leftAligned(Self.valueTitle, x: columns.valueVector, midY: midY, style: bold),
      leftAligned(Self.weightedTitle, x: columns.weightedVector, midY: midY, style: bold),
    ]
  }

  /// One row per key: label, `k`, scores and weight (or the masked mark), `v` and
  /// `weight · v` (hatched for a masked key, which adds nothing to the output).
  func keyRows(y: Double, rowHeight: Double, showsNumbers: Bool) -> [LayoutItem] {
    var items: [LayoutItem] = []
    let extent = typesetter.size(of: "Ag", style: .label).height + 1
    let placements = AxisLabelPlanner.plan(
      count: head.tokenCount, pitch: rowHeight, labelExtent: extent, highlighted: highlighted)
    for placement in placements {
      items.append(
        rightAligned(
          labels[placement.index], right: columns.labelRight,
          midY: y + placement.center, style: style(placement.index)))
    }
    guard showsNumbers else { return items + denseRows(y: y, rowHeight: rowHeight) }
    for key in 0..<head.tokenCount {
      let top = y + Double(key) * rowHeight
      let inner = max(1, rowHeight - 2)
      items += keyVectors.items(
        head.keys.row(key), x: columns.keyVector, y: top + 1, height: inner)
      items += valueVectors.items(
        head.values.row(key), x: columns.valueVector, y: top + 1, height: inner)
      items += weightedStrip(key, y: top + 1, height: inner)
      if key == query {
        let width = columns.right - columns.keyVector + 6
        let row = Rect(x: columns.keyVector - 3, y: top, width: width, height: rowHeight)
        items.append(.stroke(row, Palette.highlight, width: 1.2))
      }
      if head.isVisible(queryIndex: query, keyIndex: key) {
        items += visibleKey(key, top: top, height: rowHeight)
      } else {
        items += maskedKey(key, top: top, height: rowHeight)
      }
    }
    return items
  }

  /// The key rows of a long text, too thin for numbers and in the hundreds: each column
  /// (`k`, the two scores, `v`, `weight · v`) is one image of one pixel per entry, so the
  /// SVG stays small enough to open; each run of masked keys is hatched as a whole.
  private func denseRows(y: Double, rowHeight: Double) -> [LayoutItem] {
    let n = head.tokenCount
    let height = rowHeight * Double(n)
    let keys = (0..<n).filter { head.isVisible(queryIndex: query, keyIndex: $0) }
    let visible = Set(keys)
    func column(_ x: Double, _ width: Double, columns: Int, _ color: (Int, Int) -> RGBColor)
      -> [LayoutItem]
    {
      let frame = Rect(x: x, y: y, width: width, height: height)
      let colors = (0..<n).flatMap { key in (0..<columns).map { color(key, $0) } }
      return [
        .raster(frame, columns: columns, rows: n, colors: colors),
        .stroke(frame, Palette.rule, width: 0.4),
      ]
    }
    let masked = Palette.maskedFill
    let scoreWidth = StepColumns.numberWidth - 8
    var items =
      column(columns.keyVector, keyVectors.width, columns: head.headSize) { key, entry in
        keyVectors.scale.color(of: Double(head.keys[key, entry]))
      }
      + column(columns.valueVector, valueVectors.width, columns: head.headSize) { key, entry in
        valueVectors.scale.color(of: Double(head.values[key, entry]))
      }
      + column(columns.weightedVector, valueVectors.width, columns: head.headSize) { key, e in
        guard visible.contains(key) else { return masked }
        let weight = Double(head.weights[query, key])
        return valueVectors.scale.color(of: weight * Double(head.values[key, e]))
      }
      + column(columns.scoreRight - scoreWidth, scoreWidth, columns: 1) { key, _ in
        visible.contains(key) ? scoreScale.color(of: Double(head.scores[query, key])) : masked
      }
      + column(columns.scaledRight - scoreWidth, scoreWidth, columns: 1) { key, _ in
        guard visible.contains(key) else { return masked }
        return scaledScale.color(of: Double(head.scaledScore(queryIndex: query, keyIndex: key)))
      }
    let barColor = weightScale.colormap.color(at: 0.35)
    for key in keys {
      let weight = Double(head.weights[query, key])
      let fraction = weight.isFinite ? min(max(weight, 0), 1) : 0
      guard fraction > 0 else { continue }
      let top = y + Double(key) * rowHeight
      items.append(
        .fill(
          Rect(
            x: columns.weightBar, y: top, width: StepColumns.barLength * fraction,
            height: rowHeight), barColor, tag: nil))
    }
    items.append(
      .stroke(
        Rect(x: columns.weightBar, y: y, width: StepColumns.barLength, height: height),
        Palette.rule, width: 0.4))
    for run in head.maskedKeyRuns(queryIndex: query) {
      let top = y + Double(run.lowerBound) * rowHeight
      let runHeight = Double(run.count) * rowHeight
      let span = columns.maskedSpan
      items.append(
        .hatch(
          Rect(x: span.from, y: top, width: span.to - span.from, height: runHeight),
          dark: false, tag: .maskedCells(query: query, keys: run)))
      items.append(
        .hatch(
          Rect(x: columns.weightedVector, y: top, width: valueVectors.width, height: runHeight),
          dark: false, tag: nil))
    }
    let width = columns.right - columns.keyVector + 6
    let row = Rect(
      x: columns.keyVector - 3, y: y + Double(query) * rowHeight, width: width,
      height: rowHeight)
    items.append(.stroke(row, Palette.highlight, width: 1.2))
    return items
  }

  private func weightedStrip(_ key: Int, y: Double, height: Double) -> [LayoutItem] {
    guard let weighted = Self.weightedValue(head: head, query: query, key: key) else {
      let rect = Rect(
        x: columns.weightedVector, y: y, width: valueVectors.width, height: height)
      return [.hatch(rect, dark: false, tag: nil), .stroke(rect, Palette.rule, width: 0.4)]
    }
    return valueVectors.items(weighted, x: columns.weightedVector, y: y, height: height)
  }

  private func visibleKey(_ key: Int, top: Double, height: Double) -> [LayoutItem] {
    let weight = Double(head.weights[query, key])
    let barFraction = weight.isFinite ? min(max(weight, 0), 1) : 0
    let midY = top + height / 2
    let track = Rect(
      x: columns.weightBar, y: top + 1, width: StepColumns.barLength, height: max(1, height - 2))
    var items: [LayoutItem] = [
      .fill(
        Rect(x: track.x, y: track.y, width: track.width * barFraction, height: track.height),
        weightScale.colormap.color(at: 0.35), tag: nil),
      .stroke(track, Palette.rule, width: 0.4),
    ]
    items.append(
      rightAligned(
        scoreScale.format(Double(head.scores[query, key])),
        right: columns.scoreRight, midY: midY))
    items.append(
      rightAligned(
        scaledScale.format(Double(head.scaledScore(queryIndex: query, keyIndex: key))),
        right: columns.scaledRight, midY: midY))
    items.append(
      leftAligned(
        FixedDecimal.format(weight, decimals: 3),
        x: track.maxX + 4, midY: midY))
    return items
  }

  private func maskedKey(_ key: Int, top: Double, height: Double) -> [LayoutItem] {
    let span = columns.maskedSpan
    let rect = Rect(
      x: span.from, y: top + 1, width: span.to - span.from, height: max(1, height - 2))
    var items: [LayoutItem] = [
      .hatch(rect, dark: false, tag: .maskedCells(query: query, keys: key..<key + 1))
    ]
    let text = "masked: not visible to this query"
    let size = typesetter.size(of: text, style: .label)
    let box = Rect(
      x: rect.midX - size.width / 2 - 3, y: rect.midY - size.height / 2,
      width: size.width + 6, height: size.height)
    items.append(.fill(box, .white, tag: nil))
    items.append(leftAligned(text, x: box.x + 3, midY: rect.midY))
    return items
  }
}
