import AttentionEngine

/// Lays out how text becomes vectors: the text, its tokens, their vocabulary ids (an
/// address into the embedding matrix, not a meaning), the embedding rows those ids pick,
/// the position vectors (when the trace has them) and their sum, the vector entering
/// layer 1 — one column per position.
///
/// Vectors are vertical strips of `model width` cells on one diverging scale centred at 0;
/// widths up to `valueLimit` print every number, wider ones are drawn as one image.
/// Texts longer than `columnLimit` tokens show their first `columnLimit` positions. On a
/// slide the printed numbers are at least 8 pt and the cells the tallest that fit unshrunk.
struct EmbeddingLayoutBuilder {
  let trace: AttentionTrace
  let frame: LessonFrame
  /// The height of a printed cell, in points; `build()` picks it on a slide.
  var printedCellHeight = 14.0
  static let columnLimit = 12
  static let valueLimit = 16

  private var width: Int { trace.layerInput.columns }
  private var columns: Int { min(trace.tokens.count, Self.columnLimit) }
  private var printsValues: Bool { width <= Self.valueLimit }
  private var cellHeight: Double { printsValues ? printedCellHeight : 140 / Double(width) }
  private var valueStyle: TextStyle { TextStyle(size: frame.canvas.isSlide ? 8 : 7.5) }
  private var stripHeight: Double { cellHeight * Double(width) }
  private var labels: [String] {
    trace.tokens.prefix(columns).map { frame.typesetter.label($0.label, maximumCharacters: 10) }
  }
  private var columnWidth: Double {
    max(40, (labels.map { frame.size($0).width }.max() ?? 0) + 12)
  }
  private var matrices: [(title: String, matrix: Matrix)] {
    var rows = [("embedding row E[id]", trace.tokenEmbeddings)]
    if let positions = trace.positionEmbeddings {
      rows.append(("+ position vector P[i]", positions))
    }
    rows.append(("= vector entering layer 1", trace.layerInput))
    return rows
  }
  private var scale: ValueScale {
    let values = matrices.flatMap { $0.matrix.values.prefix(columns * width) }
    return .signed(values.map(Double.init), colormap: .defaultDiverging)
  }

  /// The finished layout.
  func build() -> FigureLayout {
    guard frame.canvas.isSlide, printsValues else { return layout() }
    return frame.canvas.largestFitting(Array(stride(from: 10.0, through: 14, by: 0.5))) {
      var builder = self
      builder.printedCellHeight = $0
      return builder.layout()
    }.layout
  }

  private func layout() -> FigureLayout {
    let title = frame.title("From text to vectors: tokens, ids, embedding rows, positions")
    var items = [title.item]
    let headerWidth =
      matrices.map { frame.size($0.title, LessonFrame.heading).width }.max() ?? 0
    let left = LessonFrame.margin + max(headerWidth, 150) + 12
    let right = left + Double(columns) * columnWidth
    let textItem = textRow(y: title.bottom, left: left, width: right - left)
    items += textItem.items
    var y = textItem.bottom + 10
    items += tokenRows(y: y, left: left)
    y += 62
    let values = scale
    for (name, matrix) in matrices {
      items += rowHeader(name, y: y)
      for column in 0..<columns {
        items += strip(matrix.row(column), x: left + Double(column) * columnWidth, y: y, values)
      }
      y += stripHeight + 16
    }
    let bar = ColorBarBuilder(typesetter: frame.typesetter).bar(
      values, title: "vector entry", x: right + 16, y: textItem.bottom + 72, height: 110)
    items += bar.items
    items += footnote(y: y, left: left)
    return frame.finish(
      items, contentRight: right + 16 + bar.width, contentBottom: y + 14,
      caption: LessonCaption.caption(
        for: trace, heads: "no layer or head yet: this is the input to layer 1",
        note: "Positions: \(trace.model.positionEncoding)."),
      altText: altText)
  }

  private func textRow(y: Double, left: Double, width: Double)
    -> (items: [LayoutItem], bottom: Double)
  {
    let text = frame.typesetter.text("“" + trace.text + "”")
    let height = frame.typesetter.size(of: text, style: .label, wrapWidth: width).height
    return (
      [
        rowHeaderText("text", y: y),
        .text(PlacedText(text: text, style: .label, origin: (left, y), wrapWidth: width)),
      ], y + height
    )
  }

  private func rowHeaderText(_ text: String, y: Double) -> LayoutItem {
    frame.text(text, x: LessonFrame.margin, y: y, style: LessonFrame.heading)
  }

  private func rowHeader(_ text: String, y: Double) -> [LayoutItem] {
    [rowHeaderText(text, y: y + stripHeight / 2 - 7)]
  }

  private func tokenRows(y: Double, left: Double) -> [LayoutItem] {
    var items = [
      rowHeaderText("token", y: y + 3),
      rowHeaderText("id", y: y + 30),
      frame.text(
        "an address, not a meaning", x: LessonFrame.margin, y: y + 43, style: LessonFrame.note),
    ]
    for (column, label) in labels.enumerated() {
      let x = left + Double(column) * columnWidth
      let box = Rect(x: x + 3, y: y, width: columnWidth - 6, height: 20)
      items += [
        .stroke(box, Palette.rule, width: 0.6),
        frame.centred(label, midX: box.midX, midY: box.midY, tag: .keyLabel(column)),
        frame.centred(
          "\(trace.tokens[column].id)", midX: box.midX, midY: y + 36,
          style: TextStyle(size: 8.5, color: Palette.secondaryText)),
      ]
      items += frame.arrow(from: (box.midX, y + 44), to: (box.midX, y + 58))
    }
    return items
  }

  private func strip(_ values: [Float], x: Double, y: Double, _ scale: ValueScale)
    -> [LayoutItem]
  {
    let cellWidth = columnWidth - 10
    let frameRect = Rect(x: x + 5, y: y, width: cellWidth, height: stripHeight)
    guard printsValues else {
      return [
        .raster(
          frameRect, columns: 1, rows: width, colors: values.map { scale.color(of: Double($0)) }),
        .stroke(frameRect, Palette.rule, width: 0.4),
      ]
    }
    var items: [LayoutItem] = []
    for (index, value) in values.enumerated() {
      let rect = Rect(
        x: x + 5, y: y + Double(index) * cellHeight, width: cellWidth, height: cellHeight)
      let fill = scale.color(of: Double(value))
      items.append(.fill(rect, fill, tag: nil))
      var style = valueStyle
      style.color = fill.contrastingText
      items.append(
        frame.centred(scale.format(Double(value)), midX: rect.midX, midY: rect.midY, style: style))
    }
    items.append(.stroke(frameRect, Palette.rule, width: 0.4))
    return items
  }

  private func footnote(y: Double, left: Double) -> [LayoutItem] {
    var note = "one column per position; each vector has \(width) numbers"
    if trace.tokens.count > columns {
      note += "; the first \(columns) of \(trace.tokens.count) tokens are shown"
    }
    return [frame.text(note, x: left, y: y - 6, style: LessonFrame.note)]
  }

  private var altText: String {
    let pairs = (0..<columns).map {
      "\(LessonCaption.quoted(trace, $0)) → id \(trace.tokens[$0].id)"
    }
    let positions =
      trace.positionEmbeddings == nil
      ? "" : ", plus a position vector per position,"
    return "How the text '\(TextSanitizer.visible(trace.text))' becomes vectors for"
      + " \(trace.model.displayName): tokens and their ids (\(pairs.joined(separator: ", ")));"
      + " each id selects one row of \(width) numbers of the embedding matrix\(positions)"
      + " giving the vector that enters layer 1."
  }
}
