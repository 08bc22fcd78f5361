import AttentionEngine

/// Lays out one query's row: scaled scores as bars, then weights as bars that sum to 1.
///
/// Masked keys are hatched in both rows, never drawn as a zero bar; the largest weight
/// is outlined and labelled.
///
/// Weight bars carry `.cell(query:key:)` tags and masked weight columns
/// `.maskedCells(query:keys:)` tags, one key each.
struct SoftmaxLayoutBuilder {
  let trace: AttentionTrace
  let layer: Int
  let head: Int
  let query: Int
  let frame: LessonFrame
  static let panelHeight = 110.0
  static let axisWidth = 130.0

  private var headTrace: HeadTrace { trace.head(layer: layer, head: head) }
  private var count: Int { headTrace.tokenCount }
  private var pitch: Double { count <= 16 ? 44 : max(3, 660 / Double(count)) }
  private var printsValues: Bool { pitch >= 30 }
  private var left: Double { LessonFrame.margin + Self.axisWidth }
  private var visible: [Int] {
    (0..<count).filter { headTrace.isVisible(queryIndex: query, keyIndex: $0) }
  }
  private var best: Int? {
    visible.max { headTrace.weights[query, $0] < headTrace.weights[query, $1] }
  }

  /// The finished layout.
  func build() -> FigureLayout {
    let title = frame.title(
      "Softmax turns one query's scores into weights: query "
        + "\(LessonCaption.quoted(trace, query)), "
        + CaptionWriter.headPhrase(for: trace, layer: layer, head: head))
    var items = [title.item]
    let scoresTop = title.bottom + 18
    items += scorePanel(top: scoresTop)
    let weightsTop = scoresTop + Self.panelHeight + 80
    items += transition(top: scoresTop + Self.panelHeight + 18)
    items += weightPanel(top: weightsTop)
    let labels = tokenLabels(top: weightsTop + Self.panelHeight + 4)
    items += labels.items
    let right = left + pitch * Double(count) + 120
    return frame.finish(
      items, contentRight: right, contentBottom: labels.bottom,
      caption: LessonCaption.caption(
        for: trace, heads: CaptionWriter.headPhrase(for: trace, layer: layer, head: head),
        note: "Scores are q·k/√\(headTrace.headSize); weights are their softmax over the"
          + " visible keys. Hatched keys are masked: they get no weight at all."),
      altText: altText)
  }

  private func x(_ key: Int) -> Double { left + Double(key) * pitch }

  private func barRect(_ key: Int, top: Double, height: Double) -> Rect {
    Rect(x: x(key) + pitch * 0.15, y: top, width: pitch * 0.7, height: height)
  }

  private func scorePanel(top: Double) -> [LayoutItem] {
    let values = visible.map { Double(headTrace.scaledScore(queryIndex: query, keyIndex: $0)) }
    let high = max(values.max() ?? 0, 0)
    let low = min(values.min() ?? 0, 0)
    let span = max(high - low, 1e-9)
    let zeroY = top + Self.panelHeight * high / span
    let scale = ValueScale.signed(values, colormap: .defaultDiverging)
    var items = axisTitle("scaled score", "q·k/√\(headTrace.headSize)", top: top)
    var ticks = [(high, top), (low, top + Self.panelHeight)]
    if zeroY - top > 12, top + Self.panelHeight - zeroY > 12 { ticks.append((0, zeroY)) }
    for (value, y) in ticks where value != 0 || y == zeroY {
      items.append(.line(from: (left - 4, y), to: (left, y), Palette.rule, width: 0.6))
      items.append(frame.rightAligned(scale.format(value), right: left - 6, midY: y))
    }
    items.append(
      .line(
        from: (left, zeroY), to: (x(count), zeroY), Palette.rule, width: 0.6))
    for key in 0..<count {
      guard headTrace.isVisible(queryIndex: query, keyIndex: key) else {
        items += maskedColumn(key, top: top, tag: nil)
        continue
      }
      let value = Double(headTrace.scaledScore(queryIndex: query, keyIndex: key))
      let height = Self.panelHeight * abs(value) / span
      let rect = barRect(key, top: value >= 0 ? zeroY - height : zeroY, height: height)
      items.append(.fill(rect, scale.color(of: value), tag: nil))
      items.append(.stroke(rect, Palette.rule, width: 0.4))
      if printsValues {
        let labelY = value >= 0 ? rect.y - 7 : rect.maxY + 7
        items.append(frame.centred(scale.format(value), midX: rect.midX, midY: labelY))
      }
    }
    return items
  }

  private func transition(top: Double) -> [LayoutItem] {
    let midX = x(0) + 10
    return frame.arrow(from: (midX, top), to: (midX, top + 26))
      + [
        frame.text(
          "softmax: exp(score − largest), divided by the row total", x: midX + 10,
          y: top + 6, style: LessonFrame.note)
      ]
  }

