import AttentionEngine
import Testing

@testable import Figures

@Suite struct LessonLayoutTests {
  func layout(_ figure: LessonFigure) throws -> FigureLayout {
    try FigureRenderer().layout(for: figure, typesetter: Typesetter())
  }

  func lines(_ layout: FigureLayout) -> Int {
    layout.items.filter { if case .line = $0 { true } else { false } }.count
  }

  @Test func softmaxWeightBarsSumToOne() throws {
    let trace = try LessonFixtures.trace(LessonFixtures.sentence)
    let layout = try layout(.softmax(trace, layer: 1, head: 1, query: 4))
    let heights = layout.items.compactMap { item -> Double? in
      if case .fill(let rect, _, .cell(4, _)?) = item { return rect.height }
      return nil
    }
    #expect(heights.count == 5)
    let total = heights.reduce(0, +) / SoftmaxLayoutBuilder.panelHeight
    #expect(abs(total - 1) < 1e-6)
    #expect(LayoutHelpers.texts(layout).contains { $0.text == "sum = 1.000" })
  }

  @Test func softmaxDrawsFutureKeysMaskedNeverAsZeroBars() throws {
    let trace = try LessonFixtures.trace(LessonFixtures.sentence)
    let layout = try layout(.softmax(trace, layer: 0, head: 0, query: 2))
    let masked = LayoutHelpers.maskedRuns(layout).map(\.keys.lowerBound)
    #expect(masked == [3, 4, 5])
    let barKeys = LayoutHelpers.cellRects(layout).map(\.key)
    #expect(barKeys == [0, 1, 2])
    let hatches = layout.items.filter { if case .hatch = $0 { true } else { false } }
    #expect(hatches.count == 6, "three masked keys in both the score and the weight row")
  }

  @Test func softmaxLabelsTheLargestMatch() throws {
    let trace = try LessonFixtures.trace(LessonFixtures.sentence)
    let head = trace.head(layer: 0, head: 0)
    let best = (0...3).max { head.weights[3, $0] < head.weights[3, $1] }!
    let layout = try layout(.softmax(trace, layer: 0, head: 0, query: 3))
    let expected = "largest: '\(trace.tokens[best].label)'"
    #expect(LayoutHelpers.texts(layout).contains { $0.text.hasPrefix(expected) })
  }

  @Test func headViewDrawsOneLinePerVisiblePairAboveThreshold() throws {
    let trace = try LessonFixtures.trace(LessonFixtures.sentence)
    for threshold in [0.0, 0.1, 0.3] {
      let layout = try layout(.headView(trace, layer: 0, threshold: threshold))
      var expected = 0
      for head in trace.layers[0].heads {
        for q in 0..<6 {
          for k in 0..<6 where head.isVisible(queryIndex: q, keyIndex: k) {
            if Double(head.weights[q, k]) >= threshold { expected += 1 }
          }
        }
      }
      #expect(lines(layout) == expected, "threshold \(threshold)")
    }
    let all = try layout(.headView(trace, layer: 0, threshold: 0))
    #expect(lines(all) == 2 * 21, "causal: 21 visible pairs per head, two heads")
  }

  @Test func headViewMarksHeadsSharingAKeyValueHead() throws {
    let trace = try LessonFixtures.grouped(
      LessonFixtures.sentence, layers: 1, heads: 6, groupSize: 3)
    let layout = try layout(.headView(trace, layer: 0, threshold: 0.05))
    let texts = LayoutHelpers.texts(layout).map(\.text)
    #expect(texts.contains("kv 1") && texts.contains("kv 2") && !texts.contains("kv 3"))
    #expect(texts.filter { $0.hasPrefix("head ") }.count == 6)
    let plain = try self.layout(
      .headView(try LessonFixtures.trace(LessonFixtures.sentence), layer: 0, threshold: 0.05))
    #expect(!LayoutHelpers.texts(plain).contains { $0.text.hasPrefix("kv ") })
  }

  @Test func modelViewDrawsOneThumbnailPerLayerAndHead() throws {
    let trace = try LessonFixtures.grouped(
      LessonFixtures.sentence, layers: 30, heads: 9, groupSize: 3)
    let layout = try layout(.modelView(trace))
    let rasters = layout.items.filter { if case .raster = $0 { true } else { false } }
    #expect(rasters.count == 270)
    let texts = LayoutHelpers.texts(layout).map(\.text)
    #expect(texts.contains("layer 30") && texts.contains("h9") && texts.contains("kv 3"))
  }

  @Test func bottleneckUsesTheTraceTokensAndDrawsOneLinePerEarlierToken() throws {
    let trace = try LessonFixtures.trace(LessonFixtures.sentence)
    let layout = try layout(.bottleneck(trace, currentToken: 4))
    let labels = LayoutHelpers.texts(layout).filter {
      if case .keyLabel = $0.tag { true } else { false }
    }
    #expect(labels.map(\.text) == ["the", "cat", "sat", "on", "the", "cat", "sat", "on"])
    let direct = layout.items.filter {
      if case .line(_, _, HeadViewLayoutBuilder.lineColor, _) = $0 { true } else { false }
    }
    #expect(direct.count == 4)
  }

  @Test func bottleneckShortensLongPrefixesButCountsThemAll() throws {
    let words = (0..<40).map { "w\($0)" }
    let trace = try LessonFixtures.trace(words)
    let layout = try layout(.bottleneck(trace, currentToken: 39))
    let texts = LayoutHelpers.texts(layout).map(\.text)
    #expect(texts.contains("… 26 more"))
    #expect(texts.contains { $0.contains("all 39 earlier tokens") })
  }

