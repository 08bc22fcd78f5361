import AttentionEngine

/// Lays out the `ScoreScalingStudy`: the standard deviation of `q · k` against the head
/// size `d` (evenly spaced in `log₂ d`), raw and scaled by `1/√d`, with the `√d` of theory
/// in grey; beside it one row of scores at the example head size softmaxed with and
/// without scaling.
struct ScalingLayoutBuilder {
  let result: ScoreScalingResult
  let frame: LessonFrame
  static let plotWidth = 340.0
  static let plotHeight = 220.0

  private var points: [ScoreScalingPoint] { result.points }

  /// The finished layout.
  func build() -> FigureLayout {
    let title = frame.title("Why divide by √d: the spread of q·k grows with the head size")
    var items = [title.item]
    let area = Rect(
      x: LessonFrame.margin + 44, y: title.bottom + 16, width: Self.plotWidth,
      height: Self.plotHeight)
    items += chart(area)
    let example = exampleBars(x: area.maxX + 120, y: title.bottom + 4)
    items += example.items
    return frame.finish(
      items, contentRight: example.right, contentBottom: max(area.maxY + 40, example.bottom),
      caption: caption, altText: altText)
  }

  private func xPosition(_ index: Int, _ area: Rect) -> Double {
    let count = max(points.count - 1, 1)
    return area.x + 16 + Double(index) / Double(count) * (area.width - 32)
  }

  private func chart(_ area: Rect) -> [LayoutItem] {
    let largest =
      points.map { max($0.rawStandardDeviation, Double($0.headSize).squareRoot()) }
      .max() ?? 1
    let step = largest > 10 ? 5.0 : 1.0
    let high = ((largest * 1.08) / step).rounded(.up) * step
    let axes = ChartAxes(frame: frame, area: area, low: 0, high: high)
    let ticks = stride(from: 0, through: high, by: step * (high / step > 6 ? 2 : 1)).map { $0 }
    var items = axes.items(ticks: ticks, decimals: 0, title: "standard deviation of scores")
    for (index, point) in points.enumerated() {
      let x = xPosition(index, area)
      items.append(frame.centred("\(point.headSize)", midX: x, midY: area.maxY + 9))
    }
    items.append(
      frame.centred(
        "head size d (each step doubles it)", midX: area.midX, midY: area.maxY + 26,
        style: .axisTitle))
    items += series(
      area, axes, { Double($0.headSize).squareRoot() }, RGBColor(white: 0.6),
      marker: nil)
    items += series(area, axes, \.rawStandardDeviation, ChartAxes.vermillion, marker: true)
    items += series(area, axes, \.scaledStandardDeviation, ChartAxes.blue, marker: false)
    items += seriesLabels(area, axes)
    return items
  }

  private func series(
    _ area: Rect, _ axes: ChartAxes, _ value: (ScoreScalingPoint) -> Double,
    _ color: RGBColor, marker filled: Bool?
  ) -> [LayoutItem] {
    var items: [LayoutItem] = []
    let coordinates = points.indices.map { (xPosition($0, area), axes.y(value(points[$0]))) }
    for (from, to) in zip(coordinates, coordinates.dropFirst()) {
      items.append(.line(from: from, to: to, color, width: filled == nil ? 0.8 : 1.4))
    }
    guard let filled else { return items }
    for (index, point) in coordinates.enumerated() {
      items += ChartAxes.marker(x: point.0, y: point.1, color: color, filled: filled)
      let rawY = axes.y(points[index].rawStandardDeviation)
      guard filled || abs(rawY - point.1) > 24 else { continue }
      let number = LessonCaption.format(value(points[index]), decimals: 1)
      items.append(
        frame.centred(
          number, midX: point.0, midY: point.1 + (filled ? -12 : -9),
          style: TextStyle(size: 7.5, color: color)))
    }
    return items
  }

  private func seriesLabels(_ area: Rect, _ axes: ChartAxes) -> [LayoutItem] {
    guard let last = points.last else { return [] }
    let x = area.maxX + 6
    let rawY = axes.y(last.rawStandardDeviation)
    let rootY = axes.y(Double(last.headSize).squareRoot())
    let separated = abs(rawY - rootY) > 12 ? rootY : rawY + 14
    return [
      frame.text(
        "raw q·k", x: x, y: rawY - 12,
        style: TextStyle(
          size: 9, isBold: true,
          color: ChartAxes.vermillion)),
      frame.text("√d (theory)", x: x, y: separated - 2, style: LessonFrame.note),
      frame.text(
        "q·k / √d", x: x, y: axes.y(last.scaledStandardDeviation) - 18,
        style: TextStyle(size: 9, isBold: true, color: ChartAxes.blue)),
    ]
  }

  private func exampleBars(x: Double, y: Double)
    -> (items: [LayoutItem], right: Double, bottom: Double)
  {
    let example = result.example
    var items = [
      frame.text(
        "One row of \(example.rawWeights.count) scores at d = \(example.headSize),"
          + " after softmax", x: x, y: y, style: LessonFrame.heading)
    ]
    let rows: [(String, [Float], RGBColor)] = [
      ("without scaling: peaked", example.rawWeights, ChartAxes.vermillion),
      ("with 1/√d: spread", example.scaledWeights, ChartAxes.blue),
    ]
    var top = y + 26
    let pitch = 26.0
    for (name, weights, color) in rows {
      items.append(frame.text(name, x: x, y: top, style: TextStyle(size: 9, isBold: true)))
      let base = top + 30 + 70
      items.append(
        .line(
          from: (x, base), to: (x + pitch * Double(weights.count), base), Palette.rule,
          width: 0.6))
      for (index, weight) in weights.enumerated() {
        let height = 70 * min(max(Double(weight), 0), 1)
        let rect = Rect(
          x: x + Double(index) * pitch + 4, y: base - height, width: pitch - 8,
          height: height)
        items.append(.fill(rect, color, tag: nil))
        items.append(
          frame.centred(
            LessonCaption.format(Double(weight)), midX: rect.midX,
            midY: rect.y - 6, style: TextStyle(size: 7)))
      }
      top = base + 16
    }
    let right =
      x
      + max(
        pitch * Double(example.rawWeights.count),
        frame.size(
          "One row of \(example.rawWeights.count) scores at d = \(example.headSize), after"
            + " softmax", LessonFrame.heading
        ).width)
    return (items, right, top)
  }

  private var caption: String {
    "Model: none; random queries and keys, not a trained or teaching model. Every entry is"
      + " independent with mean 0 and variance 1 (seed \(result.seed)); each point is the"
      + " standard deviation of \(result.scoresPerHeadSize) scores q·k, one head size at a"
      + " time (no heads combined). Mask: none. Tokenizer: none (no text is involved)."
      + " Raw scores spread like √d; dividing by √d keeps them near 1, so softmax does not"
      + " collapse onto one key."
  }

  private var altText: String {
    let list = points.map {
      "d \($0.headSize): raw \(LessonCaption.format($0.rawStandardDeviation, decimals: 1)),"
        + " scaled \(LessonCaption.format($0.scaledStandardDeviation, decimals: 2))"
    }
    let example = result.example
    return "Line chart of the standard deviation of random q·k scores against head size:"
      + " \(list.joined(separator: "; ")). The raw spread grows like √d; the scaled one"
      + " stays near 1. At d = \(example.headSize) the largest softmax weight is"
      + " \(LessonCaption.format(Double(example.rawWeights.max() ?? 0))) without scaling and"
      + " \(LessonCaption.format(Double(example.scaledWeights.max() ?? 0))) with it."
  }
}
