import Foundation

/// Splits text into words, numbers, contraction endings and single symbols, one token each.
///
/// See `WordSegmenter` rules: combining marks, emoji modifiers and ZWJ sequences stay in
/// their grapheme cluster; CJK ideographs stand alone; `didn't` becomes `did` + `n't`;
/// `3.14` and `1,000` are one token each. White space makes no token.
///
/// Each token's `span` covers its source scalars exactly and its `label` is that source text,
/// so joining the labels with the gaps between spans gives back the input. The `piece` is the
/// surface text (lower-cased when `lowercases` is set), or `[UNK]` when the vocabulary holds
/// neither the piece nor its lower-case form (compared in NFC, and `’` as `'`); such tokens
/// have kind `.unknown`. Cost: O(n) in the scalars of the text.
public struct WordTokenizer: Tokenizer {
  /// The vocabulary ids come from.
  public let vocabulary: Vocabulary
  /// Whether pieces are lower-cased (labels always keep the source text).
  public let lowercases: Bool
  /// The largest number of tokens a text may give before `tokens(in:)` throws.
  public let maxTokens: Int

  /// Creates a word tokenizer over `vocabulary`.
  public init(vocabulary: Vocabulary, lowercases: Bool = true, maxTokens: Int = 4096) {
    self.vocabulary = vocabulary
    self.lowercases = lowercases
    self.maxTokens = maxTokens
  }

  /// A short name for captions, such as `word-level (lower-cased)`.
  public var name: String {
    lowercases ? "word-level (lower-cased)" : "word-level"
  }

  /// Splits `text` into word tokens with exact source spans.
  ///
  /// - Throws: `TokenizationError.emptyText` when the text has no token,
  ///   `.tooManyTokens` past `maxTokens`.
  public func tokens(in text: String) throws -> [Token] {
    let source = SourceText(text)
    let spans = WordSegmenter(graphemes: Grapheme.clusters(of: text)).wordSpans()
    guard !spans.isEmpty else { throw TokenizationError.emptyText }
    try checkTokenCount(spans.count, limit: maxTokens)

    return spans.map { span in
      token(surface: source.text(in: span), span: span)
    }
  }

  private func token(surface: String, span: Range<Int>) -> Token {
    let piece = lowercases ? surface.lowercased() : surface
    guard let id = lookUp(piece) else {
      let unknown = vocabulary.pieces[vocabulary.unknownID]
      return Token(
        id: vocabulary.unknownID, piece: unknown, span: span, kind: .unknown, label: surface)
    }
    return Token(id: id, piece: piece, span: span, kind: .normal, label: surface)
  }

  private func lookUp(_ piece: String) -> Int? {
    let key = piece.precomposedStringWithCanonicalMapping
      .replacingOccurrences(of: "\u{2019}", with: "'")
    return vocabulary.id(for: key) ?? vocabulary.id(for: key.lowercased())
  }
}
