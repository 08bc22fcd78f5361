import AttentionEngine
import Testing
import Tokenization

@testable import Figures

@Suite struct StepLayoutTests {
  let trace = TraceFixtures.trace(labels: TraceFixtures.catSat, headSize: 2)

  @Test func maskedKeysAreMarkedMaskedNotZero() throws {
    let layout = try LayoutHelpers.layout(FigureRequest(view: .step, queryIndex: 1), trace)
    let masked = LayoutHelpers.maskedRuns(layout)
    #expect(masked.map(\.keys) == [2..<3, 3..<4])
    let texts = LayoutHelpers.texts(layout).map(\.text)
    #expect(texts.filter { $0.hasPrefix("masked: ") }.count == 2)
  }

  @Test func specialKeyLabelsAreItalicAndTheLegendSaysWhy() throws {
    var marked = trace
    marked.tokens[0] = Token(id: 1, piece: "<s>", span: 0..<0, kind: .special, label: "<s>")
    let layout = try LayoutHelpers.layout(FigureRequest(view: .step, queryIndex: 2), marked)
    let label = LayoutHelpers.texts(layout).first { $0.text == "<s>" }
    #expect(label?.style == .markedTokenLabel)
    #expect(layout.items.contains { $0.tag == .legend("special or unknown token") })
    let plain = try LayoutHelpers.layout(FigureRequest(view: .step, queryIndex: 2), trace)
    #expect(!plain.items.contains { $0.tag == .legend("special or unknown token") })
  }

  /// Case 26: a long text's step figure draws each column as one image, so its SVG stays
  /// small enough to open (one rectangle per entry made 10 MB figures at 500 keys).
  @Test func longStepDrawsColumnsAsImagesAndStaysSmall() throws {
    let labels = (0..<400).map { "w\($0)" }
    let long = TraceFixtures.trace(labels: labels, headSize: 64, layers: 1, heads: 1)
    let request = FigureRequest(view: .step, queryIndex: 300, highlightedTokens: [3])
    let layout = try LayoutHelpers.layout(request, long)
    let rasters = layout.items.filter { if case .raster = $0 { return true } else { return false } }
    #expect(rasters.count == 5)  // k, q·k, q·k/√d, v, weight · v
    #expect(LayoutHelpers.maskedRuns(layout).map(\.keys) == [301..<400])
    let svg = try FigureRenderer().render(request, of: long, options: RenderOptions(format: .svg))
    #expect(svg.bytes.count < 1_000_000, "\(svg.bytes.count) bytes")
  }

  @Test func legendNamesWhatTheOrangeLabelsMark() throws {
    let alone = try LayoutHelpers.layout(FigureRequest(view: .step, queryIndex: 2), trace)
    let withKey = try LayoutHelpers.layout(
      FigureRequest(view: .step, queryIndex: 2, highlightedTokens: [0, 2]), trace)
    #expect(alone.items.contains { $0.tag == .legend("the query token") })
    #expect(withKey.items.contains { $0.tag == .legend("query or highlighted token") })
  }

  @Test func stepShowsScoresScaledScoresWeightsAndRowSum() throws {
    let layout = try LayoutHelpers.layout(FigureRequest(view: .step, queryIndex: 2), trace)
    let texts = Set(LayoutHelpers.texts(layout).map(\.text))
    let head = trace.head(layer: 0, head: 0)
    let scale = ValueScale.signed(
      (0...2).map { Double(head.scores[2, $0]) }, colormap: .defaultDiverging)
    #expect(texts.contains(scale.format(Double(head.scores[2, 1]))))
    #expect(texts.contains(FixedDecimal.format(head.weights[2, 0], decimals: 3)))
    #expect(texts.contains("sum of weights = 1.000"))
    #expect(texts.contains("q·k/√2"))
    #expect(texts.contains("output = Σ weight · v"))
  }

  @Test func fullyMaskedQuerySaysSoInsteadOfSummingToOne() throws {
    let masked = TraceFixtures.trace(labels: TraceFixtures.catSat, fullyMaskedRows: [0])
    let layout = try LayoutHelpers.layout(FigureRequest(view: .step, queryIndex: 0), masked)
    let texts = LayoutHelpers.texts(layout).map(\.text)
    #expect(texts.contains("sum = 0 (fully masked: no visible key)"))
    #expect(LayoutHelpers.maskedRuns(layout).count == 4)
  }

