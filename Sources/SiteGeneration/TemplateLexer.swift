import Foundation

/// One lexical piece of a template: literal text or a tag.
enum TemplateToken: Equatable {
  case text(String)
  case tag(TemplateTag)
}

/// A `{{…}}` tag with its kind, name and 1-based line.
struct TemplateTag: Equatable {
  enum Kind: Equatable { case variable, open, inverted, close, partial, comment }
  var kind: Kind
  var name: String
  var line: Int
  /// The whitespace before a standalone partial tag, applied to every line it includes.
  var indent = ""

  /// Whether a line holding only this tag disappears with its line break.
  var isStandaloneKind: Bool { kind != .variable }
}

/// Splits template source into text and tags, line by line.
struct TemplateLexer {
  let template: String

  func tokens(in source: String) throws -> [TemplateToken] {
    var tokens: [TemplateToken] = []
    for (index, line) in lines(of: source).enumerated() {
      let pieces = try lineTokens(line, number: index + 1)
      tokens += standalone(pieces) ?? pieces
    }
    return tokens
  }

  /// The lines of `source`, each keeping its line break.
  private func lines(of source: String) -> [Substring] {
    var lines: [Substring] = []
    var start = source.startIndex
    for index in source.indices where source[index] == "\n" || source[index] == "\r\n" {
      let end = source.index(after: index)
      lines.append(source[start..<end])
      start = end
    }
    if start < source.endIndex { lines.append(source[start...]) }
    return lines
  }

  /// The line's only tag, when the line holds one standalone tag and whitespace.
  private func standalone(_ tokens: [TemplateToken]) -> [TemplateToken]? {
    let tags = tokens.compactMap { token -> TemplateTag? in
      if case .tag(let tag) = token { return tag } else { return nil }
    }
    let blank = tokens.allSatisfy { token in
      if case .text(let text) = token { return text.allSatisfy(\.isWhitespace) }
      return true
    }
    guard blank, tags.count == 1, tags[0].isStandaloneKind else { return nil }
    var tag = tags[0]
    if tag.kind == .partial, case .text(let leading)? = tokens.first {
      tag.indent = leading
    }
    return [.tag(tag)]
  }

  private func lineTokens(_ line: Substring, number: Int) throws -> [TemplateToken] {
    var tokens: [TemplateToken] = []
    var rest = line
    while let open = rest.range(of: "{{") {
      if open.lowerBound > rest.startIndex {
        tokens.append(.text(String(rest[..<open.lowerBound])))
      }
      guard let close = rest[open.upperBound...].range(of: "}}") else {
        throw malformed(String(rest[open.lowerBound...]), number)
      }
      let body = rest[open.upperBound..<close.lowerBound]
      tokens.append(.tag(try tag(from: body, line: number)))
      rest = rest[close.upperBound...]
    }
    if !rest.isEmpty { tokens.append(.text(String(rest))) }
    return tokens
  }

  private func tag(from body: Substring, line: Int) throws -> TemplateTag {
    let kinds: [Character: TemplateTag.Kind] = [
      "#": .open, "^": .inverted, "/": .close, ">": .partial, "!": .comment,
    ]
    let kind = body.first.flatMap { kinds[$0] } ?? .variable
    if kind == .comment { return TemplateTag(kind: .comment, name: "", line: line) }

    let name = (kind == .variable ? body : body.dropFirst()).trimmingPrefix(while: \.isWhitespace)
    let trimmed = String(name.reversed().drop(while: \.isWhitespace).reversed())
    guard !trimmed.isEmpty, trimmed.allSatisfy(Self.isNameCharacter) else {
      throw malformed("{{" + String(body) + "}}", line)
    }
    return TemplateTag(kind: kind, name: trimmed, line: line)
  }

  private static func isNameCharacter(_ character: Character) -> Bool {
    character.isASCII && (character.isLetter || character.isNumber || "_.-/".contains(character))
  }

  private func malformed(_ tag: String, _ line: Int) -> SiteGenerationError {
    let trimmed = String(tag.reversed().drop(while: \.isNewline).reversed())
    return .malformedTag(tag: trimmed, template: template, line: line)
  }
}
