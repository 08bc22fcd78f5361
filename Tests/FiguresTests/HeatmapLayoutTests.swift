import AttentionEngine
import Testing
import Tokenization

@testable import Figures

@Suite struct HeatmapLayoutTests {
  let trace = TraceFixtures.trace(labels: TraceFixtures.catSat)

  @Test func cellOfQueryAndKeySitsInTheQueryRowAndKeyColumn() {
    let geometry = HeatmapGeometry(originX: 100, originY: 50, cellSize: 10, count: 4)
    let cell = geometry.cellRect(query: 2, key: 1)
    #expect(cell == Rect(x: 110, y: 70, width: 10, height: 10))
  }

  @Test func causalHeatmapFillsTheLowerLeftTriangleOnly() throws {
    let layout = try LayoutHelpers.layout(FigureRequest(view: .heatmap), trace)
    let cells = LayoutHelpers.cellRects(layout)
    #expect(cells.count == 10)
    #expect(cells.allSatisfy { $0.key <= $0.query })
    let masked = LayoutHelpers.maskedRuns(layout)
    #expect(masked.map(\.query) == [0, 1, 2])
    #expect(masked.allSatisfy { $0.keys.lowerBound == $0.query + 1 && $0.keys.upperBound == 4 })
  }

  @Test func rowsAreQueriesAndColumnsAreKeysInTheDrawnLayout() throws {
    let layout = try LayoutHelpers.layout(FigureRequest(view: .heatmap), trace)
    let cells = LayoutHelpers.cellRects(layout)
    let rowOf = { (query: Int) in cells.first { $0.query == query }!.rect.y }
    #expect(rowOf(0) < rowOf(1) && rowOf(1) < rowOf(2) && rowOf(2) < rowOf(3))
    let sameRow = cells.filter { $0.query == 3 }
    #expect(Set(sameRow.map(\.rect.y)).count == 1)
    #expect(sameRow.map(\.rect.x) == sameRow.map(\.rect.x).sorted())
  }

  @Test func queryLabelsAreCentredOnTheirRows() throws {
    let layout = try LayoutHelpers.layout(FigureRequest(view: .heatmap), trace)
    let cells = LayoutHelpers.cellRects(layout)
    for text in LayoutHelpers.texts(layout) {
      guard case .queryLabel(let query)? = text.tag else { continue }
      let row = cells.first { $0.query == query }!.rect
      #expect(text.origin.y > row.y - 1 && text.origin.y < row.midY)
      #expect(text.text == TraceFixtures.catSat[query])
    }
  }

  @Test func axisTitlesSayWhichAxisIsQueriesAndWhichKeys() throws {
    let layout = try LayoutHelpers.layout(FigureRequest(view: .heatmap), trace)
    let texts = LayoutHelpers.texts(layout).map(\.text)
    #expect(texts.contains("query — attending from"))
    #expect(texts.contains("key — attending to"))
  }

  @Test func smallMatricesPrintEveryVisibleValue() throws {
    let layout = try LayoutHelpers.layout(FigureRequest(view: .heatmap), trace)
    let texts = Set(LayoutHelpers.texts(layout).map(\.text))
    let weights = trace.weights(forLayer: 0, head: 0)
    #expect(texts.contains(FixedDecimal.format(weights[3, 2], decimals: 2)))
    #expect(texts.contains("1.00"))
  }

  @Test func maskedLegendAppearsOnlyWhenSomethingIsMasked() throws {
    let causal = try LayoutHelpers.layout(FigureRequest(view: .heatmap), trace)
    let open = try LayoutHelpers.layout(
      FigureRequest(view: .heatmap),
      TraceFixtures.trace(labels: TraceFixtures.catSat, causal: false))
    #expect(causal.items.contains { $0.tag == .legend("masked") })
    #expect(!open.items.contains { $0.tag == .legend("masked") })
    #expect(LayoutHelpers.maskedRuns(open).isEmpty)
  }

  @Test func fullyMaskedRowIsMarkedNotDrawnAsZero() throws {
    let masked = TraceFixtures.trace(labels: TraceFixtures.catSat, fullyMaskedRows: [1])
    let layout = try LayoutHelpers.layout(FigureRequest(view: .heatmap), masked)
    #expect(!LayoutHelpers.cellRects(layout).contains { $0.query == 1 })
    #expect(LayoutHelpers.maskedRuns(layout).contains { $0.query == 1 && $0.keys == 0..<4 })
    #expect(layout.items.contains { $0.tag == .legend("fully masked row") })
    #expect(LayoutHelpers.texts(layout).contains { $0.text.contains("fully masked") })
  }

