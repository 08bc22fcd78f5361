import AttentionEngine
import Foundation
import Testing

@testable import Figures

/// The first pass: how blocks flow onto pages, checked on the laid-out pages.
@Suite struct HandoutLayoutTests {
  func pages(_ document: HandoutDocument, paper: PaperSize = .a4) throws -> [HandoutPage] {
    try HandoutWriter().layout(document, paper: paper, typesetter: Typesetter())
  }

  func texts(_ page: HandoutPage) -> [(text: String, y: Double)] {
    page.items.compactMap { item in
      guard case .drawing(.text(let placed)) = item else { return nil }
      return (placed.text, placed.origin.y)
    }
  }

  @Test func pageCountGrowsWithContent() throws {
    let short = HandoutDocument(title: "T", blocks: [.paragraph("One line.")])
    let long = HandoutDocument(
      title: "T", blocks: Array(repeating: .paragraph(HandoutFixtures.longParagraph), count: 12))
    let longer = HandoutDocument(title: "T", blocks: long.blocks + long.blocks)
    let counts = try [short, long, longer].map { try pages($0).count }
    #expect(counts[0] == 1)
    #expect(counts[1] > counts[0])
    #expect(counts[2] > counts[1])
  }

  @Test func everyFigureSitsWhollyInsideTheTextBlockOfOnePage() throws {
    let trace = try HandoutFixtures.trace()
    var blocks: [HandoutBlock] = []
    for _ in 0..<5 {
      blocks.append(.paragraph(HandoutFixtures.longParagraph))
      blocks.append(.figure(.trace(FigureRequest(view: .heatmap), trace), caption: "Heatmap"))
    }
    let geometry = HandoutGeometry(paper: .a4)
    let laidOut = try pages(HandoutDocument(title: "Figures", blocks: blocks))
    var figures = 0
    for page in laidOut {
      for case .figure(let layout, _, let y, let scale) in page.items {
        figures += 1
        #expect(y >= geometry.top - 0.01)
        #expect(y + layout.heightInPoints * scale <= geometry.bottom + 0.01)
        #expect(texts(page).contains { $0.text == "Heatmap" && $0.y > y })
      }
    }
    #expect(figures == 5)
    #expect(laidOut.count >= 3)
  }

  @Test func paragraphBreaksAcrossPagesLineByLine() throws {
    let lines = (1...220).map { "Line \($0) of a long paragraph." }.joined(separator: " ")
    let laidOut = try pages(HandoutDocument(title: "T", blocks: [.paragraph(lines)]))
    #expect(laidOut.count == 2)
    let bottom = HandoutGeometry(paper: .a4).bottom
    let lastY = try #require(texts(laidOut[0]).map(\.y).max())
    #expect(lastY > bottom - 40)
  }

  @Test func headingIsNeverLeftAtThePageBottom() throws {
    let geometry = HandoutGeometry(paper: .letter)
    for filler in 30...45 {
      let blocks =
        Array(repeating: HandoutBlock.paragraph("Filler text."), count: filler)
        + [.heading("Section heading", level: 1), .paragraph(HandoutFixtures.longParagraph)]
      let laidOut = try pages(HandoutDocument(title: "T", blocks: blocks), paper: .letter)
      for page in laidOut {
        let lines = texts(page).sorted { $0.y < $1.y }
        guard let index = lines.firstIndex(where: { $0.text == "Section heading" }) else {
          continue
        }
        #expect(index + 1 < lines.count, "heading stranded with \(filler) fillers")
        #expect(lines[index].y < geometry.bottom)
      }
    }
  }

  @Test func headingBeforeAnExerciseTallerThanAPageIsNotStranded() throws {
    let answer = String(repeating: HandoutFixtures.longParagraph, count: 12)
    for filler in 30...70 {
      let blocks =
        Array(repeating: HandoutBlock.paragraph("Filler text."), count: filler)
        + [.heading("Exercise", level: 2), .prompt(question: "Why?", answer: answer)]
      let laidOut = try pages(HandoutDocument(title: "T", blocks: blocks))
      for page in laidOut {
        let lines = texts(page).sorted { $0.y < $1.y }
        #expect(lines.last?.text != "Exercise", "stranded after \(filler) fillers")
      }
    }
  }

  @Test func tableHeaderRepeatsOnEveryPageItContinuesOn() throws {
    let document = HandoutDocument(
      title: "T",
      blocks: [.table(header: ["key", "score"], rows: HandoutFixtures.numberRows(120))])
    let laidOut = try pages(document)
    #expect(laidOut.count >= 3)
    for page in laidOut {
      let first = try #require(texts(page).sorted { $0.y < $1.y }.first { $0.text != "T" })
      #expect(first.text == "key")
    }
  }