  private func weightPanel(top: Double) -> [LayoutItem] {
    var items = axisTitle("weight", "0 to 1", top: top)
    let bottom = top + Self.panelHeight
    items.append(.line(from: (left, bottom), to: (x(count), bottom), Palette.rule, width: 0.6))
    items.append(
      .line(from: (left - 4, top), to: (left, top), Palette.rule, width: 0.6))
    items.append(frame.rightAligned("1", right: left - 6, midY: top))
    items.append(frame.rightAligned("0", right: left - 6, midY: bottom))
    let color = Colormap.defaultSequential.color(at: 0.35)
    for key in 0..<count {
      guard headTrace.isVisible(queryIndex: query, keyIndex: key) else {
        items += maskedColumn(
          key, top: top, tag: .maskedCells(query: query, keys: key..<key + 1))
        continue
      }
      let weight = Double(headTrace.weights[query, key])
      let height = Self.panelHeight * min(max(weight, 0), 1)
      let rect = barRect(key, top: bottom - height, height: height)
      items.append(.fill(rect, color, tag: .cell(query: query, key: key)))
      if printsValues {
        items.append(
          frame.centred(
            LessonCaption.format(weight), midX: rect.midX, midY: rect.y - 7))
      }
    }
    items += bestMark(top: top)
    items.append(sumNote(top: top))
    return items
  }

  /// A hatched column across the whole panel with "masked" written up it, so it reads
  /// as "not visible", never as a bar of any height.
  private func maskedColumn(_ key: Int, top: Double, tag: LayoutTag?) -> [LayoutItem] {
    let rect = barRect(key, top: top, height: Self.panelHeight)
    var items: [LayoutItem] = [.hatch(rect, dark: false, tag: tag)]
    let text = "masked"
    let size = frame.size(text, LessonFrame.note)
    guard rect.width >= size.height + 2 else { return items }
    let box = Rect(
      x: rect.midX - size.height / 2 - 1, y: rect.midY - size.width / 2 - 2,
      width: size.height + 2, height: size.width + 4)
    items.append(.fill(box, .white, tag: nil))
    items.append(
      .text(
        PlacedText(
          text: text, style: LessonFrame.note,
          origin: (rect.midX - size.height / 2, rect.midY + size.width / 2),
          quarterTurns: 1)))
    return items
  }

  private func bestMark(top: Double) -> [LayoutItem] {
    guard let best else { return [] }
    let weight = Double(headTrace.weights[query, best])
    let height = Self.panelHeight * min(max(weight, 0), 1)
    let rect = barRect(best, top: top + Self.panelHeight - height, height: height)
    let label =
      "largest: \(LessonCaption.quoted(trace, best)) \(LessonCaption.format(weight))"
    let size = frame.size(label, LessonFrame.highlighted)
    let textX = min(max(rect.midX - size.width / 2, left), x(count) + 110 - size.width)
    return [
      .stroke(rect, Palette.highlight, width: 1.5),
      frame.text(label, x: textX, y: rect.y - 28, style: LessonFrame.highlighted),
    ]
  }

  private func sumNote(top: Double) -> LayoutItem {
    let sum = visible.reduce(0.0) { $0 + Double(headTrace.weights[query, $1]) }
    let text =
      visible.isEmpty
      ? "sum = 0 (fully masked)" : "sum = \(LessonCaption.format(sum, decimals: 3))"
    return frame.text(text, x: x(count) + 10, y: top + Self.panelHeight - 12)
  }

  private func axisTitle(_ name: String, _ unit: String, top: Double) -> [LayoutItem] {
    [
      frame.text(name, x: LessonFrame.margin, y: top + 30, style: LessonFrame.heading),
      frame.text(unit, x: LessonFrame.margin, y: top + 46, style: LessonFrame.note),
    ]
  }

  private func tokenLabels(top: Double) -> (items: [LayoutItem], bottom: Double) {
    let labels = trace.tokens.map { frame.typesetter.label($0.label, maximumCharacters: 16) }
    let marked = Set([query] + (best.map { [$0] } ?? []))
    let extent = frame.size("Ag").height + 1
    let widest = labels.map { frame.size($0, LessonFrame.highlighted).width }.max() ?? 0
    let rotated = widest > pitch - 4
    let placements = AxisLabelPlanner.plan(
      count: count, pitch: pitch, labelExtent: rotated ? extent : min(pitch, widest + 4),
      highlighted: marked)
    var items: [LayoutItem] = []
    for placement in placements {
      let style = marked.contains(placement.index) ? LessonFrame.highlighted : .label
      let label = labels[placement.index]
      let size = frame.size(label, style)
      let midX = left + placement.center
      if rotated {
        items.append(
          .text(
            PlacedText(
              text: label, style: style, origin: (midX - size.height / 2, top + size.width),
              quarterTurns: 1, tag: .keyLabel(placement.index))))
      } else {
        items.append(
          frame.centred(
            label, midX: midX, midY: top + size.height / 2, style: style,
            tag: .keyLabel(placement.index)))
      }
    }
    let depth = rotated ? widest : extent
    let title = "key token (query \(LessonCaption.quoted(trace, query)) in orange)"
    items.append(frame.text(title, x: left, y: top + depth + 6, style: LessonFrame.note))
    return (items, top + depth + 6 + extent)
  }

  private var altText: String {
    let weights = visible.map { key in
      let weight = LessonCaption.format(Double(headTrace.weights[query, key]))
      return "\(LessonCaption.quoted(trace, key)) \(weight)"
    }
    let masked = count - visible.count
    return "Bar charts for query \(LessonCaption.quoted(trace, query)) (token \(query + 1) of"
      + " \(count)) in \(CaptionWriter.headPhrase(for: trace, layer: layer, head: head)) of"
      + " \(trace.model.displayName): scaled scores, then softmax weights summing to 1"
      + (weights.isEmpty ? " (none visible)" : ": \(weights.joined(separator: ", "))")
      + ". \(masked) masked keys are hatched."
  }
}
