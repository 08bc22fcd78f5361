import Foundation
import Testing

@testable import Figures

/// The written PDF: paper sizes, determinism, metadata, footers and literal text.
@Suite struct HandoutPDFTests {
  @Test func paperSizesSetTheMediaBoxOfEveryPage() throws {
    let document = try HandoutFixtures.lesson()
    for paper in PaperSize.allCases {
      let pdf = try HandoutWriter().pdf(of: document, paper: paper)
      let boxes = PDFInspection.mediaBoxes(pdf)
      #expect(!boxes.isEmpty)
      for box in boxes {
        #expect(abs(box.width - paper.widthInPoints) < 0.01)
        #expect(abs(box.height - paper.heightInPoints) < 0.01)
      }
    }
    #expect(PaperSize.a4.widthInPoints == 595.28)
    #expect(PaperSize.letter.heightInPoints == 792)
  }

  @Test func twoRendersAreByteIdentical() throws {
    let document = try HandoutFixtures.lesson()
    let first = try HandoutWriter().pdf(of: document, paper: .a4)
    let second = try HandoutWriter().pdf(of: document, paper: .a4)
    #expect(first == second)
  }

  @Test func metadataHasPinnedDatesTitleAndCreator() throws {
    let pdf = try HandoutWriter().pdf(
      of: HandoutDocument(title: "Attention", blocks: []), paper: .letter)
    let text = String(decoding: pdf, as: UTF8.self)
    #expect(text.contains("/CreationDate (20000101000000Z)"))
    #expect(text.contains("(Attention)"))
    #expect(text.contains("(attnviz)"))
    #expect(PDFInspection.pageCount(pdf) == 1)
  }

  @Test func headingsBecomeBookmarks() throws {
    let document = HandoutDocument(
      title: "T",
      blocks: [
        .heading("Section one", level: 1), .heading("Part a", level: 2),
        .pageBreak, .heading("Section two", level: 1),
      ])
    let text = String(decoding: try HandoutWriter().pdf(of: document, paper: .a4), as: UTF8.self)
    #expect(text.contains("/Outlines"))
    for title in ["Section one", "Part a", "Section two"] {
      #expect(text.contains("/Title (\(title))"))
    }
  }

  @Test func figuresAreVectorsNotImages() throws {
    let trace = try HandoutFixtures.trace()
    let document = HandoutDocument(
      title: "T",
      blocks: [.figure(.lesson(.softmax(trace, layer: 0, head: 0, query: 2)), caption: "")])
    let pdf = try HandoutWriter().pdf(of: document, paper: .a4)
    #expect(!String(decoding: pdf, as: UTF8.self).contains("/Subtype /Image"))
  }

  @Test func invalidFigureIsReportedAsAFigureError() throws {
    let trace = try HandoutFixtures.trace()
    let document = HandoutDocument(
      title: "T",
      blocks: [.figure(.trace(FigureRequest(view: .heatmap, layer: 9), trace), caption: "")])
    #expect(throws: FigureError.layerOutOfRange(layer: 9, layerCount: trace.layerCount)) {
      try HandoutWriter().pdf(of: document, paper: .a4)
    }
  }
}

/// What `pdftotext` reads back from a handout.
@Suite(.enabled(if: PDFInspection.shouldExtractText, PDFInspection.missingComment))
struct HandoutTextTests {
  @Test func footerNumbersEveryPageOutOfTheTotal() throws {
    let document = HandoutDocument(
      title: "Footer test",
      blocks: Array(repeating: .paragraph(HandoutFixtures.longParagraph), count: 14))
    let pdf = try HandoutWriter().pdf(of: document, paper: .a4)
    let pages = try PDFInspection.pageTexts(pdf)
    #expect(pages.count == PDFInspection.pageCount(pdf))
    #expect(pages.count >= 2)
    for (index, page) in pages.enumerated() {
      #expect(page.contains("Footer test — page \(index + 1) of \(pages.count)"))
    }
  }

  @Test func tableHeaderTextRepeatsAfterAPageBreak() throws {
    let document = HandoutDocument(
      title: "T",
      blocks: [.table(header: ["Keyname", "Scorevalue"], rows: HandoutFixtures.numberRows(120))])
    let pages = try PDFInspection.pageTexts(try HandoutWriter().pdf(of: document, paper: .letter))
    #expect(pages.count >= 3)
    for page in pages {
      #expect(page.contains("Keyname"))
      #expect(page.contains("Scorevalue"))
    }
  }

  @Test func hostileTextAppearsLiterally() throws {
    let hostile = "<script>alert(1)</script> $x_1^2$ a\u{0}b c\u{1B}d"
    let world = "שלום 注意力 🙂"
    let document = HandoutDocument(
      title: "<b>T</b>\u{0}", subtitle: "&amp;",
      blocks: [
        .heading(hostile, level: 1), .paragraph(hostile), .paragraph(world),
        .bullets([hostile]), .prompt(question: hostile, answer: world),
        .table(header: [hostile], rows: [[world]]),
      ])
    let pdf = try HandoutWriter().pdf(of: document, paper: .a4)
    let text = try PDFInspection.pageTexts(pdf).joined()
    #expect(text.contains("<script>alert(1)</script>"))
    #expect(text.contains("$x_1^2$"))
    #expect(text.contains("a␀b"))
    #expect(text.contains("c\\x1bd"))
    #expect(text.contains("注意力"))
    #expect(text.contains("שלום"))
    #expect(text.contains("<b>T</b>␀"))
    #expect(text.contains("&amp;"))
    #expect(!text.contains("\u{0}"))
    // Colour emoji are bitmap glyphs pdftotext cannot read back; a placeholder would
    // mean no font covered them.
    #expect(!text.contains("⟨U+1F642⟩"))
  }
}

/// Writes the lesson handout in both paper sizes to `ATTNVIZ_HANDOUT_DIR` for a look.
@Suite(.enabled(if: PDFInspection.sampleDirectory != nil, "set ATTNVIZ_HANDOUT_DIR to write"))
struct HandoutSamples {

  @Test func writesLessonHandoutSamples() throws {
    let folder = URL(fileURLWithPath: try #require(PDFInspection.sampleDirectory))
    for paper in PaperSize.allCases {
      let pdf = try HandoutWriter().pdf(of: try HandoutFixtures.lesson(), paper: paper)
      try Data(pdf).write(to: folder.appendingPathComponent("handout-\(paper.rawValue).pdf"))
      #expect(PDFInspection.pageCount(pdf) >= 2)
      let stress = try HandoutWriter().pdf(of: HandoutFixtures.stress(), paper: paper)
      try Data(stress).write(to: folder.appendingPathComponent("stress-\(paper.rawValue).pdf"))
    }
  }
}
