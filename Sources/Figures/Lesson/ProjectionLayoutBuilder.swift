import AttentionEngine

/// Lays out one token's projections: its vector `x` entering the layer times `W_Q`,
/// `W_K` and `W_V` gives `q` (what it looks for), `k` (what it offers for matching) and
/// `v` (what it hands over).
///
/// `x`, `q`, `k` and `v` come from the trace and share one diverging scale centred at 0,
/// with every number printed for vectors of up to `valueLimit` entries. The matrices are
/// not in a trace: without `weights` they are grey blocks that state their shape; with
/// weights of the right shape their cells are coloured on a scale of their own, and a
/// warning is raised if `x · W` does not reproduce the trace's vector.
struct ProjectionLayoutBuilder {
  let trace: AttentionTrace
  let layer: Int
  let head: Int
  let token: Int
  let weights: ProjectionWeights?
  let frame: LessonFrame
  static let valueLimit = 8

  private var headTrace: HeadTrace { trace.head(layer: layer, head: head) }
  private var input: [Float] {
    (layer == 0 ? trace.layerInput : trace.layers[layer - 1].residualAfter).row(token)
  }
  private var width: Int { input.count }
  private var size: Int { headTrace.headSize }
  private var usableWeights: ProjectionWeights? {
    guard let weights, weights.query.rows == width, weights.query.columns == size else {
      return nil
    }
    return weights
  }
  private var outputs: [(name: String, matrix: String, values: [Float], meaning: String)] {
    let word = LessonCaption.quoted(trace, token)
    return [
      ("q", "W_Q", headTrace.queries.row(token), "q: what \(word) looks for"),
      ("k", "W_K", headTrace.keys.row(token), "k: what \(word) offers for matching"),
      ("v", "W_V", headTrace.values.row(token), "v: what \(word) hands over when attended to"),
    ]
  }
  private var vectorScale: ValueScale {
    let values = input + outputs.flatMap(\.values)
    return .signed(values.map(Double.init), colormap: .defaultDiverging)
  }

  /// The finished layout.
  func build() -> FigureLayout {
    let title = frame.title(
      "Projections of \(LessonCaption.quoted(trace, token)) (token \(token + 1) of"
        + " \(trace.tokens.count)): x times W_Q, W_K, W_V")
    var items = [title.item]
    let block = blockSize
    let rowHeight = max(block.height, 22) + 26
    var y = title.bottom + 16
    var right = 0.0
    let matrices = usableWeights.map { [$0.query, $0.key, $0.value] }
    for (index, output) in outputs.enumerated() {
      let row = projectionRow(output, matrix: matrices?[index], y: y, block: block)
      items += row.items
      right = max(right, row.right)
      y += rowHeight
    }
    let bar = ColorBarBuilder(typesetter: frame.typesetter).bar(
      vectorScale, title: "x, q, k, v entries", x: right + 20, y: title.bottom + 8,
      height: 100)
    items += bar.items
    items.append(frame.text(blockNote, x: LessonFrame.margin, y: y - 6, style: LessonFrame.note))
    return frame.finish(
      items, contentRight: right + 20 + bar.width, contentBottom: y + 10,
      caption: LessonCaption.caption(
        for: trace, heads: CaptionWriter.headPhrase(for: trace, layer: layer, head: head),
        note: "x is the vector entering layer \(layer + 1) at this position."),
      altText: altText, warnings: warnings)
  }

  private var blockSize: (width: Double, height: Double) {
    if usableWeights != nil {
      return (
        Double(size) * min(12, max(1, 96 / Double(size))),
        Double(width) * min(10, max(0.5, 120 / Double(width)))
      )
    }
    return (min(max(Double(size) * 8, 44), 96), min(max(Double(width) * 6, 40), 96))
  }

  private func cellWidth(_ count: Int) -> Double {
    count <= Self.valueLimit ? 32 : max(0.5, min(12, 256 / Double(count)))
  }

  private func projectionRow(
    _ output: (name: String, matrix: String, values: [Float], meaning: String),
    matrix: Matrix?, y: Double, block: (width: Double, height: Double)
  ) -> (items: [LayoutItem], right: Double) {
    let midY = y + max(block.height, 22) / 2
    var x = LessonFrame.margin
    var items = [frame.text("x", x: x, y: midY - 25, style: LessonFrame.heading)]
    items += strip(input, x: x, midY: midY)
    x += cellWidth(width) * Double(width) + 8
    items.append(frame.centred("×", midX: x + 5, midY: midY, style: TextStyle(size: 12)))
    x += 16
    let rect = Rect(x: x, y: midY - block.height / 2, width: block.width, height: block.height)
    items += matrixBlock(output.matrix, matrix: matrix, rect: rect)
    x += block.width + 6
    items.append(frame.centred("=", midX: x + 5, midY: midY, style: TextStyle(size: 12)))
    x += 16
    items.append(frame.text(output.name, x: x, y: midY - 25, style: LessonFrame.heading))
    items += strip(output.values, x: x, midY: midY)
    x += cellWidth(output.values.count) * Double(output.values.count) + 10
    items.append(
      frame.rightAligned(output.meaning, right: x + frame.size(output.meaning).width, midY: midY))
    return (items, x + frame.size(output.meaning).width)
  }

