import Figures
import Testing

/// Renders the figures a person should look at; each still checks the file's signature.
@Suite struct LookTests {
  let renderer = FigureRenderer()

  @Test func heatmapOfSmallCausalTraceIsAPNG() throws {
    let trace = TraceFixtures.trace(labels: TraceFixtures.catSat)
    let request = FigureRequest(view: .heatmap, layer: 1, head: 1, queryIndex: 2)
    let figure = try renderer.render(request, of: trace, options: RenderOptions(format: .png))
    FigureOutput.keep(figure, name: "heatmap-small.png")
    #expect(figure.bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
  }
}
