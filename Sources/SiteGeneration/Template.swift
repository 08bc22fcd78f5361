/// A parsed template of attnviz's small template language.
///
/// Syntax, each tag on one line:
/// - `{{name}}` prints a value: text is HTML-escaped (`&<>"'`), `SafeHTML` is inserted as is;
///   there is no syntax for unescaped text.
/// - `{{#name}}…{{/name}}` renders its body for a true flag, non-empty text, a context
///   (entered as a scope), or once per item of a list (each item a scope).
/// - `{{^name}}…{{/name}}` renders its body when `name` is false, empty or an empty list.
/// - `{{> path}}` includes another template file, `{{! text}}` is a comment. A partial tag
///   alone on its line indents every included line as far as the tag was indented.
///
/// A line holding only a section, close, partial or comment tag (and spaces) vanishes whole,
/// so templates can be indented freely. Every name must be defined: an unknown name is an
/// error, never empty output.
public struct Template: Sendable, Equatable {
  /// The name used in error messages, such as `index.html`.
  public let name: String
  /// The parsed body.
  let nodes: [TemplateNode]

  /// Parses `source`, reporting errors against `name`.
  ///
  /// - Throws: `SiteGenerationError` for malformed tags and unbalanced sections.
  public init(name: String, source: String) throws {
    self.name = name
    let tokens = try TemplateLexer(template: name).tokens(in: source)
    self.nodes = try TemplateParser(template: name).parse(tokens)
  }

  /// The paths of the partials this template includes directly, in order of appearance.
  public var partialPaths: [String] {
    TemplateNode.partialPaths(in: nodes)
  }
}

/// One node of a parsed template.
indirect enum TemplateNode: Sendable, Equatable {
  case text(String)
  case variable(name: String, line: Int)
  case section(name: String, inverted: Bool, line: Int, body: [TemplateNode])
  case partial(path: String, indent: String)

  static func partialPaths(in nodes: [TemplateNode]) -> [String] {
    nodes.flatMap { node -> [String] in
      switch node {
      case .partial(let path, _): return [path]
      case .section(_, _, _, let body): return partialPaths(in: body)
      case .text, .variable: return []
      }
    }
  }
}
