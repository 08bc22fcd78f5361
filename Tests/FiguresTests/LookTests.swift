import AttentionEngine
import Figures
import Testing

/// Renders the figures a person should look at (set `ATTNVIZ_FIGURES_OUT` to keep them);
/// each still checks the file's signature and size.
@Suite struct LookTests {
  let renderer = FigureRenderer()

  static let nastyLabels = [
    "[CLS]", "<script>alert(1)</script>", "a<b&c\"d'e", "$x_1^2$", "x\u{0}y", "\u{1B}[31m",
    " the", "東京", "🤗", "שלום", "مرحبا", "हिन्दी", "abc שלום 123", "[SEP]",
  ]

  private func render(
    _ request: FigureRequest, _ trace: AttentionTrace, _ format: OutputFormat, name: String
  ) throws -> RenderedFigure {
    let figure = try renderer.render(
      request, of: trace, options: RenderOptions(format: format, scale: 2))
    FigureOutput.keep(figure, name: name)
    return figure
  }

  @Test func heatmapOfSmallCausalTraceIsAPNG() throws {
    let trace = TraceFixtures.trace(labels: TraceFixtures.catSat)
    let request = FigureRequest(view: .heatmap, layer: 1, head: 1, queryIndex: 2)
    let figure = try render(request, trace, .png, name: "heatmap-small.png")
    #expect(figure.bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
  }

  @Test func stepOfSmallTraceIsAPNG() throws {
    let trace = TraceFixtures.trace(labels: TraceFixtures.catSat, headSize: 4)
    let request = FigureRequest(view: .step, layer: 0, head: 1, queryIndex: 2)
    let figure = try render(request, trace, .png, name: "step-small.png")
    #expect(figure.bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
  }

  @Test func nastyLabelsRenderInEveryFormat() throws {
    let trace = TraceFixtures.trace(
      labels: Self.nastyLabels, causal: false, kinds: [0: .special, 13: .special])
    let request = FigureRequest(view: .heatmap, quantity: .scaledScores)
    for format in OutputFormat.allCases {
      let figure = try render(request, trace, format, name: "heatmap-nasty.\(format)")
      #expect(figure.bytes.count > 1000)
    }
  }

  @Test func stepWithNastyLabelsAndFullyMaskedQueryRenders() throws {
    let trace = TraceFixtures.trace(labels: Self.nastyLabels, fullyMaskedRows: [4])
    let request = FigureRequest(view: .step, queryIndex: 8)
    let figure = try render(request, trace, .pdf, name: "step-nasty.pdf")
    #expect(figure.bytes.starts(with: Array("%PDF".utf8)))
  }

  @Test func longAxisThinsLabelsButKeepsHighlighted() throws {
    let labels = (0..<300).map { "tok\($0)" }
    let trace = TraceFixtures.trace(labels: labels, layers: 1, heads: 1, fullyMaskedRows: [7])
    let request = FigureRequest(
      view: .heatmap, quantity: .scores, highlightedTokens: [5, 6, 7, 150, 299])
    let figure = try render(request, trace, .png, name: "heatmap-long.png")
    #expect(figure.widthInPoints < 1000)
  }

  @Test func stepWithManyKeysAndWideHeadsRenders() throws {
    let labels = (0..<120).map { "w\($0)" }
    let trace = TraceFixtures.trace(labels: labels, headSize: 64, layers: 1, heads: 1)
    let request = FigureRequest(view: .step, queryIndex: 100, highlightedTokens: [3])
    let figure = try render(request, trace, .png, name: "step-long.png")
    #expect(figure.heightInPoints < 1200)
  }

  @Test func fullyMaskedRowHeatmapOfScoresRenders() throws {
    let trace = TraceFixtures.trace(
      labels: ["[CLS]", "x\u{0}y", " the", "東京", "🤗", "[SEP]"], fullyMaskedRows: [1],
      kinds: [0: .special, 5: .special])
    let request = FigureRequest(view: .heatmap, quantity: .scores, highlightedTokens: [3])
    let figure = try render(request, trace, .png, name: "heatmap-fully-masked.png")
    let stepRequest = FigureRequest(view: .step, queryIndex: 1)
    let step = try render(stepRequest, trace, .svg, name: "step-fully-masked.svg")
    #expect(figure.altText.contains("is fully masked"))
    #expect(step.altText.contains("every key is masked"))
  }
}
