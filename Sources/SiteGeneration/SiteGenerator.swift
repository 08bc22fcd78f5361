import Foundation

/// Renders page models through templates and writes the site into a folder.
///
/// Pages link each other and their figures with relative paths only, and the stylesheet is
/// written once at the site root as `style.css`; every page refers to it relatively, so the
/// site opens from `file://` and from any static server. The same site always gives the same
/// bytes.
public struct SiteGenerator: Sendable {
  /// Where the stylesheet goes, relative to the site root.
  public static let stylesheetPath = "style.css"

  private let library: TemplateLibrary
  private let stylesheet: String

  /// Loads and checks the templates of `source`.
  ///
  /// - Throws: `SiteGenerationError` naming a missing file or a template syntax error.
  public init(templates source: TemplateSource = .embedded) throws {
    library = try TemplateLibrary(source: source, names: ["home.html", "index.html", "token.html"])
    stylesheet = try source.contents(of: "style.css")
  }

  /// The HTML of an index page.
  ///
  /// - Throws: `SiteGenerationError` when the templates use a name the page lacks.
  public func render(_ page: IndexPage) throws -> String {
    var scope = PageContexts.context(for: page)
    scope["stylesheet"] = .text(Self.stylesheetHref(fromPage: page.path))
    return try library.render("index.html", with: scope)
  }

  /// The HTML of the front page.
  ///
  /// - Throws: `SiteGenerationError` when the templates use a name the page lacks.
  public func render(_ page: HomePage) throws -> String {
    var scope = PageContexts.context(for: page)
    scope["stylesheet"] = .text(Self.stylesheetHref(fromPage: page.path))
    return try library.render("home.html", with: scope)
  }

  /// The HTML of a token page.
  ///
  /// - Throws: `SiteGenerationError` when the templates use a name the page lacks.
  public func render(_ page: TokenPage) throws -> String {
    var scope = PageContexts.context(for: page)
    scope["stylesheet"] = .text(Self.stylesheetHref(fromPage: page.path))
    return try library.render("token.html", with: scope)
  }

  /// Renders every page and writes them, with the stylesheet, into `folder`.
  ///
  /// All pages are rendered before the first file is written, and each file is written
  /// atomically, so a failure leaves no half-written file. Existing files at the same paths
  /// are replaced; other files in `folder` are left alone.
  ///
  /// - Returns: the paths written, relative to `folder`, sorted.
  /// - Throws: `SiteGenerationError` naming the page path or file that failed.
  public func generate(_ site: Site, into folder: URL) throws -> [String] {
    let files = try renderedFiles(of: site)
    try AtomicFileWriter.createFolder(folder)
    for (path, text) in files {
      try AtomicFileWriter.write(Data(text.utf8), to: folder.appending(path: path))
    }
    return files.map(\.path)
  }

  /// The files of `site` as (relative path, contents), sorted by path.
  public func renderedFiles(of site: Site) throws -> [(path: String, text: String)] {
    var seen: Set<String> = [Self.stylesheetPath]
    for path in site.pagePaths {
      try Self.validate(path)
      guard seen.insert(path).inserted else {
        throw SiteGenerationError.duplicatePagePath(path: path)
      }
    }

    var files = [(path: Self.stylesheetPath, text: stylesheet)]
    files += try site.homePage.map { [($0.path, try render($0))] } ?? []
    files += try site.indexPages.map { ($0.path, try render($0)) }
    files += try site.tokenPages.map { ($0.path, try render($0)) }
    return files.sorted { $0.path < $1.path }
  }

  /// The stylesheet's href from a page at `pagePath`, such as `../style.css`.
  static func stylesheetHref(fromPage pagePath: String) -> String {
    let depth = pagePath.split(separator: "/", omittingEmptySubsequences: false).count - 1
    return String(repeating: "../", count: depth) + stylesheetPath
  }

  /// Checks that `path` is a plain relative path inside the site.
  static func validate(_ path: String) throws {
    let parts = path.split(separator: "/", omittingEmptySubsequences: false)
    let invalid =
      path.isEmpty || parts.contains { $0.isEmpty || $0 == "." || $0 == ".." }
      || path.contains("\\") || path.contains(":")
    if invalid { throw SiteGenerationError.invalidPagePath(path: path) }
  }
}
