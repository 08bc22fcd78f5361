import Testing

@testable import SiteGeneration

@Suite struct HomePageTests {
  let page = HomePage(
    title: "Lesson <1> & more",
    entries: [
      HomePage.Entry(
        title: "A <b>bold</b> claim", text: "a<b&c\"d'e", href: "t1/index.html",
        summary: "teaching model · 5 tokens"),
      HomePage.Entry(title: "שלום", text: "$x_1^2$", href: "t2/index.html", summary: "x"),
    ])

  @Test func listsEveryTextInOrderWithRelativeLinks() throws {
    let html = try SiteGenerator().render(page)
    let first = try #require(html.range(of: "href=\"t1/index.html\""))
    let second = try #require(html.range(of: "href=\"t2/index.html\""))
    #expect(first.lowerBound < second.lowerBound)
    #expect(html.contains("href=\"style.css\""))
  }

  @Test func escapesTitlesAndTexts() throws {
    let html = try SiteGenerator().render(page)
    #expect(html.contains("Lesson &lt;1&gt; &amp; more"))
    #expect(html.contains("A &lt;b&gt;bold&lt;/b&gt; claim"))
    #expect(html.contains("a&lt;b&amp;c&quot;d&#39;e"))
    #expect(!html.contains("<b>bold"))
    #expect(html.contains("$x_1^2$"))
  }

  @Test func homePageIsWrittenAtTheSiteRoot() throws {
    let site = Site(homePage: page)
    let files = try SiteGenerator().renderedFiles(of: site)
    #expect(files.map(\.path) == ["index.html", "style.css"])
  }
}

@Suite struct ControlCharacterEscapingTests {
  @Test func controlCharactersBecomeVisibleEscapes() {
    #expect(HTMLEscaping.escape("a\u{1B}[31mb\u{0}c\u{7F}") == "a\\x1b[31mb\\x00c\\x7f")
    #expect(HTMLEscaping.escape("tab\tline\nreturn\r") == "tab\tline\nreturn\r")
  }
}
