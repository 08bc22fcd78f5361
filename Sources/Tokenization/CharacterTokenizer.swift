import Foundation

/// Makes one token per user-perceived character (extended grapheme cluster).
///
/// A cluster such as `e` + U+0301, `👍🏽` or a ZWJ family emoji is one token whose span
/// covers all its scalars. White space is skipped by default (a figure of a sentence then
/// shows only visible characters); with `showsWhitespace` each white-space cluster becomes a
/// token labelled `␣` (space), `⏎` (line break, including `\r\n`) or `⇥` (tab).
/// Ids are looked up in NFC, so decomposed and precomposed accents get the same id; clusters
/// the vocabulary lacks get its unknown id and kind `.unknown`. Cost: O(n) in scalars.
public struct CharacterTokenizer: Tokenizer {
  /// The vocabulary ids come from; `Vocabulary.teachingCharacters` by default.
  public let vocabulary: Vocabulary
  /// Whether white-space clusters become tokens instead of being skipped.
  public let showsWhitespace: Bool
  /// The largest number of tokens a text may give before `tokens(in:)` throws.
  public let maxTokens: Int

  /// Creates a character tokenizer.
  public init(
    vocabulary: Vocabulary = .teachingCharacters, showsWhitespace: Bool = false,
    maxTokens: Int = 4096
  ) {
    self.vocabulary = vocabulary
    self.showsWhitespace = showsWhitespace
    self.maxTokens = maxTokens
  }

  /// A short name for captions, such as `character-level`.
  public var name: String {
    showsWhitespace ? "character-level (white space shown)" : "character-level"
  }

  /// Splits `text` into one token per grapheme cluster.
  ///
  /// - Throws: `TokenizationError.emptyText` for empty or white-space-only text,
  ///   `.tooManyTokens` past `maxTokens`.
  public func tokens(in text: String) throws -> [Token] {
    guard !SourceText(text).isBlank else { throw TokenizationError.emptyText }
    let kept = Grapheme.clusters(of: text).filter { showsWhitespace || !isWhitespace($0) }
    try checkTokenCount(kept.count, limit: maxTokens)

    return kept.map(token)
  }

  private func token(for grapheme: Grapheme) -> Token {
    let surface = String(grapheme.character)
    let label = isWhitespace(grapheme) ? Self.whitespaceLabel(surface) : surface
    guard let id = vocabulary.id(for: surface.precomposedStringWithCanonicalMapping) else {
      let unknown = vocabulary.pieces[vocabulary.unknownID]
      return Token(
        id: vocabulary.unknownID, piece: unknown, span: grapheme.span, kind: .unknown,
        label: label)
    }
    return Token(id: id, piece: surface, span: grapheme.span, kind: .normal, label: label)
  }

  private func isWhitespace(_ grapheme: Grapheme) -> Bool {
    grapheme.character.unicodeScalars.allSatisfy(\.isWhiteSpace)
  }

  private static func whitespaceLabel(_ surface: String) -> String {
    if surface.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" }) { return "⏎" }
    if surface == "\t" { return "⇥" }
    return "␣"
  }
}
