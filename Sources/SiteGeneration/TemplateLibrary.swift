/// A set of parsed templates that renders pages, resolving partials among its own files.
///
/// All templates reachable from the requested ones are loaded and parsed up front, so a
/// missing file or a syntax error shows before any page is written.
public struct TemplateLibrary: Sendable {
  /// How deeply partials may include each other.
  public static let maximumPartialDepth = 16

  private var templates: [String: Template] = [:]

  /// Loads `names` and every partial they include from `source`.
  ///
  /// - Throws: `SiteGenerationError` for a missing file or a template syntax error.
  public init(source: TemplateSource, names: [String]) throws {
    var pending = names
    while let name = pending.popLast() {
      guard templates[name] == nil else { continue }
      let template = try Template(name: name, source: try source.contents(of: name))
      templates[name] = template
      pending += template.partialPaths
    }
  }

  /// Renders the template `name` with `context` as its outermost scope.
  ///
  /// - Throws: `SiteGenerationError` for a name the context does not define, a value used
  ///   as the wrong kind, or partials nested past `maximumPartialDepth`.
  public func render(_ name: String, with context: TemplateContext) throws -> String {
    var output = ""
    try render(template(named: name), scopes: [context], depth: 0, into: &output)
    return output
  }

  private func template(named name: String) -> Template {
    guard let template = templates[name] else {
      preconditionFailure("template '\(name)' was loaded by init")
    }
    return template
  }

  private func render(
    _ template: Template, scopes: [TemplateContext], depth: Int, into output: inout String
  ) throws {
    var renderer = TemplateRenderer(template: template.name, scopes: scopes) { path, scopes in
      guard depth < Self.maximumPartialDepth else {
        throw SiteGenerationError.partialsTooDeep(name: path, limit: Self.maximumPartialDepth)
      }
      var text = ""
      try render(self.template(named: path), scopes: scopes, depth: depth + 1, into: &text)
      return text
    }
    try renderer.render(template.nodes)
    output += renderer.output
  }
}

/// Renders one template's nodes against a stack of scopes.
struct TemplateRenderer {
  let template: String
  var scopes: [TemplateContext]
  let includePartial: (String, [TemplateContext]) throws -> String
  var output = ""

  mutating func render(_ nodes: [TemplateNode]) throws {
    for node in nodes {
      switch node {
      case .text(let text): output += text
      case .variable(let name, let line): output += try text(of: name, line: line)
      case .partial(let path, let indent):
        output += Self.indented(try includePartial(path, scopes), by: indent)
      case .section(let name, let inverted, let line, let body):
        let value = try lookUp(name, line: line)
        if inverted {
          if !value.isTruthy { try render(body) }
        } else {
          try renderSection(value, body: body)
        }
      }
    }
  }

  /// `text` with `indent` before every line that has content.
  static func indented(_ text: String, by indent: String) -> String {
    guard !indent.isEmpty else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.isEmpty ? "" : indent + $0 }
      .joined(separator: "\n")
  }

  private mutating func renderSection(_ value: TemplateValue, body: [TemplateNode]) throws {
    switch value {
    case .list(let items):
      for item in items { try render(body, in: item) }
    case .context(let scope):
      try render(body, in: scope)
    case .text, .html, .flag:
      if value.isTruthy { try render(body) }
    }
  }

  private mutating func render(_ body: [TemplateNode], in scope: TemplateContext) throws {
    scopes.append(scope)
    defer { scopes.removeLast() }
    try render(body)
  }

  private func text(of name: String, line: Int) throws -> String {
    switch try lookUp(name, line: line) {
    case .text(let text): return HTMLEscaping.escape(text)
    case .html(let html): return html.markup
    case .flag, .context, .list:
      throw SiteGenerationError.wrongKind(
        name: name, expected: "text", template: template, line: line)
    }
  }

  private func lookUp(_ name: String, line: Int) throws -> TemplateValue {
    for scope in scopes.reversed() {
      if let value = scope[name] { return value }
    }
    let known = Set(scopes.flatMap(\.names)).sorted()
    throw SiteGenerationError.unknownVariable(
      name: name, template: template, line: line, known: known)
  }
}
