import Figures
import SiteGeneration

/// Turns a `LessonPlan` into the page models of the lesson site.
///
/// Paths: the index at `index.html`, each point at `NN-topic.html`, slide figures in
/// `figures/` (`figures/index.html` lists them), the SVGs the pages show in `figures/page/`, trace pages in each trace set's folder. Every link is
/// relative to the page that holds it.
public struct LessonPages: Sendable {
  /// The planned lesson.
  public var plan: LessonPlan
  /// The alt text of each figure, keyed by figure name; a figure without one gets its
  /// caption.
  public var altTexts: [String: String]

  /// The folder of the slide figures below the site root.
  public static let figureFolder = "figures"
  /// The folder, inside `figureFolder`, of the SVGs the point pages show: the same figures
  /// at their natural size, without the slide's margins.
  public static let pageFigureFolder = "page"

  /// Creates the page builder.
  public init(plan: LessonPlan, altTexts: [String: String]) {
    self.plan = plan
    self.altTexts = altTexts
  }

  /// The lesson index: the points in order, the trace pages and the figure index.
  public func indexPage() -> LessonIndexPage {
    LessonIndexPage(
      path: "index.html", title: LessonScript.title, introduction: LessonScript.introduction,
      points: plan.sections.map {
        LessonIndexPage.Entry(
          number: $0.point.number, title: $0.point.title, summary: $0.point.summary,
          href: Self.path(of: $0.point))
      },
      traces: plan.traceSets.map { PageLink(href: $0.folder + "/index.html", label: $0.title) },
      figures: PageLink(
        href: Self.figureFolder + "/index.html", label: "All figures for slides (PNG, SVG, PDF)"))
  }

  /// One page per teaching point, in order, linked to their neighbours.
  public func pointPages() -> [LessonPointPage] {
    let sections = plan.sections
    return sections.indices.map { index in
      let section = sections[index]
      let untrained = section.figures.contains(where: \.usesUntrainedWeights)
      return LessonPointPage(
        path: Self.path(of: section.point), number: section.point.number,
        title: section.point.title, paragraphs: section.point.paragraphs,
        untrainedNote: untrained ? Self.untrainedNote : nil,
        figures: section.figures.map(block), prompts: section.point.prompts,
        related: related(section.point.topic),
        previous: index > 0 ? link(sections[index - 1].point) : nil,
        next: index + 1 < sections.count ? link(sections[index + 1].point) : nil,
        index: PageLink(href: "index.html", label: LessonScript.title))
    }
  }

  /// The index of the slide figures.
  public func figureIndexPage() -> FigureIndexPage {
    FigureIndexPage(
      path: Self.figureFolder + "/index.html", title: "Figures for slides",
      entries: plan.allFigures.map { figure in
        FigureIndexPage.Entry(
          name: figure.name, caption: figure.caption,
          preview: reference(figure, folder: ""),
          files: files(figure, folder: ""))
      },
      index: PageLink(href: "../index.html", label: LessonScript.title))
  }

  /// The page of a point, such as `04-scores.html`.
  public static func path(of point: LessonPoint) -> String { point.slug + ".html" }

  /// The note on pages whose figures use the teaching model.
  public static let untrainedNote =
    "Figures marked as using the teaching model have random, untrained weights: they show"
    + " how attention computes, not what a trained model attends to."

  private func block(_ figure: LessonFigureItem) -> LessonFigureBlock {
    let folder = Self.figureFolder + "/"
    return LessonFigureBlock(
      figure: reference(figure, folder: folder + Self.pageFigureFolder + "/"),
      table: figure.table, downloads: files(figure, folder: folder))
  }

  private func reference(_ figure: LessonFigureItem, folder: String) -> FigureReference {
    FigureReference(
      source: folder + figure.fileName(.svg), altText: altTexts[figure.name] ?? figure.caption,
      caption: figure.caption)
  }

  private func files(_ figure: LessonFigureItem, folder: String) -> [PageLink] {
    [(OutputFormat.png, "PNG"), (.svg, "SVG"), (.pdf, "PDF")].map {
      PageLink(href: folder + figure.fileName($0), label: $1)
    }
  }

  private func link(_ point: LessonPoint) -> PageLink {
    PageLink(href: Self.path(of: point), label: "\(point.number). \(point.title)")
  }

  private func related(_ topic: LessonPoint.Topic) -> [PageLink] {
    let teaching = plan.traceSets[0]
    let it = LessonPlan.position(of: LessonScript.pronoun.word, in: teaching.trace)
    let token = teaching.folder + "/" + TracePages.tokenFileName(queryIndex: it)
    switch topic {
    case .scores, .normalisation, .retrieval:
      return [
        PageLink(href: token, label: "Every number of “it” in the teaching model, key by key"),
        PageLink(href: teaching.folder + "/index.html", label: teaching.title),
      ]
    case .pronoun, .heads:
      return plan.traceSets.dropFirst().map {
        PageLink(href: $0.folder + "/index.html", label: $0.title)
      }
    default: return []
    }
  }
}
