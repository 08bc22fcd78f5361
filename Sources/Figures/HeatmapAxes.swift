import Tokenization

/// The two token axes of a heatmap: query labels left of the rows, key labels rotated
/// above the columns, and the axis titles that say which is which.
struct HeatmapAxes {
  let labels: [String]
  /// Each token's kind: special and unknown tokens get their own label style.
  let kinds: [TokenKind]
  let highlighted: Set<Int>
  let typesetter: Typesetter

  static let queryTitle = "query — attending from"
  static let keyTitle = "key — attending to"

  private var cellSize: Double { HeatmapGeometry.cellSize(forTokenCount: labels.count) }
  private var labelExtent: Double {
    typesetter.size(of: "Ag", style: .label).height + 1
  }
  private var isThinned: Bool { cellSize < labelExtent }
  private var leaderGap: Double { isThinned ? 10 : 4 }

  /// The style of token `index`'s label: bold and coloured when highlighted, italic when
  /// special or unknown.
  func style(_ index: Int) -> TextStyle {
    .tokenLabel(kinds[index], isHighlighted: highlighted.contains(index))
  }

  /// Which labels show and where, along either axis (the matrix is square).
  var placements: [AxisLabelPlanner.Placement] {
    AxisLabelPlanner.plan(
      count: labels.count, pitch: cellSize, labelExtent: labelExtent,
      highlighted: highlighted)
  }

  /// The matrix position, leaving room on the left and top for titles and labels.
  func geometry(left: Double, keyTitleY: Double) -> HeatmapGeometry {
    let widest = placements.map { labelSize($0.index).width }.max() ?? 0
    let queryTitleHeight = typesetter.size(of: Self.queryTitle, style: .axisTitle).height
    let keyTitleHeight = typesetter.size(of: Self.keyTitle, style: .axisTitle).height
    return HeatmapGeometry(
      originX: left + queryTitleHeight + 6 + widest + leaderGap,
      originY: keyTitleY + keyTitleHeight + 6 + widest + leaderGap,
      cellSize: cellSize, count: labels.count)
  }

  /// The titles, labels and leader lines; the lowest point they reach is `bottom`.
  func items(geometry: HeatmapGeometry, keyTitleY: Double, left: Double)
    -> (items: [LayoutItem], bottom: Double)
  {
    var items: [LayoutItem] = []
    for placement in placements {
      items += rowLabel(placement, geometry)
      items += columnLabel(placement, geometry)
    }
    let keySize = typesetter.size(of: Self.keyTitle, style: .axisTitle)
    let keyX = max(left, geometry.originX + geometry.side / 2 - keySize.width / 2)
    items.append(
      .text(PlacedText(text: Self.keyTitle, style: .axisTitle, origin: (keyX, keyTitleY))))
    let querySize = typesetter.size(of: Self.queryTitle, style: .axisTitle)
    let queryTop = max(
      keyTitleY + keySize.height + 4,
      geometry.originY + geometry.side / 2 - querySize.width / 2)
    items.append(
      .text(
        PlacedText(
          text: Self.queryTitle, style: .axisTitle,
          origin: (left, queryTop + querySize.width), quarterTurns: 1)))
    return (items, queryTop + querySize.width)
  }

  private func labelSize(_ index: Int) -> (width: Double, height: Double) {
    typesetter.size(of: labels[index], style: style(index))
  }

  private func rowLabel(_ placement: AxisLabelPlanner.Placement, _ geometry: HeatmapGeometry)
    -> [LayoutItem]
  {
    let size = labelSize(placement.index)
    let y = geometry.originY + placement.center
    let right = geometry.originX - leaderGap
    var items: [LayoutItem] = [
      .text(
        PlacedText(
          text: labels[placement.index], style: style(placement.index),
          origin: (right - size.width, y - size.height / 2), tag: .queryLabel(placement.index)))
    ]
    if isThinned {
      let cellY = geometry.originY + placement.cellCenter
      items.append(
        .line(from: (right + 1, y), to: (geometry.originX - 1, cellY), Palette.rule, width: 0.5))
    }
    return items
  }

  private func columnLabel(
    _ placement: AxisLabelPlanner.Placement, _ geometry: HeatmapGeometry
  ) -> [LayoutItem] {
    let size = labelSize(placement.index)
    let x = geometry.originX + placement.center
    let bottom = geometry.originY - leaderGap
    var items: [LayoutItem] = [
      .text(
        PlacedText(
          text: labels[placement.index], style: style(placement.index),
          origin: (x - size.height / 2, bottom), quarterTurns: 1,
          tag: .keyLabel(placement.index)))
    ]
    if isThinned {
      let cellX = geometry.originX + placement.cellCenter
      items.append(
        .line(from: (x, bottom + 1), to: (cellX, geometry.originY - 1), Palette.rule, width: 0.5))
    }
    return items
  }
}
