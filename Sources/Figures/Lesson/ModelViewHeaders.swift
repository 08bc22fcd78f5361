/// The model view's axis labels: `layer k` down the rows and `h k` under a `head` title
/// on the natural grid; on a wide grid `head k` down the rows and the layer numbers under
/// a `layer` title across the top.
///
/// Key/value groups are bracketed in the highlight colour beside or above their heads.
struct ModelViewHeaders {
  let grid: ModelViewGrid
  let frame: LessonFrame
  /// Whether no header text may be smaller than `minimumSlideSize`.
  let isSlide: Bool

  /// The smallest header text on a slide, in points.
  static let minimumSlideSize = 8.0

  /// The width the row labels (and any group brackets beside them) take left of the grid.
  var rowHeaderWidth: Double {
    guard grid.layersAsColumns else {
      return frame.size("layer \(grid.layers)", .label).width + 8
    }
    let labels = frame.size("head \(grid.heads)", .label).width + 8
    return labels + (grid.isShared ? groupLabelWidth + 12 : 0)
  }

  /// The height the column labels (and title or group brackets) take above the grid.
  var columnHeaderHeight: Double {
    grid.isShared && !grid.layersAsColumns ? 52 : 34
  }

  /// The header items for a grid whose top-left corner is `(left, top)`.
  func items(left: Double, top: Double) -> [LayoutItem] {
    grid.layersAsColumns ? wide(left: left, top: top) : natural(left: left, top: top)
  }

  private var columnStyle: TextStyle {
    let size = grid.thumb < 34 ? 7 : 8.5
    return TextStyle(size: isSlide ? max(size, Self.minimumSlideSize) : size)
  }

  private var groupLabelWidth: Double {
    frame.size("kv \((grid.groups.max() ?? 0) + 1)", columnStyle).width
  }

  private func natural(left: Double, top: Double) -> [LayoutItem] {
    var items: [LayoutItem] = (0..<grid.layers).map { layer in
      frame.rightAligned(
        "layer \(layer + 1)", right: left - 6,
        midY: top + grid.layerOffset(layer) + grid.thumb / 2)
    }
    for head in 0..<grid.heads {
      let midX = left + grid.headOffset(head) + grid.thumb / 2
      items.append(frame.centred("h\(head + 1)", midX: midX, midY: top - 8, style: columnStyle))
    }
    let titleY = top - (grid.isShared ? 43 : 25)
    items.append(axisTitle("head", left: left, midY: titleY))
    guard grid.isShared else { return items }
    let y = top - 18
    for run in grid.groupRuns {
      let from = left + grid.headOffset(run.lowerBound) + 2
      let to = left + grid.headOffset(run.upperBound - 1) + grid.thumb - 2
      items.append(.line(from: (from, y), to: (to, y), Palette.highlight, width: 1))
      items.append(groupLabel(run, midX: (from + to) / 2, midY: y - 7))
    }
    return items
  }

  private func wide(left: Double, top: Double) -> [LayoutItem] {
    var items = [axisTitle("layer", left: left, midY: top - 25)]
    for layer in 0..<grid.layers {
      let midX = left + grid.layerOffset(layer) + grid.thumb / 2
      items.append(frame.centred("\(layer + 1)", midX: midX, midY: top - 8, style: columnStyle))
    }
    for head in 0..<grid.heads {
      items.append(
        frame.rightAligned(
          "head \(head + 1)", right: left - 6,
          midY: top + grid.headOffset(head) + grid.thumb / 2))
    }
    guard grid.isShared else { return items }
    let x = LessonFrame.margin + groupLabelWidth + 6
    for run in grid.groupRuns {
      let from = top + grid.headOffset(run.lowerBound) + 2
      let to = top + grid.headOffset(run.upperBound - 1) + grid.thumb - 2
      items.append(.line(from: (x, from), to: (x, to), Palette.highlight, width: 1))
      let label = "kv \(grid.groups[run.lowerBound] + 1)"
      items.append(
        frame.rightAligned(
          label, right: x - 4, midY: (from + to) / 2,
          style: TextStyle(size: columnStyle.size, color: Palette.highlight)))
    }
    return items
  }

  private func axisTitle(_ text: String, left: Double, midY: Double) -> LayoutItem {
    frame.centred(text, midX: left + grid.size.width / 2, midY: midY, style: .axisTitle)
  }

  private func groupLabel(_ run: Range<Int>, midX: Double, midY: Double) -> LayoutItem {
    frame.centred(
      "kv \(grid.groups[run.lowerBound] + 1)", midX: midX, midY: midY,
      style: TextStyle(size: columnStyle.size, color: Palette.highlight))
  }
}
