import AttentionEngine
import Foundation
import SiteGeneration
import Testing
import Tokenization

@testable import Lessons

/// A hand-made trace: three tokens, head size 2, causal, one layer with one head.
///
/// Weights are chosen to be easy to check by hand rather than computed by softmax:
/// row 1 is [0.25, 0.75, masked], row 2 is [0.5, 0.25, 0.25].
enum TraceFixtures {
  static func tokens(_ labels: [String]) -> [Token] {
    var offset = 0
    return labels.enumerated().map { index, label in
      defer { offset += label.unicodeScalars.count + 1 }
      let span = offset..<(offset + label.unicodeScalars.count)
      return Token(id: 10 + index, piece: label, span: span, kind: .normal, label: label)
    }
  }

  static func trace(
    labels: [String] = ["The", "cat", "sat"], isTrained: Bool = false,
    visibility: [Bool] = [true, false, false, true, true, false, true, true, true],
    weights: [[Float]] = [[1, 0, 0], [0.25, 0.75, 0], [0.5, 0.25, 0.25]],
    outputs: [[Float]] = [[1, 2], [-0.5, 0.5], [0.25, 2]]
  ) -> AttentionTrace {
    let head = HeadTrace(
      queries: Matrix(rowArrays: [[1, 0], [0, 1], [1, 1]]),
      keys: Matrix(rowArrays: [[1, 0], [0, 2], [1, -1]]),
      values: Matrix(rowArrays: [[1, 2], [-1, 0], [0, 4]]),
      scores: Matrix(rowArrays: [[1, 0, 1], [0, 2, -1], [1, 2, -0.00001]]),
      visibility: visibility, weights: Matrix(rowArrays: weights),
      outputs: Matrix(rowArrays: outputs), keyValueHead: 0)
    let model = ModelDescription(
      name: "tiny", displayName: "tiny test model", isTrained: isTrained, isCausal: true,
      positionEncoding: "none")
    let width = Matrix(rows: labels.count, columns: 2)
    return AttentionTrace(
      model: model, tokenizerName: "word-level", text: labels.joined(separator: " "),
      tokens: tokens(labels), tokenEmbeddings: width, positionEmbeddings: nil,
      layerInput: width,
      layers: [LayerTrace(heads: [head], attentionOutput: width, residualAfter: width)])
  }

  static func pages(_ trace: AttentionTrace = trace()) -> TracePages {
    TracePages(
      trace: trace, layer: 0, head: 0, folder: "demo", title: "Demo",
      figures: TraceFigurePaths(
        heatmap: "figures/heatmap.svg",
        querySteps: (0..<trace.tokens.count).map { "figures/query-\($0).svg" }))
  }
}

