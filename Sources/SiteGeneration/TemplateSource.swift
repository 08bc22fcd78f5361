import Foundation

/// Where the site's templates and stylesheet come from.
///
/// File paths are relative to the template root with `/` separators, such as `index.html`
/// or `partials/head.html`. The default templates are compiled into the binary from the
/// package's `Templates/` folder, so they are found from any working directory.
public enum TemplateSource: Sendable, Equatable, CustomStringConvertible {
  /// The templates embedded at build time.
  case embedded
  /// A folder holding the user's own copy of the templates.
  case directory(URL)

  /// The files every template source must provide.
  public static let requiredFiles = [
    "home.html", "index.html", "lesson-figures.html", "lesson-index.html", "lesson-point.html",
    "style.css", "token.html",
  ]

  /// The embedded default files as (relative path, contents), sorted by path.
  public static var defaultFiles: [(path: String, contents: String)] {
    EmbeddedTemplates.files
  }

  /// The text of the file at `path`.
  ///
  /// - Throws: `SiteGenerationError.missingTemplate` naming the file when it does not exist,
  ///   `.unreadableTemplate` when it is not UTF-8 text.
  public func contents(of path: String) throws -> String {
    switch self {
    case .embedded:
      guard let file = EmbeddedTemplates.files.first(where: { $0.path == path }) else {
        throw SiteGenerationError.missingTemplate(file: path, source: description)
      }
      return file.contents
    case .directory(let folder):
      return try Self.read(folder.appending(path: path), relativePath: path, source: self)
    }
  }

  /// The source in words, for messages: `the built-in templates` or `'DIR'`.
  public var description: String {
    switch self {
    case .embedded: return "the built-in templates"
    case .directory(let folder): return "'\(folder.path)'"
    }
  }

  /// Writes the default templates into `folder` atomically, as a starting point for a copy.
  ///
  /// - Returns: the relative paths written, sorted.
  public static func writeDefaults(to folder: URL) throws -> [String] {
    for file in defaultFiles {
      try AtomicFileWriter.write(Data(file.contents.utf8), to: folder.appending(path: file.path))
    }
    return defaultFiles.map(\.path)
  }

  private static func read(
    _ url: URL, relativePath: String, source: TemplateSource
  ) throws -> String {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
      !isDirectory.boolValue
    else {
      throw SiteGenerationError.missingTemplate(file: relativePath, source: source.description)
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw SiteGenerationError.unreadableTemplate(path: url.path, reason: "it cannot be opened")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw SiteGenerationError.unreadableTemplate(path: url.path, reason: "it is not UTF-8")
    }
    return text
  }
}
