import AttentionEngine
import Testing

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
}
