/// Where the cells of an `n × n` heatmap go: row `i` is query `i`, column `j` is key `j`.
struct HeatmapGeometry: Equatable {
  /// The top-left corner of the matrix, in points.
  var originX: Double
  var originY: Double
  /// The side of one square cell, in points.
  var cellSize: Double
  /// The number of tokens `n`.
  var count: Int

  /// The cell side for `n` tokens: 34 pt up to 12 tokens (room for values), smaller after.
  static func cellSize(forTokenCount count: Int) -> Double {
    count <= valueLimit ? 34 : min(22, max(1, 560 / Double(count)))
  }

  /// The largest token count whose cells print their values.
  static let valueLimit = 12
  /// The largest token count drawn as one vector rectangle per cell; larger matrices are
  /// drawn as one image, which keeps SVG and PDF files small.
  static let vectorCellLimit = 64

  /// Whether the cells are drawn as one image.
  var isRaster: Bool { count > Self.vectorCellLimit }

  /// The side of the whole matrix.
  var side: Double { cellSize * Double(count) }

  /// The rectangle of the cell for query `query` (row) and key `key` (column).
  func cellRect(query: Int, key: Int) -> Rect {
    Rect(
      x: originX + Double(key) * cellSize, y: originY + Double(query) * cellSize,
      width: cellSize, height: cellSize)
  }
}
