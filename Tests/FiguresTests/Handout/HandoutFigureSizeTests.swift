import Testing

@testable import Figures

/// The print-size rule of handout figures: no figure's smallest text prints below
/// `HandoutStyle.minimumFigureTextSize` when turning it to landscape can avoid it.
@Suite struct HandoutFigureSizeTests {
  /// A blank figure of the given size whose only text is `textSize` points.
  func figure(width: Double, height: Double, textSize: Double) -> FigureLayout {
    let label = PlacedText(text: "key", style: TextStyle(size: textSize), origin: (0, 0))
    return FigureLayout(
      widthInPoints: width, heightInPoints: height, items: [.text(label)], altText: "")
  }

  func place(_ layout: FigureLayout, paper: PaperSize) -> (unit: FlowUnit, scale: Double) {
    let placer = HandoutFigureLayout(
      geometry: HandoutGeometry(paper: paper), typesetter: Typesetter())
    let unit = placer.unit(of: layout, caption: "A caption.")
    for case .figure(_, _, _, let scale) in unit.items { return (unit, scale) }
    Issue.record("the unit holds no figure")
    return (unit, 0)
  }

  @Test func wideFigureWithSmallTextTurnsToLandscapeAndPrintsAtSixPoints() {
    for paper in PaperSize.allCases {
      let placed = place(figure(width: 1065, height: 415, textSize: 9), paper: paper)
      #expect(placed.unit.isLandscape)
      #expect(9 * placed.scale >= HandoutStyle.minimumFigureTextSize)
    }
  }

  @Test func wideFigureWithLargeTextStaysPortraitAtTheFullTextWidth() {
    let placed = place(figure(width: 800, height: 300, textSize: 12), paper: .a4)
    #expect(!placed.unit.isLandscape)
    let textWidth = HandoutGeometry(paper: .a4).textWidth
    #expect(abs(800 * placed.scale - textWidth) < 0.01)
  }

  @Test func tallFigureStaysPortraitSinceLandscapeWouldShrinkIt() {
    let placed = place(figure(width: 500, height: 1200, textSize: 7), paper: .a4)
    #expect(!placed.unit.isLandscape)
  }

  @Test func landscapeFigureSitsInsideTheTurnedTextBlock() {
    let layout = figure(width: 1065, height: 415, textSize: 9)
    let placed = place(layout, paper: .letter)
    let page = HandoutGeometry(paper: .letter).landscape
    for case .figure(_, let x, _, let scale) in placed.unit.items {
      #expect(x >= page.left - 0.01)
      #expect(x + 1065 * scale <= page.left + page.textWidth + 0.01)
    }
    #expect(placed.unit.height <= page.bodyHeight)
  }

  @Test func landscapePagesAreWrittenWithTurnedMediaBoxes() throws {
    let trace = try HandoutFixtures.trace()
    let document = HandoutDocument(
      title: "T",
      blocks: [
        .paragraph("Before."),
        .figure(.trace(FigureRequest(view: .step, queryIndex: 3), trace), caption: "Step"),
        .paragraph("After."),
      ])
    for paper in PaperSize.allCases {
      let pages = try HandoutWriter().layout(document, paper: paper, typesetter: Typesetter())
      let pdf = try HandoutWriter().pdf(of: document, paper: paper)
      let turned = PDFInspection.mediaBoxes(pdf).map { $0.width > $0.height }
      #expect(turned == pages.map(\.isLandscape))
      #expect(turned == [false, true])
    }
  }

  @Test func everyLessonFigureKindPrintsAtSixPointsAtTheRealModelsShapes() throws {
    // The 30 × 9 model view and the grouped head view only reach the minimum when they
    // are laid out again for the landscape page's shape.
    for paper in PaperSize.allCases {
      let placer = HandoutFigureLayout(
        geometry: HandoutGeometry(paper: paper), typesetter: Typesetter())
      for (name, figure) in try SlideFixtures.lessonFigures() {
        let unit = try placer.unit(of: .lesson(figure), caption: "A caption.")
        for case .figure(let layout, _, _, let scale) in unit.items {
          let printed = HandoutFigureLayout.smallestTextSize(in: layout) * scale
          #expect(
            printed >= HandoutStyle.minimumFigureTextSize,
            "\(name) prints at \(printed) pt on \(paper)")
        }
      }
    }
  }
}
