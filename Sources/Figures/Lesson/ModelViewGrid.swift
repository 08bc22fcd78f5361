/// Where the model view's thumbnails go: which axis holds the layers, the thumbnail size
/// and the gaps, with a wider gap between heads of different key/value groups.
///
/// Offsets are in points from the grid's top-left corner; `y` grows downwards.
struct ModelViewGrid {
  /// Whether layers run along the columns (a wide grid) rather than down the rows.
  var layersAsColumns: Bool
  /// The side of one square thumbnail, in points.
  var thumb: Double
  /// The key/value head of every head of a layer.
  var groups: [Int]
  /// The number of layers.
  var layers: Int

  static let gap = 4.0
  static let groupGap = 10.0

  var heads: Int { groups.count }
  var isShared: Bool { Set(groups).count < groups.count }

  /// The offset of head `head` along the head axis, counting the group gaps before it.
  func headOffset(_ head: Int) -> Double {
    let breaks = isShared ? (0..<head).filter { groups[$0] != groups[$0 + 1] }.count : 0
    return Double(head) * (thumb + Self.gap) + Double(breaks) * Self.groupGap
  }

  /// The offset of layer `layer` along the layer axis.
  func layerOffset(_ layer: Int) -> Double { Double(layer) * (thumb + Self.gap) }

  /// The top-left corner of the thumbnail of `layer`, `head`.
  func origin(layer: Int, head: Int) -> (x: Double, y: Double) {
    layersAsColumns
      ? (layerOffset(layer), headOffset(head)) : (headOffset(head), layerOffset(layer))
  }

  /// The grid's width and height, without the trailing gap.
  var size: (width: Double, height: Double) {
    let layerExtent = layerOffset(layers - 1) + thumb
    let headExtent = headOffset(heads - 1) + thumb
    return layersAsColumns ? (layerExtent, headExtent) : (headExtent, layerExtent)
  }

  /// The runs of neighbouring heads that share one key/value head, as head ranges.
  var groupRuns: [Range<Int>] {
    var runs: [Range<Int>] = []
    var start = 0
    for head in 1...heads where head == heads || groups[head] != groups[start] {
      runs.append(start..<head)
      start = head
    }
    return runs
  }
}
