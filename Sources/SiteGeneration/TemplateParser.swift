/// Builds the node tree of a template from its tokens, checking that sections balance.
struct TemplateParser {
  let template: String

  private struct OpenSection {
    var tag: TemplateTag
    var body: [TemplateNode] = []
  }

  func parse(_ tokens: [TemplateToken]) throws -> [TemplateNode] {
    var root: [TemplateNode] = []
    var stack: [OpenSection] = []

    func append(_ node: TemplateNode) {
      if stack.isEmpty { root.append(node) } else { stack[stack.count - 1].body.append(node) }
    }

    for token in tokens {
      switch token {
      case .text(let text): append(.text(text))
      case .tag(let tag):
        switch tag.kind {
        case .variable: append(.variable(name: tag.name, line: tag.line))
        case .partial: append(.partial(path: tag.name, indent: tag.indent))
        case .comment: break
        case .open, .inverted: stack.append(OpenSection(tag: tag))
        case .close: append(try close(tag, stack: &stack))
        }
      }
    }

    if let unclosed = stack.last {
      throw SiteGenerationError.unclosedSection(
        name: unclosed.tag.name, template: template, line: unclosed.tag.line)
    }
    return merged(root)
  }

  private func close(_ tag: TemplateTag, stack: inout [OpenSection]) throws -> TemplateNode {
    guard let open = stack.last, open.tag.name == tag.name else {
      throw SiteGenerationError.unexpectedClose(
        name: tag.name, open: stack.last?.tag.name, template: template, line: tag.line)
    }
    stack.removeLast()
    return .section(
      name: open.tag.name, inverted: open.tag.kind == .inverted, line: open.tag.line,
      body: merged(open.body))
  }

  /// Joins neighbouring text nodes.
  private func merged(_ nodes: [TemplateNode]) -> [TemplateNode] {
    var result: [TemplateNode] = []
    for node in nodes {
      if case .text(let next) = node, case .text(let previous)? = result.last {
        result[result.count - 1] = .text(previous + next)
      } else {
        result.append(node)
      }
    }
    return result
  }
}