  @Test func highlightedLabelsAreExplainedInTheLegendOnlyWhenThereAreAny() throws {
    let plain = try LayoutHelpers.layout(FigureRequest(view: .heatmap), trace)
    let marked = try LayoutHelpers.layout(
      FigureRequest(view: .heatmap, highlightedTokens: [1]), trace)
    #expect(!plain.items.contains { $0.tag == .legend("highlighted token") })
    #expect(marked.items.contains { $0.tag == .legend("highlighted token") })
  }

  /// Cases 3 and 9: a special token and an `[UNK]` (labelled with the text it covers) are
  /// marked on both axes, the legend says what the mark means, and the caption says how much
  /// text the unknown token covers.
  @Test func specialAndUnknownTokensAreMarkedOnTheAxesAndExplained() throws {
    var marked = trace
    marked.tokens[0] = Token(id: 101, piece: "[CLS]", span: 0..<0, kind: .special, label: "[CLS]")
    marked.tokens[1] = Token(id: 100, piece: "[UNK]", span: 4..<7, kind: .unknown, label: "cat")
    let layout = try LayoutHelpers.layout(
      FigureRequest(view: .heatmap, highlightedTokens: [1]), marked)
    let texts = LayoutHelpers.texts(layout)
    func styles(_ index: Int) -> [TextStyle] {
      texts.filter { $0.tag == .queryLabel(index) || $0.tag == .keyLabel(index) }.map(\.style)
    }
    #expect(styles(0).count == 2 && styles(0).allSatisfy { $0 == .markedTokenLabel })
    #expect(styles(1).count == 2 && styles(1).allSatisfy { $0.isItalic && $0.isBold })
    #expect(styles(2).count == 2 && styles(2).allSatisfy { $0 == .label })
    #expect(layout.items.contains { $0.tag == .legend("special or unknown token") })
    #expect(
      texts.contains {
        $0.text.contains(
          "an unknown token ([UNK]) stands for a whole word the vocabulary cannot piece and is"
            + " labelled with the text it covers: ‘cat’ (3 characters)")
      })
    let plain = try LayoutHelpers.layout(FigureRequest(view: .heatmap), trace)
    #expect(!plain.items.contains { $0.tag == .legend("special or unknown token") })
  }

  @Test func longAxesKeepEveryHighlightedLabel() throws {
    let labels = (0..<300).map { "t\($0)" }
    let long = TraceFixtures.trace(labels: labels, layers: 1, heads: 1)
    let highlighted: Set<Int> = [5, 6, 7, 150, 299]
    let layout = try LayoutHelpers.layout(
      FigureRequest(view: .heatmap, highlightedTokens: highlighted), long)
    var rows = Set<Int>()
    var columns = Set<Int>()
    for text in LayoutHelpers.texts(layout) {
      if case .queryLabel(let i)? = text.tag { rows.insert(i) }
      if case .keyLabel(let i)? = text.tag { columns.insert(i) }
    }
    #expect(highlighted.isSubset(of: rows) && highlighted.isSubset(of: columns))
    #expect(rows.count < 100)
  }

  @Test func largeMatricesAreOneImageWithMaskedRunsOnTop() throws {
    let long = TraceFixtures.trace(labels: (0..<100).map { "t\($0)" }, layers: 1, heads: 1)
    let layout = try LayoutHelpers.layout(FigureRequest(view: .heatmap), long)
    let rasters = layout.items.filter {
      if case .raster(_, 100, 100, let colors) = $0 { return colors.count == 10_000 }
      return false
    }
    #expect(rasters.count == 1)
    #expect(LayoutHelpers.cellRects(layout).isEmpty)
    #expect(LayoutHelpers.maskedRuns(layout).count == 99)
  }
}

@Suite struct NonFiniteValueTests {
  @Test func nonFiniteVisibleScoresAreDrawnBlackAndWarned() throws {
    var trace = TraceFixtures.trace(labels: TraceFixtures.catSat, layers: 1, heads: 1)
    trace.layers[0].heads[0].scores[2, 1] = .nan
    let figure = try FigureRenderer().render(
      FigureRequest(view: .heatmap, quantity: .scores), of: trace,
      options: RenderOptions(format: .svg))
    #expect(figure.warnings.count == 1 && figure.warnings[0].contains("NaN"))
    let layout = try LayoutHelpers.layout(FigureRequest(view: .heatmap, quantity: .scores), trace)
    let cell = layout.items.first { $0.tag == .cell(query: 2, key: 1) }
    #expect(
      cell
        == .fill(
          LayoutHelpers.cellRects(layout).first { $0.query == 2 && $0.key == 1 }!.rect, .black,
          tag: .cell(query: 2, key: 1)))
  }
}
