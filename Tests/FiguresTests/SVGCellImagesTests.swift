import Foundation
import Testing

@testable import Figures

@Suite struct SVGCellImagesTests {
  /// The start of an `<image>` tag as Cairo writes it, embedding a 4 × 8 PNG whose IHDR
  /// says 8-bit RGB (`CAIAAAB`) or 8-bit RGBA (`CAYAAAB`).
  static func tag(rgba: Bool) -> String {
    #"<image id="image-1" width="4" height="8" xlink:href="data:image/png;base64,"#
      + "iVBORw0KGgoAAAANSUhEUgAAAAQAAAAI\(rgba ? "CAYAAAB" : "CAIAAAB")abc\"/>"
  }

  @Test func opaqueRGBImagesAskForPixelatedRenderingAndOthersStaySmooth() {
    let svg = Self.tag(rgba: false) + "<g/>" + Self.tag(rgba: true)
    let marked = String(decoding: SVGCellImages.markPixelated(Array(svg.utf8)), as: UTF8.self)
    let attributes = String(decoding: SVGCellImages.attributes, as: UTF8.self)
    #expect(
      marked == "<image" + attributes + Self.tag(rgba: false).dropFirst(6) + "<g/>"
        + Self.tag(rgba: true))
  }

  @Test func imagesThatAlreadySayHowToRenderAreLeftAlone() {
    let svg = #"<image style="image-rendering:auto""# + Self.tag(rgba: false).dropFirst(6)
    #expect(SVGCellImages.markPixelated(Array(svg.utf8)) == Array(svg.utf8))
  }

  @Test func rasterHeatmapSVGMarksItsGridButNotEmojiGlyphs() throws {
    let labels = (0..<200).map { $0 == 3 ? "🤗" : "t\($0)" }
    let trace = TraceFixtures.trace(labels: labels, layers: 1, heads: 1)
    let figure = try FigureRenderer().render(
      FigureRequest(view: .heatmap, highlightedTokens: [3]), of: trace,
      options: RenderOptions(format: .svg))
    let svg = String(decoding: figure.bytes, as: UTF8.self)
    #expect(svg.components(separatedBy: "image-rendering:pixelated").count - 1 == 1)
    #expect(svg.components(separatedBy: "<image").count - 1 >= 2)
    try XMLLint.expectWellFormed(figure.bytes)
  }
}