  @Test func keysAndValuesHaveSeparateScalesEachBarStatingItsTrueRange() throws {
    let outlier = TraceFixtures.trace(labels: TraceFixtures.catSat, headSize: 8, keyOutlier: 12)
    let scales = StepParts.vectorScales(
      head: outlier.head(layer: 0, head: 0), query: 2, colormap: .defaultDiverging)
    #expect(scales.keys.maximum == 12)
    #expect(scales.values.largestMagnitude <= 1.5)

    let layout = try LayoutHelpers.layout(FigureRequest(view: .step, queryIndex: 2), outlier)
    let keyBar = Self.barTexts(layout, title: StepParts.keyBarTitle)
    let valueBar = Self.barTexts(layout, title: StepParts.valueBarTitle)
    #expect(keyBar.first == scales.keys.format(scales.keys.maximum))
    #expect(keyBar.contains(scales.keys.format(scales.keys.minimum)))
    #expect(valueBar.first == scales.values.format(scales.values.maximum))
    #expect(valueBar.contains(scales.values.format(scales.values.minimum)))
  }

  @Test func farOutlierClipsOnlyTheKeyScaleAndTheBarSaysSo() throws {
    let outlier = TraceFixtures.trace(labels: TraceFixtures.catSat, headSize: 8, keyOutlier: 12)
    let head = outlier.head(layer: 0, head: 0)
    let scales = StepParts.vectorScales(head: head, query: 2, colormap: .defaultDiverging)
    #expect(scales.keys.isClipped && !scales.values.isClipped)
    #expect(scales.keys.color(of: 12) == scales.keys.color(of: scales.keys.colorLimit))

    let layout = try LayoutHelpers.layout(FigureRequest(view: .step, queryIndex: 2), outlier)
    let note = try #require(scales.keys.clippingNote)
    #expect(Self.barTexts(layout, title: StepParts.keyBarTitle).contains(note))
    let low = scales.keys.format(scales.keys.minimum)
    #expect(layout.altText.contains("q and k entries from \(low)"))
    #expect(layout.altText.contains("to 12.0 (\(note))"))
  }

  @Test func weightedValuesFollowTheValuesAndMaskedOnesAreHatched() throws {
    let trace = TraceFixtures.trace(labels: TraceFixtures.catSat, headSize: 4)
    let head = trace.head(layer: 0, head: 0)
    let layout = try LayoutHelpers.layout(FigureRequest(view: .step, queryIndex: 1), trace)
    let texts = Set(LayoutHelpers.texts(layout).map(\.text))
    #expect(texts.contains("weight · v"))
    let scale = StepParts.vectorScales(head: head, query: 1, colormap: .defaultDiverging).values
    let weighted = try #require(StepParts.weightedValue(head: head, query: 1, key: 0))
    #expect(weighted[2] == Double(head.weights[1, 0]) * Double(head.values[0, 2]))
    #expect(texts.contains(scale.format(weighted[2])))
    #expect(StepParts.weightedValue(head: head, query: 1, key: 2) == nil)
    let hatches = layout.items.filter {
      if case .hatch(_, false, nil) = $0 { return true }
      return false
    }
    #expect(hatches.count == 2 + 1)  // keys 2 and 3, and the legend swatch
  }

  /// The texts of the colour bar titled `title`, top to bottom: those right of its title
  /// and below it, down to the next text at the title's left edge.
  static func barTexts(_ layout: FigureLayout, title: String) -> [String] {
    let texts = LayoutHelpers.texts(layout)
    guard let heading = texts.first(where: { $0.text == title }) else { return [] }
    let below = texts.filter { $0.origin.y > heading.origin.y && $0.origin.x >= heading.origin.x }
      .sorted { $0.origin.y < $1.origin.y }
    let end =
      below.first { $0.origin.x == heading.origin.x && $0.wrapWidth == nil }?.origin.y
      ?? .infinity
    return below.filter { $0.origin.y < end }.map(\.text)
  }
}