@Suite("TracePages")
struct TracePagesTests {
  @Test func pagesGoIntoTheTextsFolderWithPaddedNames() {
    let site = TraceFixtures.pages().site()
    #expect(
      site.pagePaths == [
        "demo/index.html", "demo/token-001.html", "demo/token-002.html", "demo/token-003.html",
      ])
    #expect(TracePages.tokenFileName(queryIndex: 1233) == "token-1234.html")
  }

  @Test func tokenPageShowsTheRealNumbersOfEveryVisibleKey() throws {
    let page = TraceFixtures.pages().tokenPage(queryIndex: 1)
    #expect(page.query == "[0.0000, 1.0000]")
    let numbers = try #require(page.keys[1].numbers)
    #expect(numbers.key == "[0.0000, 2.0000]")
    #expect(numbers.rawScore == "2.0000")
    #expect(numbers.scaledScore == "1.4142")
    #expect(numbers.weight == "0.7500")
    #expect(numbers.value == "[-1.0000, 0.0000]")
    #expect(numbers.weightedValue == "[-0.7500, 0.0000]")
    #expect(page.scaling.contains("√2 = 1.4142"))
  }

  @Test func maskedKeysAreListedAsMaskedWithoutNumbers() {
    let page = TraceFixtures.pages().tokenPage(queryIndex: 1)
    #expect(page.keys.map(\.token.text) == ["The", "cat", "sat"])
    #expect(page.keys[2].numbers == nil)
    #expect(page.keys[0].numbers != nil)
  }

  @Test func rowSumAndWeightedSumAreShownBesideTheOutput() {
    let page = TraceFixtures.pages().tokenPage(queryIndex: 2)
    #expect(page.weightSum == "1.0000")
    #expect(page.weightedSum == "[0.2500, 2.0000]")
    #expect(page.output == "[0.2500, 2.0000]")
    #expect(page.fullyMaskedNote == nil)
  }

  @Test func tinyNegativeNumbersNeverReadAsNegativeZero() {
    let page = TraceFixtures.pages().tokenPage(queryIndex: 2)
    #expect(page.keys[2].numbers?.rawScore == "0.0000")
    #expect(page.keys[2].numbers?.scaledScore == "0.0000")
  }

  @Test func noRenderedPageContainsNegativeZero() throws {
    let trace = TraceFixtures.trace(outputs: [[-0.00001, 2], [-0.5, -0.00004], [0.25, 2]])
    let site = TraceFixtures.pages(trace).site()
    let generator = try SiteGenerator()
    let pages = try [generator.render(site.indexPages[0])] + site.tokenPages.map(generator.render)
    for html in pages { #expect(!html.contains("-0.0000")) }
  }

  @Test func fullyMaskedQueryIsSaidSoAndSumsToZero() {
    let trace = TraceFixtures.trace(
      visibility: [true, false, false, false, false, false, true, true, true],
      weights: [[1, 0, 0], [0, 0, 0], [0.5, 0.25, 0.25]],
      outputs: [[1, 2], [0, 0], [0.25, 2]])
    let page = TraceFixtures.pages(trace).tokenPage(queryIndex: 1)
    #expect(page.fullyMaskedNote != nil)
    #expect(page.keys.allSatisfy { $0.numbers == nil })
    #expect(page.weightSum == "0.0000")
    #expect(page.weightedSum == "[0.0000, 0.0000]")
    #expect(page.figure.altText.contains("0 visible keys"))
  }

  @Test func tokenPagesLinkNeighboursIndexAndTheirOwnFigure() {
    let pages = TraceFixtures.pages()
    let first = pages.tokenPage(queryIndex: 0)
    #expect(first.previous == nil)
    #expect(first.next == PageLink(href: "token-002.html", label: "cat"))
    #expect(first.index.href == "index.html")
    #expect(first.figure.source == "figures/query-0.svg")
    #expect(pages.tokenPage(queryIndex: 2).next == nil)
  }

  @Test func indexPageTableMarksMaskedCellsAndMatchesTheHeatmap() {
    let page = TraceFixtures.pages().indexPage()
    #expect(page.weights.keyLabels == ["The", "cat", "sat"])
    #expect(page.weights.rows[1].cells == ["0.2500", "0.7500", nil])
    #expect(page.weights.rows[0].cells == ["1.0000", nil, nil])
    #expect(page.heatmap.source == "figures/heatmap.svg")
    #expect(page.heatmap.altText.contains("rows are queries, columns are keys"))
    #expect(page.heatmap.altText.contains("3 masked cells"))
    #expect(page.heatmap.altText.contains("0.7500, is from ‘cat’ to ‘cat’"))
  }

  @Test func indexPageStripListsPositionTextIdSpanAndKind() {
    let strip = TraceFixtures.pages().indexPage().tokens
    #expect(
      strip[1]
        == TokenEntry(
          position: 2, text: "cat", id: 11, span: "4–7", kind: "normal", href: "token-002.html"))
  }

  @Test func captionStatesModelLayerHeadTokenizerAndMask() {
    let facts = TraceFixtures.pages().indexPage().facts
    let terms = Dictionary(uniqueKeysWithValues: facts.map { ($0.term, $0.detail) })
    #expect(terms["Model"] == "tiny test model")
    #expect(terms["Layer"]?.hasPrefix("1 of 1") == true)
    #expect(terms["Head"]?.hasPrefix("1 of 1") == true)
    #expect(terms["Tokenizer"] == "word-level")
    #expect(terms["Mask"]?.hasPrefix("causal") == true)
  }

  @Test func untrainedNoteAppearsOnlyForUntrainedWeights() {
    #expect(TraceFixtures.pages().indexPage().untrainedNote != nil)
    #expect(TraceFixtures.pages().tokenPage(queryIndex: 0).untrainedNote != nil)
    let trained = TraceFixtures.pages(TraceFixtures.trace(isTrained: true))
    #expect(trained.indexPage().untrainedNote == nil)
    #expect(trained.tokenPage(queryIndex: 0).untrainedNote == nil)
  }

  @Test func dataBlockHoldsRoundedWeightsAndNullForMasked() {
    let data = ScriptJSON.encode(TraceFixtures.pages().indexPage().data).markup
    #expect(data.contains(#""weights":[[1,null,null],[0.25,0.75,null],[0.5,0.25,0.25]]"#))
    #expect(data.contains(#"{"position":2,"text":"cat","id":11,"span":[4,7],"kind":"normal"}"#))
  }

  @Test func hostileTokenTextRendersEscapedThroughTheDefaultTemplates() throws {
    let labels = ["</script><!--<script>", "a<b&c\"d'e", "$x_1^2$"]
    let pages = TraceFixtures.pages(TraceFixtures.trace(labels: labels))
    let generator = try SiteGenerator()
    let index = try generator.render(pages.indexPage())
    #expect(index.components(separatedBy: "</script").count == 2)
    #expect(index.contains("a&lt;b&amp;c&quot;d&#39;e"))
    #expect(index.contains("$x_1^2$"))
    for position in 0..<3 {
      let html = try generator.render(pages.tokenPage(queryIndex: position))
      #expect(!html.contains("<!--") && !html.contains("a<b"))
    }
  }

  @Test func wholeSiteIsWrittenAndStable() throws {
    let folder = FileManager.default.temporaryDirectory
      .appending(path: "attnviz-trace-pages-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let site = TraceFixtures.pages().site()
    let first = try SiteGenerator().generate(site, into: folder)
    let before = try String(
      contentsOf: folder.appending(path: "demo/token-001.html"), encoding: .utf8)
    _ = try SiteGenerator().generate(site, into: folder)
    let after = try String(
      contentsOf: folder.appending(path: "demo/token-001.html"), encoding: .utf8)
    #expect(first.count == 5)
    #expect(before == after)
  }
}

