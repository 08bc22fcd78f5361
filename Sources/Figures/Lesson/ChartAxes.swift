/// A plot area with a linear y axis: maps values to points and draws ticks and grid.
struct ChartAxes {
  let frame: LessonFrame
  /// The plot area in points.
  let area: Rect
  /// The value at the bottom edge.
  let low: Double
  /// The value at the top edge.
  let high: Double

  /// The y position of `value`.
  func y(_ value: Double) -> Double {
    area.maxY - (value - low) / max(high - low, 1e-12) * area.height
  }

  /// Grid lines and labels at `ticks`, the frame, and the rotated y-axis title.
  func items(ticks: [Double], decimals: Int, title: String) -> [LayoutItem] {
    var items: [LayoutItem] = []
    for tick in ticks {
      let ty = y(tick)
      let color = tick == 0 ? Palette.rule : RGBColor(white: 0.85)
      items.append(.line(from: (area.x, ty), to: (area.maxX, ty), color, width: 0.5))
      items.append(
        frame.rightAligned(
          LessonCaption.format(tick, decimals: decimals), right: area.x - 4, midY: ty))
    }
    items.append(.stroke(area, Palette.rule, width: 0.6))
    let size = frame.size(title, .axisTitle)
    items.append(
      .text(
        PlacedText(
          text: title, style: .axisTitle,
          origin: (LessonFrame.margin, area.midY + size.width / 2), quarterTurns: 1)))
    return items
  }

  /// A square marker centred on `(x, y)`, filled or hollow.
  static func marker(x: Double, y: Double, color: RGBColor, filled: Bool) -> [LayoutItem] {
    let rect = Rect(x: x - 3.5, y: y - 3.5, width: 7, height: 7)
    return filled
      ? [.fill(rect, color, tag: nil)]
      : [.fill(rect, .white, tag: nil), .stroke(rect, color, width: 1.4)]
  }

  /// Okabe–Ito vermillion, safe for colour-blind readers next to `blue`.
  static let vermillion = RGBColor(red: 0.835, green: 0.369, blue: 0)
  /// Okabe–Ito blue.
  static let blue = RGBColor(red: 0, green: 0.447, blue: 0.698)
}
