import AttentionEngine

/// Lays out a `ContextSimilarity`: the cosine similarity of one word's vectors in two
/// texts at each stage (layer input, then after each layer), on the full cosine range
/// −1 to 1 so that small changes are not blown up, with every value printed.
struct SimilarityLayoutBuilder {
  let result: ContextSimilarity
  let frame: LessonFrame
  static let plotHeight = 200.0

  private var cosines: [Double] { result.cosines }
  private var pitch: Double { max(14, min(56, 640 / Double(max(cosines.count, 1)))) }

  /// The finished layout.
  func build() -> FigureLayout {
    let first = LessonCaption.quoted(result.first, result.firstToken)
    let second = LessonCaption.quoted(result.second, result.secondToken)
    let title = frame.title(
      "Same word, two contexts: how alike are \(first) in A and \(second) in B?")
    var items = [title.item]
    let texts = sentenceLines(y: title.bottom)
    items += texts.items
    let area = Rect(
      x: LessonFrame.margin + 52, y: texts.bottom + 16,
      width: max(pitch * Double(cosines.count) + 12, 380), height: Self.plotHeight)
    items += chart(area)
    return frame.finish(
      items, contentRight: max(area.maxX, texts.right), contentBottom: area.maxY + 46,
      caption: caption, altText: altText)
  }

  private func sentenceLines(y: Double) -> (items: [LayoutItem], bottom: Double, right: Double) {
    var items: [LayoutItem] = []
    var cursor = y
    var right = 0.0
    for (name, trace, token) in [
      ("A", result.first, result.firstToken), ("B", result.second, result.secondToken),
    ] {
      var x = LessonFrame.margin
      items.append(frame.text("\(name):", x: x, y: cursor, style: LessonFrame.heading))
      x += 22
      for index in trace.tokens.indices.prefix(24) {
        let label = frame.typesetter.label(trace.tokens[index].label, maximumCharacters: 14)
        let style = index == token ? LessonFrame.highlighted : .label
        items.append(
          frame.text(
            label, x: x, y: cursor + 1, style: style,
            tag: index == token ? .queryLabel(index) : nil))
        x += frame.size(label, style).width + 6
      }
      if trace.tokens.count > 24 {
        items.append(frame.text("…", x: x, y: cursor + 1))
        x += 12
      }
      right = max(right, x)
      cursor += 18
    }
    return (items, cursor, right)
  }

  private func chart(_ area: Rect) -> [LayoutItem] {
    let axes = ChartAxes(frame: frame, area: area, low: -1, high: 1)
    var items = axes.items(
      ticks: [-1, -0.5, 0, 0.5, 1], decimals: 1, title: "cosine similarity")
    let inset = (area.width - pitch * Double(cosines.count)) / 2
    let coordinates = cosines.indices.map {
      (area.x + inset + (Double($0) + 0.5) * pitch, axes.y(cosines[$0]))
    }
    for (from, to) in zip(coordinates, coordinates.dropFirst()) {
      items.append(.line(from: from, to: to, ChartAxes.blue, width: 1.4))
    }
    let extent = frame.size("layer 00").width + 4
    let placements = AxisLabelPlanner.plan(
      count: cosines.count, pitch: pitch, labelExtent: extent,
      highlighted: [0, cosines.count - 1])
    for placement in placements {
      items.append(
        frame.centred(
          result.stageNames[placement.index], midX: area.x + inset + placement.center,
          midY: area.maxY + 10))
    }
    items.append(
      frame.centred(
        "stage: vector entering layer 1 (input), then after each layer", midX: area.midX,
        midY: area.maxY + 28, style: .axisTitle))
    for (index, point) in coordinates.enumerated() {
      items += ChartAxes.marker(x: point.0, y: point.1, color: ChartAxes.blue, filled: true)
      if pitch >= 30 || index == 0 || index == coordinates.count - 1 {
        items.append(
          frame.centred(
            LessonCaption.format(cosines[index]), midX: point.0, midY: point.1 - 11,
            style: TextStyle(size: 7.5, color: ChartAxes.blue)))
      }
    }
    return items
  }

  private var caption: String {
    let trace = result.first
    let sameTokenizer = result.first.tokenizerName == result.second.tokenizerName
    return "Model: \(trace.model.displayName)."
      + " All heads combined: each point compares the residual stream (the token's whole"
      + " vector) after a layer, not a single head."
      + " Mask: \(trace.model.maskDescription)."
      + " Tokenizer: \(trace.tokenizerName)"
      + (sameTokenizer ? "" : " and \(result.second.tokenizerName)") + "."
      + " The axis shows the whole cosine range, −1 (opposite) to 1 (same direction)."
      + (trace.model.isTrained
        ? ""
        : " The weights are untrained: this figure shows the computation,"
          + " not learned behaviour.")
  }

  private var altText: String {
    let list = cosines.indices.map {
      "\(result.stageNames[$0]) \(LessonCaption.format(cosines[$0]))"
    }
    return "Line chart of the cosine similarity between token"
      + " \(LessonCaption.quoted(result.first, result.firstToken)) of"
      + " '\(TextSanitizer.visible(result.first.text))' and token"
      + " \(LessonCaption.quoted(result.second, result.secondToken)) of"
      + " '\(TextSanitizer.visible(result.second.text))' in"
      + " \(result.first.model.displayName), per stage: \(list.joined(separator: ", "))."
  }
}
