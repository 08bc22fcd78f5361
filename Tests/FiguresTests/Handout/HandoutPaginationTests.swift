import Testing

@testable import Figures

/// Widow and orphan control, checked on the paginator with strips of known height.
@Suite struct HandoutPaginationTests {
  let geometry = HandoutGeometry(paper: .a4)

  /// A strip of `height` points that draws `label`.
  func strip(_ label: String, height: Double) -> FlowUnit {
    let text = PlacedText(text: label, style: HandoutStyle.body, origin: (50, 0))
    return FlowUnit(height: height, items: [.drawing(.text(text))])
  }

  /// The labels each page draws, in order.
  func labels(_ units: [FlowUnit]) -> [[String]] {
    var paginator = HandoutPaginator(geometry: geometry)
    paginator.place(units)
    return paginator.pages.map { page in
      page.items.compactMap { item in
        guard case .drawing(.text(let placed)) = item else { return nil }
        return placed.text
      }
    }
  }

  /// A table of `count` rows labelled `r1`, `r2`, … under the header `H`.
  func table(rows count: Int) -> [FlowUnit] {
    let layout = HandoutTableLayout(geometry: geometry, typesetter: Typesetter())
    return layout.units(header: ["H"], rows: (1...count).map { ["r\($0)"] })
  }

  @Test func tableSplitsOnlyWhereBothPartsKeepThreeRows() {
    let rowHeight = table(rows: 1)[1].height
    for filler in stride(from: 0.0, through: geometry.bodyHeight, by: rowHeight / 3) {
      let pages = labels([strip("filler", height: filler)] + table(rows: 7))
      for page in pages {
        let rows = page.filter { $0.hasPrefix("r") }.count
        #expect(rows == 0 || rows >= 3, "\(rows) rows alone after \(filler) pt")
        if rows > 0 { #expect(page.contains("H")) }
      }
      #expect(pages.flatMap { $0 }.filter { $0.hasPrefix("r") }.count == 7)
    }
  }

  @Test func shortTableMovesWholeToTheNextPage() {
    let filler = geometry.bodyHeight - 2.5 * table(rows: 1)[1].height
    let pages = labels([strip("filler", height: filler)] + table(rows: 5))
    #expect(pages.count == 2)
    #expect(pages[1] == ["H", "r1", "r2", "r3", "r4", "r5"])
  }

  @Test func paragraphLeavesAtLeastTwoLinesOnEachPage() {
    let layout = HandoutBlockLayout(geometry: geometry, typesetter: Typesetter())
    let lines = layout.lines(
      HandoutFixtures.longParagraph, style: HandoutStyle.body, orphans: true)
    #expect(lines.count >= 5)
    for filler in stride(from: 0.0, through: geometry.bodyHeight, by: 4) {
      let pages = labels([strip("filler", height: filler)] + lines)
      for page in pages {
        let count = page.filter { $0 != "filler" }.count
        #expect(count == 0 || count >= 2, "\(count) lines alone after \(filler) pt")
      }
    }
  }

  @Test func keepEndsChainsTheFirstAndLastUnits() {
    var units = (1...7).map { strip("u\($0)", height: 10) }
    units.keepEnds(together: 3)
    #expect(units.map(\.keepWithNext) == [true, true, false, false, true, true, false])
    var short = (1...4).map { strip("u\($0)", height: 10) }
    short.keepEnds(together: 3)
    #expect(short.map(\.keepWithNext) == [true, true, true, false])
  }

  @Test func landscapeUnitFloatsToAPageOfItsOwnAfterTheCurrentPage() {
    var wide = strip("wide", height: 300)
    wide.isLandscape = true
    let units = [
      strip("before", height: 20), wide, strip("after", height: 20), .pageBreak,
      wide, strip("next", height: 20),
    ]
    var paginator = HandoutPaginator(geometry: geometry)
    paginator.place(units)
    #expect(paginator.pages.map(\.isLandscape) == [false, true, true, false])
    #expect(labels(units) == [["before", "after"], ["wide"], ["wide"], ["next"]])
  }
}
