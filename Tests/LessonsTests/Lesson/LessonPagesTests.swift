import Foundation
import SiteGeneration
import Testing

@testable import Lessons

@Suite struct LessonPagesTests {
  @Test func everyPageLinksRelativelyAndRequestsNothing() throws {
    let pages = try LessonFixtures.renderedPages(try LessonFixtures.shared.get())
    let attribute = /(?:href|src)="([^"]*)"/
    for page in pages {
      #expect(!page.html.lowercased().contains("http"), "\(page.path) has no http")
      let targets = page.html.matches(of: attribute).map { String($0.output.1) }
      #expect(!targets.isEmpty)
      for target in targets {
        #expect(!target.hasPrefix("/") && !target.contains(":"), "\(page.path): \(target)")
      }
    }
  }

  @Test func linksPointAtFilesOfTheLesson() throws {
    let lesson = try LessonFixtures.shared.get()
    let index = lesson.indexPage()
    #expect(index.points.map(\.href) == LessonScript.points.map { $0.slug + ".html" })
    #expect(index.traces.map(\.href).allSatisfy { $0.hasSuffix("/index.html") })
    let points = lesson.pointPages()
    #expect(points.first?.previous == nil && points.last?.next == nil)
    #expect(points[3].figures[0].figure.source == "figures/page/04-scores-scaling.svg")
    #expect(points[3].figures[0].downloads.map(\.href).contains("figures/04-scores-scaling.pdf"))
  }

  @Test func everyPointPageHasPromptsFiguresAltTextAndTables() throws {
    let pages = try LessonFixtures.renderedPages(try LessonFixtures.shared.get())
    for page in pages where page.path.first?.isNumber == true {
      #expect(page.html.contains("<details>") && page.html.contains("<summary>"))
      #expect(page.html.contains("<table class=\"data\">"))
      #expect(!page.html.contains("alt=\"\""), "\(page.path) has alt text")
    }
  }

  @Test func lessonIndexGivesTheSlideFiguresTheirOwnSection() throws {
    let lesson = try LessonFixtures.shared.get()
    let html = try LessonSiteRenderer().render(lesson.indexPage())
    let sections = html.components(separatedBy: "<section ")
    let slides = try #require(sections.first { $0.contains("id=\"slides-heading\"") })
    #expect(slides.contains("href=\"figures/index.html\""))
    let traces = try #require(sections.first { $0.contains("id=\"traces-heading\"") })
    #expect(!traces.contains("figures/index.html"))
  }

  @Test func everyLessonFigureLinksToItsOwnFile() throws {
    let pages = try LessonFixtures.renderedPages(try LessonFixtures.shared.get())
    let linkedImage = /<a class="figure-link" href="([^"]+)"><img src="([^"]+)"/
    for page in pages where page.html.contains("<img ") {
      let links = page.html.matches(of: linkedImage)
      let images = page.html.components(separatedBy: "<img ").count - 1
      #expect(links.count == images, "\(page.path)")
      #expect(links.allSatisfy { $0.output.1 == $0.output.2 }, "\(page.path)")
    }
  }

  @Test func teachingModelPagesSayTheWeightsAreUntrained() throws {
    let points = try LessonFixtures.shared.get().pointPages()
    #expect(points.allSatisfy { $0.untrainedNote != nil })  // the fixtures use it everywhere
    let html = try LessonSiteRenderer().render(points[0])
    #expect(html.contains("Untrained weights."))
    #expect(html.contains("The weights are untrained"))
  }

  @Test func lessonPagesAreByteIdenticalAcrossBuilds() throws {
    let first = try LessonFixtures.renderedPages(try LessonFixtures.shared.get())
    let second = try LessonFixtures.renderedPages(try LessonFixtures.pages())
    #expect(first.map(\.path) == second.map(\.path))
    #expect(first.map(\.html) == second.map(\.html))
  }

  @Test func tokenTextIsEscapedInTables() throws {
    let table = DataTable(caption: "c", header: ["a", "b"], rows: [["<i>", "\"x\""]])
    let page = LessonPointPage(
      path: "01-x.html", number: 1, title: "T", paragraphs: ["p"], untrainedNote: nil,
      figures: [
        LessonFigureBlock(
          figure: FigureReference(source: "f.svg", altText: "a<b", caption: "c"), table: table,
          downloads: [])
      ], prompts: [LessonPrompt(question: "q", answer: "a")], related: [], previous: nil,
      next: nil, index: PageLink(href: "index.html", label: "i"))
    let html = try LessonSiteRenderer().render(page)
    #expect(html.contains("&lt;i&gt;") && html.contains("&quot;x&quot;"))
    #expect(html.contains("alt=\"a&lt;b\""))
  }
}
