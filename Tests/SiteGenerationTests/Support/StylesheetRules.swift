import Foundation

/// The rules of a plain stylesheet, enough for tests to ask what a selector declares.
///
/// Reads comments, one level of `@media` nesting and `selector { name: value; }` blocks;
/// selector lists stay as written (`a, b`), and later rules win, as in a browser.
struct StylesheetRules {
  /// One rule: the `@media` condition around it ("" for none), its selector, its declarations.
  struct Rule {
    var media: String
    var selector: String
    var declarations: [(name: String, value: String)]
  }

  private(set) var rules: [Rule] = []

  init(_ css: String) {
    let text = css.replacing(/\/\*[\s\S]*?\*\//, with: "")
    read(text[...], media: "")
  }

  /// The last value of `property` declared by a rule with exactly `selector` under `media`.
  func value(of property: String, for selector: String, media: String = "") -> String? {
    rules.last { $0.media == media && $0.selector == selector }
      .flatMap { rule in rule.declarations.last { $0.name == property }?.value }
  }

  /// The conditions of every `@media` block, in order.
  var mediaConditions: [String] {
    var seen: [String] = []
    for rule in rules where !rule.media.isEmpty && !seen.contains(rule.media) {
      seen.append(rule.media)
    }
    return seen
  }

  private mutating func read(_ text: Substring, media: String) {
    var rest = text
    while let open = rest.firstIndex(of: "{") {
      let head = rest[..<open].trimmingCharacters(in: .whitespacesAndNewlines)
      let body = rest[rest.index(after: open)...]
      let close = Self.matchingClose(in: body)
      if head.hasPrefix("@media") {
        let condition = head.dropFirst("@media".count).trimmingCharacters(in: .whitespaces)
        read(body[..<close], media: condition)
      } else if !head.hasPrefix("@") {
        rules.append(
          Rule(media: media, selector: head, declarations: Self.declarations(in: body[..<close])))
      }
      rest = body[body.index(after: close)...]
    }
  }

  private static func matchingClose(in body: Substring) -> Substring.Index {
    var depth = 0
    for index in body.indices {
      if body[index] == "{" { depth += 1 }
      if body[index] == "}" {
        if depth == 0 { return index }
        depth -= 1
      }
    }
    return body.index(before: body.endIndex)
  }

  private static func declarations(in body: Substring) -> [(name: String, value: String)] {
    body.split(separator: ";").compactMap { part in
      guard let colon = part.firstIndex(of: ":") else { return nil }
      let name = part[..<colon].trimmingCharacters(in: .whitespacesAndNewlines)
      let value = part[part.index(after: colon)...]
        .split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        .joined(separator: " ").trimmingCharacters(in: .whitespaces)
      return name.isEmpty ? nil : (name, value)
    }
  }
}
