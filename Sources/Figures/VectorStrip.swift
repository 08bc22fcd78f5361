/// Draws a vector as a row of coloured cells, with its values printed when it is short.
struct VectorStrip {
  let typesetter: Typesetter
  let scale: ValueScale
  /// The number of entries `d`.
  let count: Int
  /// The width a strip of more than `valueLimit` entries aims at, in points.
  var budget = 256.0

  /// The largest `d` whose entries print their values.
  static let valueLimit = 8

  /// The width of one entry: 28 pt with values, narrower without.
  var cellWidth: Double {
    count <= Self.valueLimit ? 28 : max(2, min(12, budget / Double(count)))
  }

  /// The width of the whole strip.
  var width: Double { cellWidth * Double(count) }

  /// The cells of `values` with their top-left corner at `(x, y)`.
  func items<Value: BinaryFloatingPoint>(
    _ values: [Value], x: Double, y: Double, height: Double
  ) -> [LayoutItem] {
    var items: [LayoutItem] = []
    for (index, entry) in values.enumerated() {
      let value = Double(entry)
      let rect = Rect(
        x: x + Double(index) * cellWidth, y: y, width: cellWidth, height: height)
      let fill = scale.color(of: value)
      items.append(.fill(rect, fill, tag: nil))
      if count <= Self.valueLimit, height >= 9 {
        var style = TextStyle(size: 8)
        style.color = fill.contrastingText
        let text = scale.format(value)
        let size = typesetter.size(of: text, style: style)
        items.append(
          .text(
            PlacedText(
              text: text, style: style,
              origin: (rect.midX - size.width / 2, rect.midY - size.height / 2))))
      }
    }
    items.append(
      .stroke(Rect(x: x, y: y, width: width, height: height), Palette.rule, width: 0.4))
    return items
  }
}
