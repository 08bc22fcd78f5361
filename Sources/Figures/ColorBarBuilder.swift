import Tokenization

/// Lays out a vertical colour bar with its title and ticks, and legend swatches below it.
struct ColorBarBuilder {
  let typesetter: Typesetter
  static let barWidth = 14.0
  static let slices = 96

  /// A legend swatch: how it looks and what it means.
  enum Swatch {
    case masked
    case fullyMasked
    case outline(RGBColor)
    /// A sample word in the style of some token labels, such as highlighted ones.
    case textSample(TextStyle)

    /// Whether the swatch is a sample of text, drawn without the box around colour swatches.
    var isTextSample: Bool {
      if case .textSample = self { return true }
      return false
    }
  }

  /// The legend entry for grey italic labels, when any of `tokens` is special or unknown.
  static func markedTokenEntries(_ tokens: [Token]) -> [(Swatch, String)] {
    guard tokens.contains(where: { TextStyle.isMarked($0.kind) }) else { return [] }
    return [(.textSample(.markedTokenLabel), TextStyle.markedTokenLegend)]
  }

  /// The items of a bar whose top-left corner is `(x, y)`; returns them with the size used.
  ///
  /// The ticks mark the scale's true minimum and maximum; a clipped scale's bar runs flat
  /// beyond its colour limit and says so in a note under the bar.
  func bar(
    _ scale: ValueScale, title: String, x: Double, y: Double, height: Double
  ) -> (items: [LayoutItem], width: Double, height: Double) {
    let plain = plainBar(scale, title: title, x: x, y: y, height: height)
    guard let note = scale.clippingNote else { return plain }
    let text = typesetter.text(note)
    var style = TextStyle.label
    style.color = Palette.secondaryText
    let wrap = max(plain.width, Self.noteWidth)
    let size = typesetter.size(of: text, style: style, wrapWidth: wrap)
    let noteY = y + plain.height + 4
    let item = LayoutItem.text(
      PlacedText(text: text, style: style, origin: (x, noteY), wrapWidth: wrap))
    return (plain.items + [item], max(plain.width, size.width), plain.height + 4 + size.height)
  }

  /// The widest a clipping note runs before it wraps, in points.
  static let noteWidth = 96.0

  private func plainBar(
    _ scale: ValueScale, title: String, x: Double, y: Double, height: Double
  ) -> (items: [LayoutItem], width: Double, height: Double) {
    let titleText = typesetter.text(title)
    let titleSize = typesetter.size(of: titleText, style: .label)
    var items: [LayoutItem] = [
      .text(PlacedText(text: titleText, style: .label, origin: (x, y)))
    ]
    let top = y + titleSize.height + 6
    items += gradient(scale, in: Rect(x: x, y: top, width: Self.barWidth, height: height))
    var width = max(titleSize.width, Self.barWidth)
    for tick in scale.ticks {
      let (tickItems, tickWidth) = tickMark(
        tick, scale: scale, x: x + Self.barWidth, top: top, height: height)
      items += tickItems
      width = max(width, Self.barWidth + tickWidth)
    }
    return (items, width, titleSize.height + 6 + height)
  }

  /// Legend rows stacked from `(x, y)`; returns the items with the size used.
  func legend(_ entries: [(Swatch, String)], x: Double, y: Double)
    -> (items: [LayoutItem], width: Double, height: Double)
  {
    var items: [LayoutItem] = []
    var cursor = y
    var width = 0.0
    for (swatch, label) in entries {
      let text = typesetter.text(label)
      let size = typesetter.size(of: text, style: .label)
      let box = Rect(x: x, y: cursor + (size.height - 10) / 2, width: 14, height: 10)
      items.append(swatchItem(swatch, box: box, y: cursor))
      if !swatch.isTextSample { items.append(.stroke(box, Palette.rule, width: 0.5)) }
      items.append(
        .text(
          PlacedText(
            text: text, style: .label, origin: (x + 19, cursor),
            tag: .legend(label))))
      width = max(width, 19 + size.width)
      cursor += size.height + 4
    }
    return (items, width, cursor - y)
  }

  private func swatchItem(_ swatch: Swatch, box: Rect, y: Double) -> LayoutItem {
    switch swatch {
    case .masked: .hatch(box, dark: false, tag: nil)
    case .fullyMasked: .hatch(box, dark: true, tag: nil)
    case .outline(let color): .fill(box, color, tag: nil)
    case .textSample(let style):
      .text(
        PlacedText(
          text: "Ab", style: style,
          origin: (box.x, y)))
    }
  }

  private func gradient(_ scale: ValueScale, in rect: Rect) -> [LayoutItem] {
    let step = rect.height / Double(Self.slices)
    var items: [LayoutItem] = (0..<Self.slices).map { slice in
      let fraction = (Double(slice) + 0.5) / Double(Self.slices)
      let value = scale.maximum - fraction * (scale.maximum - scale.minimum)
      let overlap = slice == Self.slices - 1 ? 0 : 0.4
      let band = Rect(
        x: rect.x, y: rect.y + Double(slice) * step, width: rect.width,
        height: step + overlap)
      return .fill(band, scale.color(of: value), tag: nil)
    }
    items.append(.stroke(rect, Palette.rule, width: 0.5))
    return items
  }

  private func tickMark(
    _ value: Double, scale: ValueScale, x: Double, top: Double, height: Double
  ) -> ([LayoutItem], Double) {
    let span = scale.maximum - scale.minimum
    let fraction = span > 0 ? (scale.maximum - value) / span : 0.5
    let tickY = top + fraction * height
    let label = scale.format(value)
    let size = typesetter.size(of: label, style: .label)
    let items: [LayoutItem] = [
      .line(from: (x, tickY), to: (x + 3, tickY), Palette.rule, width: 0.6),
      .text(PlacedText(text: label, style: .label, origin: (x + 5, tickY - size.height / 2))),
    ]
    return (items, 5 + size.width)
  }
}
