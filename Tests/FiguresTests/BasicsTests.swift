import AttentionEngine
import Testing

@testable import Figures

@Suite struct BasicsTests {
  @Test func outputFormatFollowsPathExtension() {
    #expect(OutputFormat(pathExtension: "PNG") == .png)
    #expect(OutputFormat(pathExtension: ".svg") == .svg)
    #expect(OutputFormat(pathExtension: "jpg") == nil)
  }

  @Test func fixedDecimalsUseMinusSignAndNoNegativeZero() {
    #expect(FixedDecimal.format(-1.5, decimals: 2) == "−1.50")
    #expect(FixedDecimal.format(-0.004, decimals: 2) == "0.00")
    #expect(FixedDecimal.format(0.125, decimals: 2) == "0.13")
    #expect(FixedDecimal.format(12.0, decimals: 0) == "12")
    #expect(FixedDecimal.format(0.05, decimals: 3) == "0.050")
  }

  @Test func captionStatesModelHeadMaskTokenizerAndTraining() {
    let trace = TraceFixtures.trace(
      labels: ["[CLS]", "hi", "[SEP]"], kinds: [0: .special, 2: .special])
    let caption = CaptionWriter.caption(for: trace, layer: 0, head: 1)
    #expect(caption.contains("fixture model (2 layers × 2 heads)"))
    #expect(caption.contains("Layer 1 of 2, head 2 of 2"))
    #expect(caption.contains(trace.model.maskDescription))
    #expect(caption.contains("word-level (fixture)"))
    #expect(caption.contains("special tokens ([CLS], [SEP]) are kept"))
    #expect(caption.contains("untrained"))
    let trained = TraceFixtures.trace(labels: ["a"], trained: true)
    #expect(!CaptionWriter.caption(for: trained, layer: 0, head: 0).contains("untrained"))
  }

  @Test func outOfRangeIndicesNameTheValidRange() {
    let trace = TraceFixtures.trace(labels: TraceFixtures.catSat)
    let renderer = FigureRenderer()
    let options = RenderOptions(format: .svg)
    #expect(throws: FigureError.layerOutOfRange(layer: 5, layerCount: 2)) {
      try renderer.render(FigureRequest(view: .heatmap, layer: 5), of: trace, options: options)
    }
    #expect(throws: FigureError.queryOutOfRange(queryIndex: 4, tokenCount: 4)) {
      try renderer.render(
        FigureRequest(view: .step, queryIndex: 4), of: trace, options: options)
    }
    #expect(throws: FigureError.missingQueryIndex(tokenCount: 4)) {
      try renderer.render(FigureRequest(view: .step), of: trace, options: options)
    }
    let message = FigureError.headOutOfRange(head: 3, headCount: 2).description
    #expect(message.contains("'0' to '1'"))
  }

  @Test func altTextNamesAxesAndStrongestKeys() throws {
    let trace = TraceFixtures.trace(labels: TraceFixtures.catSat)
    let figure = try FigureRenderer().render(
      FigureRequest(view: .heatmap), of: trace, options: RenderOptions(format: .svg))
    #expect(figure.altText.contains("Rows are queries (attending from)"))
    #expect(figure.altText.contains("'The' → 'The' 1.00"))
  }
}
