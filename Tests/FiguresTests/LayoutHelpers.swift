import AttentionEngine

@testable import Figures

/// Builds layouts without a surface, for geometry tests.
enum LayoutHelpers {
  static func layout(_ request: FigureRequest, _ trace: AttentionTrace) throws -> FigureLayout {
    try FigureRenderer().layout(for: request, of: trace, typesetter: Typesetter())
  }

  static func texts(_ layout: FigureLayout) -> [PlacedText] {
    layout.items.compactMap { item in
      if case .text(let placed) = item { return placed }
      return nil
    }
  }

  static func cellRects(_ layout: FigureLayout) -> [(query: Int, key: Int, rect: Rect)] {
    layout.items.compactMap { item in
      if case .fill(let rect, _, .cell(let query, let key)?) = item { return (query, key, rect) }
      return nil
    }
  }

  static func maskedRuns(_ layout: FigureLayout) -> [(query: Int, keys: Range<Int>)] {
    layout.items.compactMap { item in
      if case .maskedCells(let query, let keys)? = item.tag { return (query, keys) }
      return nil
    }
  }
}