@Suite struct LongTextBudgetTests {
  @Test func longTextsLeaveTheWeightTableOutAndSaySo() throws {
    let count = TracePages.weightTableLimit + 1
    let tokens = (0..<count).map {
      Token(id: $0, piece: "w", span: $0 * 2..<$0 * 2 + 1, kind: .normal, label: "w\($0)")
    }
    let trace = try TeachingModel().trace(of: tokens, text: "", tokenizerName: "t")
    let paths = TraceFigurePaths(
      heatmap: "h.svg", querySteps: (0..<count).map { "s\($0).svg" })
    let page = TracePages(
      trace: trace, layer: 0, head: 0, folder: "long", title: "long", figures: paths
    ).indexPage()
    #expect(page.weights.rows.isEmpty)
    #expect(page.weightsNote?.contains("\(count * count) cells") == true)
    let html = try SiteGenerator().render(page)
    #expect(!html.contains("<table class=\"weights\">"))
    #expect(html.contains("\"weights\":null"))
  }

  @Test func shortTextsKeepTheTable() throws {
    let page = TraceFixtures.pages().indexPage()
    #expect(page.weightsNote == nil)
    #expect(try SiteGenerator().render(page).contains("<table class=\"weights\">"))
  }
}

/// Characters a tokenizer removed (case 4 of the shared cases) are shown and named, not lost.
@Suite struct RemovedCharacterTests {
  /// `⟨U+FEFF⟩hi x⟨U+F0001⟩y`, tokenized the way BERT does: the BOM and the private-use
  /// character are removed, so no token covers offsets 0 and 5.
  static let text = "\u{FEFF}hi x\u{F0001}y"
  static let tokens = [
    Token(id: 1, piece: "hi", span: 1..<3, kind: .normal, label: "hi"),
    Token(id: 2, piece: "x", span: 4..<5, kind: .normal, label: "x"),
    Token(id: 3, piece: "y", span: 6..<7, kind: .normal, label: "y"),
  ]

  @Test func uncoveredCharactersAreRemovedButSpacesAreNot() throws {
    let coverage = SourceCoverage(text: Self.text, tokens: Self.tokens)
    #expect(coverage.removedOffsets == [0, 5])
    #expect(
      coverage.runs == [
        SourceRun(text: "⟨U+FEFF⟩", isRemoved: true), SourceRun(text: "hi x", isRemoved: false),
        SourceRun(text: "⟨U+F0001⟩", isRemoved: true), SourceRun(text: "y", isRemoved: false),
      ])
    let note = try #require(coverage.note)
    #expect(note.hasPrefix("2 characters of the text map to no token position"))
    #expect(note.contains("removed them: ⟨U+FEFF⟩ at offset 0, ⟨U+F0001⟩ at offset 5."))
  }

  @Test func fullyCoveredTextHasOneRunAndNoNote() {
    let coverage = SourceCoverage(text: "The cat", tokens: TraceFixtures.tokens(["The", "cat"]))
    #expect(coverage.removedOffsets.isEmpty)
    #expect(coverage.runs == [SourceRun(text: "The cat", isRemoved: false)])
    #expect(coverage.note == nil)
  }

  @Test func indexPageMarksRemovedCharactersAndListsThemInItsData() throws {
    let generator = try SiteGenerator()
    let plain = try generator.render(TraceFixtures.pages().indexPage())
    #expect(!plain.contains("Removed characters") && !plain.contains("class=\"removed\""))
    #expect(plain.contains(#""removedOffsets":[]"#))

    var trace = TraceFixtures.trace()
    trace.text = "The cat sat\u{200B}"
    let html = try generator.render(TraceFixtures.pages(trace).indexPage())
    #expect(html.contains(#"The cat sat<mark class="removed" title="#))
    #expect(html.contains(">⟨U+200B⟩</mark></bdi>"))
    #expect(html.contains("<strong>Removed characters.</strong> 1 character of the text maps"))
    #expect(html.contains(#""removedOffsets":[11]"#))
  }
}