  @Test func embeddingShowsIdsEmbeddingPositionAndSum() throws {
    let trace = try LessonFixtures.trace(LessonFixtures.sentence)
    let layout = try layout(.embedding(trace))
    let texts = Set(LayoutHelpers.texts(layout).map(\.text))
    #expect(texts.contains("\(trace.tokens[1].id)"))
    #expect(texts.contains("+ position vector P[i]"))
    #expect(texts.contains("an address, not a meaning"))
    let scale = ValueScale.signed(
      (trace.tokenEmbeddings.values + trace.positionEmbeddings!.values
        + trace.layerInput.values).map(Double.init), colormap: .defaultDiverging)
    #expect(texts.contains(scale.format(Double(trace.layerInput[2, 3]))))
  }

  @Test func projectionsPrintQueryKeyAndValueFromTheTrace() throws {
    let trace = try LessonFixtures.trace(LessonFixtures.sentence)
    let layout = try layout(.projections(trace, layer: 1, head: 0, token: 2, weights: nil))
    let texts = Set(LayoutHelpers.texts(layout).map(\.text))
    #expect(texts.contains("W_Q") && texts.contains("8 × 4"))
    #expect(texts.contains("q: what 'sat' looks for"))
    let head = trace.head(layer: 1, head: 0)
    let values =
      trace.layers[0].residualAfter.row(2) + head.queries.row(2)
      + head.keys.row(2) + head.values.row(2)
    let scale = ValueScale.signed(values.map(Double.init), colormap: .defaultDiverging)
    #expect(texts.contains(scale.format(Double(head.values[2, 3]))))
  }

  @Test func projectionsWarnWhenGivenWeightsDoNotReproduceTheTrace() throws {
    let trace = try LessonFixtures.trace(LessonFixtures.sentence)
    let wrong = Matrix(rows: 8, columns: 4, repeating: 0.5)
    let weights = ProjectionWeights(query: wrong, key: wrong, value: wrong)
    let layout = try layout(.projections(trace, layer: 0, head: 0, token: 1, weights: weights))
    #expect(layout.warnings.count == 1)
    let misshapen = Matrix(rows: 3, columns: 4)
    let other = try self.layout(
      .projections(
        trace, layer: 0, head: 0, token: 1,
        weights: ProjectionWeights(query: misshapen, key: misshapen, value: misshapen)))
    #expect(other.warnings.first?.contains("this head needs 8 × 4") == true)
  }

  @Test func projectionsDrawGivenWeightsThatReproduceTheTrace() throws {
    var trace = try LessonFixtures.trace(LessonFixtures.sentence)
    var generator = SeededGenerator(seed: 3)
    let matrices = (0..<3).map { _ in generator.matrix(rows: 8, columns: 4, scale: 0.6) }
    let head = ScaledDotProductAttention.run(
      queries: trace.layerInput.multiplied(by: matrices[0], backend: .reference),
      keys: trace.layerInput.multiplied(by: matrices[1], backend: .reference),
      values: trace.layerInput.multiplied(by: matrices[2], backend: .reference),
      visibility: trace.layers[0].heads[0].visibility, keyValueHead: 0, backend: .reference)
    trace.layers[0].heads[0] = head
    let weights = ProjectionWeights(query: matrices[0], key: matrices[1], value: matrices[2])
    let layout = try layout(.projections(trace, layer: 0, head: 0, token: 1, weights: weights))
    #expect(layout.warnings.isEmpty)
    let rasters = layout.items.filter { if case .raster = $0 { true } else { false } }
    #expect(rasters.count == 3)
    let figure = try FigureRenderer().render(
      .projections(trace, layer: 0, head: 0, token: 1, weights: weights),
      options: RenderOptions(format: .png))
    FigureOutput.keep(figure, name: "lesson-projections-weights.png")
  }

  @Test func scalingPlotsEveryHeadSizeFromTheStudy() throws {
    let result = ScoreScalingStudy().run()
    let layout = try layout(.scaling(result))
    let texts = Set(LayoutHelpers.texts(layout).map(\.text))
    for point in result.points {
      #expect(texts.contains("\(point.headSize)"))
      #expect(texts.contains(LessonCaption.format(point.rawStandardDeviation, decimals: 1)))
    }
  }

  @Test func similarityAxisSpansTheWholeCosineRange() throws {
    let figure = try LessonFixtures.everyFigure().last!
    let layout = try layout(figure)
    let texts = Set(LayoutHelpers.texts(layout).map(\.text))
    #expect(texts.isSuperset(of: ["−1.0", "0.0", "1.0", "input", "layer 2"]))
    guard case .similarity(let result) = figure else { return }
    #expect(texts.contains(LessonCaption.format(result.cosines[0])))
  }

  @Test func everyCaptionStatesModelHeadsMaskAndTokenizer() throws {
    for figure in try LessonFixtures.everyFigure() {
      let layout = try layout(figure)
      let caption = LayoutHelpers.texts(layout).last!.text
      for word in ["Model:", "Mask:", "Tokenizer:"] {
        #expect(caption.contains(word), "\(figure.name): \(word)")
      }
      #expect(!layout.altText.isEmpty)
    }
  }

  @Test func outOfRangeTokenIsRejected() throws {
    let trace = try LessonFixtures.trace(LessonFixtures.sentence)
    #expect(throws: FigureError.queryOutOfRange(queryIndex: 9, tokenCount: 6)) {
      try FigureRenderer().render(
        .softmax(trace, layer: 0, head: 0, query: 9), options: RenderOptions(format: .svg))
    }
  }
}
