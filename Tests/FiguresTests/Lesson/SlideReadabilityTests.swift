import AttentionEngine
import Testing

@testable import Figures

/// Lesson figures on the 16:9 slide (960 × 540 pt) keep their text readable and fill it.
///
/// The floor is 8 pt of text after the slide's fit factor: projected at 1920 × 1080 pixels
/// a slide point is 2 pixels, so 8 pt is a 16-pixel em, a browser's default body text and
/// 1/67 of the slide's height. A figure must also cover at least 40% of the slide's area:
/// a square figure of the slide's full inner height covers 47%, while the tall views the
/// slide layouts replaced covered 20–35%.
@Suite struct SlideReadabilityTests {
  static let minimumTextSize = 8.0
  static let minimumAreaShare = 0.40

  /// The smallest text of `layout` as the slide shows it, in points, and the share of the
  /// slide's area the figure covers.
  static func measure(_ layout: FigureLayout) -> (smallestText: Double, areaShare: Double) {
    let page = FigureCanvas.slide16x9.placement(
      width: layout.widthInPoints, height: layout.heightInPoints)
    let sizes = LayoutHelpers.texts(layout).map(\.style.size)
    let area = layout.widthInPoints * layout.heightInPoints * page.factor * page.factor
    return ((sizes.min() ?? .infinity) * page.factor, area / (page.pageWidth * page.pageHeight))
  }

  static func expectReadable(_ layout: FigureLayout, _ name: String) {
    let measured = measure(layout)
    #expect(measured.smallestText >= minimumTextSize, "\(name): \(measured.smallestText) pt")
    #expect(measured.areaShare >= minimumAreaShare, "\(name): \(measured.areaShare)")
  }

  @Test func everyLessonFigureKindIsReadableOnASlide() throws {
    for (name, figure) in try SlideFixtures.lessonFigures() {
      let layout = try FigureRenderer().layout(
        for: figure, typesetter: Typesetter(), canvas: .slide16x9)
      Self.expectReadable(layout, name)
    }
  }

  @Test func lessonHeatmapsAndStepsAreReadableOnASlide() throws {
    let traces = [
      ("teaching", try SlideFixtures.teaching()),
      ("MiniLM head size", try SlideFixtures.encoderShaped(layers: 1, headSize: 32)),
      (
        "SmolLM2 head size",
        try LessonFixtures.trace(
          SlideFixtures.words, configuration: .init(width: 512, headCount: 8, layerCount: 1))
      ),
    ]
    for (name, trace) in traces {
      for view in FigureView.allCases {
        let request = FigureRequest(
          view: view, queryIndex: 9, quantity: .scaledScores, highlightedTokens: [2, 9])
        let layout = try FigureRenderer().layout(
          for: request, of: trace, typesetter: Typesetter(), canvas: .slide16x9)
        Self.expectReadable(layout, "\(view) of \(name)")
      }
    }
  }

  @Test func slideModelViewRunsLayersAcrossAndKeepsKeyValueGroups() throws {
    let trace = try SlideFixtures.decoderShaped()
    let slide = try FigureRenderer().layout(
      for: .modelView(trace), typesetter: Typesetter(), canvas: .slide16x9)
    let texts = Set(LayoutHelpers.texts(slide).map(\.text))
    #expect(texts.isSuperset(of: ["layer", "1", "30", "head 1", "head 9", "kv 1", "kv 3"]))
    #expect(!texts.contains("layer 30"))
    #expect(slide.widthInPoints > slide.heightInPoints * 2)
    let natural = try FigureRenderer().layout(for: .modelView(trace), typesetter: Typesetter())
    #expect(LayoutHelpers.texts(natural).contains { $0.text == "layer 30" })
    #expect(natural.heightInPoints > natural.widthInPoints)
  }

  @Test func slideHeadViewDrawsTheSameLinesAndFramesEveryGroup() throws {
    let trace = try SlideFixtures.decoderShaped()
    let figure = LessonFigure.headView(trace, layer: 13, threshold: 0.1)
    let natural = try FigureRenderer().layout(for: figure, typesetter: Typesetter())
    let slide = try FigureRenderer().layout(
      for: figure, typesetter: Typesetter(), canvas: .slide16x9)
    func lines(_ layout: FigureLayout) -> Int {
      layout.items.filter { if case .line = $0 { true } else { false } }.count
    }
    func groupFrames(_ layout: FigureLayout) -> Int {
      layout.items.filter {
        if case .stroke(_, Palette.highlight, _) = $0 { true } else { false }
      }.count
    }
    #expect(lines(slide) == lines(natural))
    #expect(groupFrames(slide) == 3)
    let labels = LayoutHelpers.texts(slide).filter { $0.text == "\u{2423}because" }
    #expect(labels.count == 2, "one query and one key column for the single row of panels")
  }
}
