import AttentionEngine
import CCairo
import Foundation
import Testing

@testable import Figures

@Suite struct OutputFileTests {
  let renderer = FigureRenderer()
  let tiny = TraceFixtures.trace(labels: ["a<b", "$x$"], layers: 1, heads: 1)

  private func render(
    _ trace: AttentionTrace, _ format: OutputFormat,
    view: FigureView = .heatmap, scale: Double = 1
  ) throws -> [UInt8] {
    let request = FigureRequest(view: view, queryIndex: view == .step ? 1 : nil)
    return try renderer.render(
      request, of: trace, options: RenderOptions(format: format, scale: scale)
    ).bytes
  }

  @Test func svgOfTinyTraceMatchesGolden() throws {
    let actual = try render(tiny, .svg)
    guard let expected = try Golden.expected(named: "heatmap-tiny.svg", actual: actual) else {
      return
    }
    if actual != expected {
      try Golden.reportMismatch(named: "heatmap-tiny.svg", actual: actual, tool: "diff -u")
    }
  }

  @Test func pngOfTinyTraceMatchesGoldenPixelsWithinTolerance() throws {
    let actual = try render(tiny, .png, scale: 2)
    guard let expected = try Golden.expected(named: "heatmap-tiny.png", actual: actual) else {
      return
    }
    let difference = try PixelComparison.fractionDiffering(actual, expected, threshold: 24)
    if difference > 0.002 {
      try Golden.reportMismatch(named: "heatmap-tiny.png", actual: actual, tool: "compare")
    }
  }

  @Test func pngPixelSizeIsPointsTimesScale() throws {
    let figure = try renderer.render(
      FigureRequest(view: .heatmap), of: tiny, options: RenderOptions(format: .png, scale: 3))
    let size = try PixelComparison.size(figure.bytes)
    #expect(size.width == Int((figure.widthInPoints * 3).rounded(.up)))
    #expect(size.height == Int((figure.heightInPoints * 3).rounded(.up)))
  }

  @Test(arguments: [OutputFormat.svg, .pdf], [FigureView.heatmap, .step])
  func vectorFilesAreByteIdenticalOnRepeatedRenders(format: OutputFormat, view: FigureView)
    throws
  {
    let trace = TraceFixtures.trace(labels: LookTests.nastyLabels)
    #expect(try render(trace, format, view: view) == render(trace, format, view: view))
  }

  @Test func pdfDatesArePinned() throws {
    let pdf = String(decoding: try render(tiny, .pdf), as: UTF8.self)
    #expect(pdf.contains("/CreationDate (20000101000000Z)"))
    #expect(pdf.contains("/ModDate (20000101000000Z)"))
  }

  @Test(arguments: [FigureView.heatmap, .step])
  func svgWithNastyLabelsIsWellFormedXML(view: FigureView) throws {
    let trace = TraceFixtures.trace(labels: LookTests.nastyLabels, fullyMaskedRows: [2])
    let svg = try render(trace, .svg, view: view)
    let text = String(decoding: svg, as: UTF8.self)
    #expect(!text.contains("<script") && !text.contains("alert("))
    #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
    try XMLLint.expectWellFormed(svg)
  }

  @Test func largeHeatmapSVGIsWellFormedAndCompact() throws {
    let long = TraceFixtures.trace(labels: (0..<200).map { "t\($0)" }, layers: 1, heads: 1)
    let svg = try render(long, .svg)
    #expect(svg.count < 3_000_000)
    try XMLLint.expectWellFormed(svg)
  }

  @Test func maskedCellsAppearInSVGAsHatchedGrey() throws {
    let grey = "rgb(86%,86%,86%)"
    let causal = String(decoding: try render(tiny, .svg), as: UTF8.self)
    let open = TraceFixtures.trace(labels: ["a", "b"], layers: 1, heads: 1, causal: false)
    let unmasked = String(decoding: try render(open, .svg), as: UTF8.self)
    #expect(causal.contains(grey))
    #expect(!unmasked.contains(grey))
  }

  @Test func canonicalizerRenumbersIdsAndReferencesByFirstDefinition() {
    let svg =
      ##"<symbol id="glyph3-7"/><use xlink:href="#glyph3-7"/><g id="surface9"/>"##
      + ##"<use xlink:href="#glyph3-2"/><symbol id="glyph3-2"/><g clip-path="url(#surface9)"/>"##
    let canonical = String(
      decoding: SVGCanonicalizer.canonicalize(Array(svg.utf8)), as: UTF8.self)
    #expect(
      canonical == ##"<symbol id="glyph-1"/><use xlink:href="#glyph-1"/><g id="surface-1"/>"##
        + ##"<use xlink:href="#glyph-2"/><symbol id="glyph-2"/><g clip-path="url(#surface-1)"/>"##)
  }
}
