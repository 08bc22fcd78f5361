import Foundation
import Testing

@testable import SiteGeneration

@Suite("SiteGenerator")
struct SiteGeneratorTests {
  private let expectedFiles = [
    "style.css", "tiny/index.html", "tiny/token-000.html", "tiny/token-001.html",
    "tiny/token-002.html",
  ]

  @Test func tinySiteMatchesTheGoldenFiles() throws {
    let folder = try TemporaryFolder()
    _ = try SiteGenerator().generate(SiteFixtures.site(), into: folder.url)
    for path in expectedFiles where path.hasSuffix(".html") {
      try GoldenFile.check(try folder.read(path), against: path)
    }
  }

  @Test func twoGenerationsAreByteIdentical() throws {
    let first = try TemporaryFolder()
    let second = try TemporaryFolder()
    _ = try SiteGenerator().generate(SiteFixtures.site(), into: first.url)
    _ = try SiteGenerator().generate(SiteFixtures.site(), into: second.url)
    #expect(first.allFiles() == second.allFiles())
    for path in first.allFiles() {
      #expect(try first.read(path) == second.read(path), "\(path) differs")
    }
  }

  @Test func writesExactlyThePagesAndStylesheetWithNoTemporaryFiles() throws {
    let folder = try TemporaryFolder()
    let written = try SiteGenerator().generate(SiteFixtures.site(), into: folder.url)
    #expect(written == expectedFiles)
    #expect(folder.allFiles() == expectedFiles)
  }

  @Test func stylesheetIsTheTemplateCopy() throws {
    let folder = try TemporaryFolder()
    _ = try SiteGenerator().generate(SiteFixtures.site(), into: folder.url)
    #expect(try folder.read("style.css") == TemplateSource.embedded.contents(of: "style.css"))
  }

  @Test func everyLinkAndSourceIsRelative() throws {
    let folder = try TemporaryFolder()
    _ = try SiteGenerator().generate(SiteFixtures.site(), into: folder.url)
    for path in expectedFiles where path.hasSuffix(".html") {
      let html = try folder.read(path)
      let targets = HTMLProbe.attributeValues(named: ["href", "src"], in: html)
      #expect(!targets.isEmpty)
      for target in targets {
        #expect(!target.hasPrefix("/") && !target.contains(":"), "\(path): '\(target)'")
      }
      #expect(!html.lowercased().contains("http"), "\(path) mentions http")
    }
    let css = try folder.read("style.css").lowercased()
    #expect(!css.contains("http") && !css.contains("@import") && !css.contains("url("))
  }

  @Test func stylesheetLinkClimbsToTheSiteRoot() {
    #expect(SiteGenerator.stylesheetHref(fromPage: "index.html") == "style.css")
    #expect(SiteGenerator.stylesheetHref(fromPage: "a/b/index.html") == "../../style.css")
  }

  @Test func pagesAreHTML5WithLanguageAndAltText() throws {
    let generator = try SiteGenerator()
    let pages =
      [try generator.render(SiteFixtures.indexPage())]
      + (try (0..<3).map { try generator.render(SiteFixtures.tokenPage($0)) })
    for html in pages {
      #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
      #expect(html.contains("<meta charset=\"utf-8\">"))
      let images = HTMLProbe.count("<img ", in: html)
      #expect(images == 1)
      #expect(HTMLProbe.attributeValues(named: ["alt"], in: html).count == images)
      #expect(!html.contains("<script src"))
    }
  }

  @Test func figuresLinkToTheirOwnFileForZoomingOnSmallScreens() throws {
    let generator = try SiteGenerator()
    let pages =
      [try generator.render(SiteFixtures.indexPage())]
      + (try (0..<3).map { try generator.render(SiteFixtures.tokenPage($0)) })
    let linkedImage = /<a class="figure-link" href="([^"]+)"><img src="([^"]+)"/
    for html in pages {
      let links = html.matches(of: linkedImage)
      #expect(links.count == HTMLProbe.count("<img ", in: html))
      #expect(links.allSatisfy { $0.output.1 == $0.output.2 })
    }
  }

  @Test func tokenTextIsEscapedInContentAndAttributes() throws {
    let html = try SiteGenerator().render(SiteFixtures.indexPage())
    #expect(!html.contains("<b>"))
    #expect(html.contains("&lt;b&gt;cat&lt;/b&gt;"))
    #expect(html.contains("<title>Tiny &lt;site&gt; &amp; &quot;friends&quot;</title>"))
    #expect(html.contains("$x_1^2$"))
  }

  @Test func hostileTokenTextCannotLeaveTheScriptElement() throws {
    var page = SiteFixtures.indexPage()
    let hostile = ["</script><script>alert(1)</script>", "<!--<script>", "a\u{2028}b"]
    page.tokens[0].text = hostile[0]
    page.data = .object([("tokens", .array(hostile.map(JSONValue.string)))])
    let html = try SiteGenerator().render(page)

    #expect(HTMLProbe.count("</script", in: html) == HTMLProbe.count("<script", in: html))
    #expect(HTMLProbe.count("<script", in: html) == 1)
    #expect(!html.contains("<!--"))
    #expect(!html.contains("\u{2028}"))
    #expect(html.contains(#""\u003c/script\u003e\u003cscript\u003ealert(1)"#))
  }

  @Test func maskedCellsAreMarkedNotZero() throws {
    let html = try SiteGenerator().render(SiteFixtures.indexPage())
    #expect(HTMLProbe.count("<td class=\"masked\">masked</td>", in: html) == 3)
    let token = try SiteGenerator().render(SiteFixtures.tokenPage(0))
    #expect(HTMLProbe.count("class=\"masked-row\"", in: token) == 4)
  }

  @Test func tokenPagesLinkNeighboursAndIndex() throws {
    let html = try SiteGenerator().render(SiteFixtures.tokenPage(1))
    #expect(html.contains("rel=\"prev\" href=\"token-000.html\""))
    #expect(html.contains("rel=\"next\" href=\"token-002.html\""))
    #expect(html.contains("href=\"index.html\""))
    let first = try SiteGenerator().render(SiteFixtures.tokenPage(0))
    #expect(!first.contains("rel=\"prev\""))
  }
}
