/// Renders the lesson's pages (index, teaching points, figure index) through templates.
///
/// Uses `lesson-index.html`, `lesson-point.html` and `lesson-figures.html` of the template
/// source; each page links the stylesheet at the site root relatively, as `SiteGenerator`
/// writes it.
public struct LessonSiteRenderer: Sendable {
  /// The templates the lesson needs besides those of `SiteGenerator`.
  public static let templateNames = [
    "lesson-index.html", "lesson-point.html", "lesson-figures.html",
  ]

  private let library: TemplateLibrary

  /// Loads and checks the lesson templates of `source`.
  ///
  /// - Throws: `SiteGenerationError` naming a missing file or a template syntax error.
  public init(templates source: TemplateSource = .embedded) throws {
    library = try TemplateLibrary(source: source, names: Self.templateNames)
  }

  /// The HTML of the lesson index.
  ///
  /// - Throws: `SiteGenerationError` when the template uses a name the page lacks.
  public func render(_ page: LessonIndexPage) throws -> String {
    try render("lesson-index.html", LessonPageContexts.context(for: page), path: page.path)
  }

  /// The HTML of one teaching point.
  ///
  /// - Throws: `SiteGenerationError` when the template uses a name the page lacks.
  public func render(_ page: LessonPointPage) throws -> String {
    try render("lesson-point.html", LessonPageContexts.context(for: page), path: page.path)
  }

  /// The HTML of the figure index.
  ///
  /// - Throws: `SiteGenerationError` when the template uses a name the page lacks.
  public func render(_ page: FigureIndexPage) throws -> String {
    try render("lesson-figures.html", LessonPageContexts.context(for: page), path: page.path)
  }

  private func render(_ name: String, _ context: TemplateContext, path: String) throws
    -> String
  {
    try SiteGenerator.validate(path)
    var scope = context
    scope["stylesheet"] = .text(SiteGenerator.stylesheetHref(fromPage: path))
    return try library.render(name, with: scope)
  }
}
