import AttentionEngine
import Testing

@testable import Figures

@Suite struct LessonOutputTests {
  @Test func everyLessonFigureRendersByteIdenticallyInEveryFormat() throws {
    for figure in try LessonFixtures.everyFigure() {
      for format in [OutputFormat.png, .svg, .pdf] {
        let options = RenderOptions(format: format, scale: 1)
        let a = try FigureRenderer().render(figure, options: options)
        let b = try FigureRenderer().render(figure, options: options)
        #expect(a.bytes == b.bytes, "\(figure.name) \(format)")
        #expect(a.warnings.isEmpty, "\(figure.name): \(a.warnings)")
      }
    }
  }

  @Test func everyLessonSVGIsWellFormed() throws {
    for figure in try LessonFixtures.everyFigure() {
      let svg = try FigureRenderer().render(figure, options: RenderOptions(format: .svg))
      try XMLLint.expectWellFormed(svg.bytes)
      FigureOutput.keep(svg, name: "lesson-\(figure.name).svg")
      let png = try FigureRenderer().render(figure, options: RenderOptions(format: .png))
      FigureOutput.keep(png, name: "lesson-\(figure.name).png")
    }
  }

  @Test func longTextsAndDeepModelsRenderCleanly() throws {
    for figure in try LessonFixtures.largeFigures() {
      let svg = try FigureRenderer().render(figure, options: RenderOptions(format: .svg))
      try XMLLint.expectWellFormed(svg.bytes)
      #expect(svg.warnings.isEmpty, "\(figure.name): \(svg.warnings)")
      let png = try FigureRenderer().render(figure, options: RenderOptions(format: .png))
      FigureOutput.keep(png, name: "large-\(figure.name).png")
    }
  }

  @Test func largeModelViewStaysCompactInSVG() throws {
    let trace = try LessonFixtures.grouped(
      LessonFixtures.sentence, layers: 30, heads: 9, groupSize: 3)
    let svg = try FigureRenderer().render(.modelView(trace), options: RenderOptions(format: .svg))
    try XMLLint.expectWellFormed(svg.bytes)
    #expect(svg.bytes.count < 3_000_000)
    FigureOutput.keep(svg, name: "lesson-modelView-30x9.svg")
    let pdf = try FigureRenderer().render(.modelView(trace), options: RenderOptions(format: .pdf))
    FigureOutput.keep(pdf, name: "lesson-modelView-30x9.pdf")
  }

  @Test func slideCanvasIsSixteenByNineForAnyFigure() throws {
    for figure in try LessonFixtures.everyFigure() {
      let options = RenderOptions(format: .png, scale: 1, canvas: .slide16x9)
      let slide = try FigureRenderer().render(figure, options: options)
      #expect(slide.widthInPoints == 960 && slide.heightInPoints == 540, "\(figure.name)")
      #expect(Array(slide.bytes[16..<24]) == [0, 0, 3, 0xC0, 0, 0, 2, 0x1C])
      FigureOutput.keep(slide, name: "slide-\(figure.name).png")
      let svg = RenderOptions(format: .svg, canvas: .slide16x9)
      let first = try FigureRenderer().render(figure, options: svg)
      #expect(first.bytes == (try FigureRenderer().render(figure, options: svg)).bytes)
      try XMLLint.expectWellFormed(first.bytes)
    }
  }

  @Test func slidePlacementEnlargesAtMostOneAndAHalfAndCentres() {
    let small = FigureCanvas.slide16x9.placement(width: 400, height: 200)
    #expect(small.factor == 1.5)
    #expect(small.x == 180 && small.y == 120)
    let tall = FigureCanvas.slide16x9.placement(width: 400, height: 1000)
    #expect(abs(tall.factor - 0.492) < 1e-9)
    #expect(FigureCanvas.natural.placement(width: 400, height: 200).factor == 1)
  }

  @Test func existingHeatmapStillRendersOnItsOwnPage() throws {
    let trace = try LessonFixtures.trace(LessonFixtures.sentence)
    let figure = try FigureRenderer().render(
      FigureRequest(view: .heatmap), of: trace, options: RenderOptions(format: .svg))
    #expect(figure.widthInPoints >= 440)
  }
}