  @Test func numbersAreRightAlignedAndWordsLeftAligned() throws {
    let document = HandoutDocument(
      title: "T",
      blocks: [.table(header: ["word", "value"], rows: [["a", "1.5"], ["b", "-10.25"]])])
    let page = try #require(try pages(document).first)
    var ends: [String: (x: Double, end: Double)] = [:]
    let typesetter = Typesetter()
    for case .drawing(.text(let placed)) in page.items {
      let width = typesetter.size(of: placed.text, style: placed.style).width
      ends[placed.text] = (placed.origin.x, placed.origin.x + width)
    }
    let small = try #require(ends["1.5"])
    let large = try #require(ends["-10.25"])
    #expect(abs(small.end - large.end) < 0.01)
    #expect(try #require(ends["a"]).x == (try #require(ends["b"])).x)
  }

  @Test func numberCellsAreRecognised() {
    #expect(NumberCell.isNumeric("0.25"))
    #expect(NumberCell.isNumeric("−1.3"))
    #expect(NumberCell.isNumeric("12%"))
    #expect(!NumberCell.isNumeric("token 1"))
    #expect(!NumberCell.isNumeric("e"))
    #expect(!NumberCell.isNumeric(""))
  }

  @Test func contentsListsEverySectionWithThePageItStartsOn() throws {
    let filler = Array(repeating: HandoutBlock.paragraph(HandoutFixtures.longParagraph), count: 9)
    let document = HandoutDocument(
      title: "T",
      blocks: [.contents]
        + [1, 2, 3].flatMap { [.pageBreak, .heading("Section \($0)", level: 1)] + filler })
    let laidOut = try pages(document)
    let starts = HandoutWriter.sectionPages(laidOut)
    #expect(starts.count == 3)
    #expect(starts[0] == 2)
    #expect(starts[2] > starts[1] + 1)
    let cover = texts(laidOut[0]).sorted { $0.y < $1.y }.map(\.text)
    let expected = ["T"] + zip(1...3, starts).flatMap { ["Section \($0)", String($1)] }
    #expect(cover == expected)
  }

  @Test func explicitPageBreakStartsANewPage() throws {
    let document = HandoutDocument(
      title: "T", blocks: [.paragraph("a"), .pageBreak, .pageBreak, .paragraph("b")])
    let laidOut = try pages(document)
    #expect(laidOut.count == 2)
    #expect(texts(laidOut[1]).map(\.text) == ["b"])
  }
}

/// Column widths of tables wider than the text block.
@Suite struct HandoutTableWidthTests {
  @Test func narrowColumnsKeepTheirWidthAndWideOnesShareTheRest() {
    let widths = HandoutTableLayout.fit([250, 2500, 35], into: 512)
    #expect(widths[2] == 35)
    #expect(widths[0] == widths[1])
    #expect(abs(widths.reduce(0, +) - 512) < 1e-9)
  }

  @Test func tablesThatFitKeepTheirNaturalWidths() {
    #expect(HandoutTableLayout.fit([40, 60], into: 512) == [40, 60])
  }
}

/// Exercises and right-to-left text.
@Suite struct HandoutPromptTests {
  func pages(_ blocks: [HandoutBlock]) throws -> [HandoutPage] {
    try HandoutWriter().layout(
      HandoutDocument(title: "T", blocks: blocks), paper: .a4, typesetter: Typesetter())
  }

  func pageIndex(of text: String, in pages: [HandoutPage]) -> [Int] {
    pages.indices.filter { index in
      pages[index].items.contains { item in
        if case .drawing(.text(let placed)) = item { return placed.text == text }
        return false
      }
    }
  }

  @Test func promptQuestionAndAnswerStayOnOnePage() throws {
    for filler in stride(from: 30, through: 60, by: 3) {
      let blocks =
        Array(repeating: HandoutBlock.paragraph("Filler."), count: filler)
        + [.prompt(question: "Question?", answer: "Answer.")]
      let laidOut = try pages(blocks)
      let question = pageIndex(of: "Question?", in: laidOut)
      #expect(question.count == 1)
      #expect(question == pageIndex(of: "Answer.", in: laidOut))
      #expect(question == pageIndex(of: "Predict", in: laidOut))
    }
  }

  @Test func rightToLeftParagraphIsAlignedRight() throws {
    let hebrew = "שלום עולם"
    let laidOut = try pages([.paragraph(hebrew)])
    let geometry = HandoutGeometry(paper: .a4)
    for case .drawing(.text(let placed)) in laidOut[0].items where placed.text == hebrew {
      #expect(placed.origin.x > geometry.left + geometry.textWidth / 2)
    }
    #expect(pageIndex(of: hebrew, in: laidOut) == [0])
  }
}
