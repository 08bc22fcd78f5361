import Foundation
import Testing

@testable import SiteGeneration

/// Layout rules of the default stylesheet that the visual review (scripts/review.sh) found
/// missing once; each test names what a reader would see go wrong without the rule.
@Suite("Stylesheet")
struct StylesheetTests {
  private let rules: StylesheetRules
  private let print = "print"

  init() throws {
    rules = StylesheetRules(try TemplateSource.embedded.contents(of: "style.css"))
  }

  /// The media condition of the phone-width block, whatever its breakpoint.
  private var narrowScreen: String? {
    rules.mediaConditions.first { $0.contains("max-width") }
  }

  @Test func wideFiguresMayUseTheWholeLineOnceTheirTableWraps() {
    // flex-grow 1: a wide attention step is not squeezed into 40rem beside nothing.
    let flex = rules.value(of: "flex", for: ".figure-pair figure")
    #expect(flex?.split(separator: " ").first == "1")
  }

  @Test func slideFigurePreviewsNeverOverflowANarrowScreen() {
    let maxWidth = rules.value(of: "max-width", for: ".figure-list figure img")
    #expect(maxWidth?.contains("100%") == true)
  }

  @Test func weightTablesAreCompactEnoughForSixteenTokens() {
    #expect(rules.value(of: "font-size", for: "table.weights") == "0.8rem")
    #expect(rules.value(of: "padding", for: "table.weights th, table.weights td") != nil)
  }

  @Test func printedFiguresAreBoundedByHeightNotShrunkToAFraction() {
    #expect(rules.value(of: "max-height", for: "figure img", media: print) != nil)
    let shrunk = rules.rules.filter { rule in
      rule.media == print && rule.selector.contains("figure")
        && rule.declarations.contains { $0.name == "max-width" && $0.value.hasSuffix("%") }
    }
    #expect(shrunk.isEmpty, "print rules shrink figures: \(shrunk.map(\.selector))")
  }

  @Test func printedQuestionsShowNoDisclosureTriangle() {
    #expect(rules.value(of: "list-style", for: ".prompts summary", media: print) == "none")
  }

  @Test func phonesGetNarrowerVectorCellsThanDesktops() throws {
    let condition = try #require(narrowScreen)
    let desktop = rules.value(of: "min-width", for: "td.vector-cell")
    let phone = rules.value(of: "min-width", for: "td.vector-cell", media: condition)
    #expect(desktop == "12rem")
    #expect(phone != nil && phone != desktop)
  }

  @Test func listsUnderAHeadingDrawNoSecondRuleAboveTheirFirstEntry() {
    for list in [".lesson-points", ".text-list"] {
      #expect(rules.value(of: "border-top", for: list + " li:first-child") == "none")
    }
    #expect(rules.value(of: "border-top", for: "h2 + .lesson-figure") == "none")
  }

  @Test func readerRulesReadMediaBlocksAndSkipComments() {
    let css = "/* a { color: red; } */ a { color: blue; }\n@media print { a { color: black; } }"
    let probe = StylesheetRules(css)
    #expect(probe.value(of: "color", for: "a") == "blue")
    #expect(probe.value(of: "color", for: "a", media: "print") == "black")
    #expect(probe.mediaConditions == ["print"])
  }
}
