import Testing

@testable import Figures
@testable import Lessons

/// The lesson's handout on both papers: its cover page and the print size of its figures.
@Suite struct LessonHandoutTests {
  func layout(_ paper: PaperSize) throws -> (document: HandoutDocument, pages: [HandoutPage]) {
    let document = try LessonFixtures.shared.get().plan.handoutDocument()
    let pages = try HandoutWriter().layout(document, paper: paper, typesetter: Typesetter())
    return (document, pages)
  }

  func texts(_ page: HandoutPage) -> [String] {
    page.items.compactMap { item in
      guard case .drawing(.text(let placed)) = item else { return nil }
      return placed.text
    }
  }

  @Test func coverListsTheNinePointsWithThePagesTheyStartOn() throws {
    for paper in PaperSize.allCases {
      let (_, pages) = try layout(paper)
      let starts = HandoutWriter.sectionPages(pages)
      #expect(starts.count == 9)
      let cover = texts(pages[0])
      for (point, page) in zip(LessonScript.points, starts) {
        #expect(cover.contains("\(point.number). \(point.title)"))
        #expect(cover.contains(String(page)))
        let heading = texts(pages[page - 1])
        #expect(heading.contains("\(point.number). \(point.title)"))
      }
      #expect(cover.contains { $0.contains("untrained") })
      #expect(cover.contains { $0.contains("tokenizer") })
    }
  }

  @Test func figuresPrintTheirSmallestTextAtSixPointsOrOnTheOrientationThatPrintsItLarger()
    throws
  {
    for paper in PaperSize.allCases {
      let (_, pages) = try layout(paper)
      let placer = HandoutFigureLayout(
        geometry: HandoutGeometry(paper: paper), typesetter: Typesetter())
      var count = 0
      for page in pages {
        for case .figure(let figure, _, _, let scale) in page.items {
          count += 1
          let printed = HandoutFigureLayout.smallestTextSize(in: figure) * scale
          let portrait = placer.scale(of: figure, caption: "", on: placer.geometry)
          let turned = placer.scale(of: figure, caption: "", on: placer.geometry.landscape)
          #expect(
            printed >= HandoutStyle.minimumFigureTextSize
              || page.isLandscape == (turned > portrait * 1.05),
            "\(figure.altText.prefix(60)) prints at \(printed) pt on \(paper)")
        }
      }
      #expect(count >= 9)
    }
  }
}