  private func strip(_ values: [Float], x: Double, midY: Double) -> [LayoutItem] {
    let scale = vectorScale
    let cell = cellWidth(values.count)
    let frameRect = Rect(
      x: x, y: midY - 9, width: cell * Double(values.count), height: 18)
    if values.count > 64 {
      return [
        .raster(
          frameRect, columns: values.count, rows: 1,
          colors: values.map { scale.color(of: Double($0)) }),
        .stroke(frameRect, Palette.rule, width: 0.4),
      ]
    }
    var items: [LayoutItem] = []
    for (index, value) in values.enumerated() {
      let rect = Rect(x: x + Double(index) * cell, y: frameRect.y, width: cell, height: 18)
      let fill = scale.color(of: Double(value))
      items.append(.fill(rect, fill, tag: nil))
      if values.count <= Self.valueLimit {
        items.append(
          frame.centred(
            scale.format(Double(value)), midX: rect.midX, midY: rect.midY,
            style: TextStyle(size: 7.5, color: fill.contrastingText)))
      }
    }
    items.append(.stroke(frameRect, Palette.rule, width: 0.4))
    return items
  }

  private func matrixBlock(_ name: String, matrix: Matrix?, rect: Rect) -> [LayoutItem] {
    guard let matrix else {
      return [
        .fill(rect, RGBColor(white: 0.88), tag: nil),
        .stroke(rect, Palette.rule, width: 0.6),
        frame.centred(name, midX: rect.midX, midY: rect.midY - 6, style: LessonFrame.heading),
        frame.centred(
          "\(width) × \(size)", midX: rect.midX, midY: rect.midY + 7, style: LessonFrame.note),
      ]
    }
    let scale = ValueScale.signed(matrix.values.map(Double.init), colormap: .defaultDiverging)
    return [
      .raster(
        rect, columns: matrix.columns, rows: matrix.rows,
        colors: matrix.values.map { scale.color(of: Double($0)) }),
      .stroke(rect, Palette.rule, width: 0.6),
      frame.centred(name, midX: rect.midX, midY: rect.y - 8, style: LessonFrame.heading),
    ]
  }

  private var blockNote: String {
    if usableWeights != nil {
      return "W_Q, W_K, W_V (\(width) × \(size) each) are learned matrices, coloured on"
        + " their own scale; x, q, k, v share the bar on the right"
    }
    return "W_Q, W_K, W_V are learned \(width) × \(size) matrices; their numbers are not"
      + " stored in the trace, so they are drawn as blocks"
  }

  private var warnings: [String] {
    guard let weights else { return [] }
    guard let usable = usableWeights else {
      return [
        "the projection weights are \(weights.query.rows) × \(weights.query.columns) but"
          + " this head needs \(width) × \(size); they are drawn as plain blocks."
          + " Pass the weights of layer '\(layer)', head '\(head)'."
      ]
    }
    let x = Matrix(rows: 1, columns: width, values: input)
    let pairs = [
      (usable.query, headTrace.queries), (usable.key, headTrace.keys),
      (usable.value, headTrace.values),
    ]
    let agrees = pairs.allSatisfy { matrix, traced in
      let product = x.multiplied(by: matrix, backend: .reference).values
      return zip(product, traced.row(token)).allSatisfy { abs($0 - $1) <= 1e-3 * (1 + abs($1)) }
    }
    return agrees
      ? []
      : [
        "x times the given projection weights does not reproduce the trace's q, k or v;"
          + " the figure would mislead. Pass the weights of layer '\(layer)', head '\(head)'."
      ]
  }

  private var altText: String {
    let scale = vectorScale
    let list = outputs.map { output in
      let shown = output.values.prefix(8).map { scale.format(Double($0)) }
      return "\(output.name) = [\(shown.joined(separator: ", "))"
        + (output.values.count > 8 ? ", …]" : "]")
    }
    return "The vector x of \(LessonCaption.quoted(trace, token)) (\(width) numbers) entering"
      + " \(CaptionWriter.headPhrase(for: trace, layer: layer, head: head)) of"
      + " \(trace.model.displayName) is multiplied by W_Q, W_K and W_V, giving"
      + " \(list.joined(separator: "; ")): what the token looks for, what it offers for"
      + " matching and what it hands over."
  }
}
