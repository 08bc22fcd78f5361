import Foundation

/// The BERT uncased WordPiece tokenizer, id for id the Hugging Face `BertTokenizerFast`.
///
/// Steps: typed special tokens (`[PAD] [UNK] [CLS] [SEP] [MASK]`, exactly as typed) are
/// matched first unless `matchesTypedSpecialTokens` is off; the text between them is
/// normalised (`BertNormalizer`), split at white space, punctuation (ASCII `!`–`/`, `:`–`@`,
/// `[`–`` ` ``, `{`–`~`, and every `P*` scalar) and around CJK ideographs, and each word is cut
/// greedily into the longest vocabulary pieces (continuations prefixed `##`). A word longer
/// than `maxCharactersPerWord` scalars, or one that cannot be cut completely, becomes one
/// `[UNK]` (kind `.unknown`) covering the whole word. `[CLS]` and `[SEP]` are added with
/// empty spans at the start and the end.
///
/// Spans are scalar offsets of the original text, as the Hugging Face offsets: a piece spans
/// from its first to its last source scalar. Labels show the source text of the span,
/// extended over combining marks that normalisation folded away right after it, so `ガ`
/// labels the piece `カ` and `cafe` + U+0301 is labelled with its accent. Characters that
/// clean-up removes are in no label past a span (`removedScalarOffsets(in:)` lists them).
/// Cost: O(n · w) for n scalars and words of at most w scalars.
public struct WordPieceTokenizer: TypedSpecialTokenMatching {
  /// The special pieces matched when typed in the text.
  public static let specialPieces = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]

  /// The vocabulary (such as all-MiniLM-L6-v2's `vocab.txt`, 30,522 pieces).
  public let vocabulary: Vocabulary
  /// Whether typed special-token strings become special tokens (Hugging Face behaviour);
  /// when off (literal mode), `[MASK]` in the text is plain text (`[`, `mask`, `]`).
  public var matchesTypedSpecialTokens: Bool
  /// The largest number of tokens, `[CLS]` and `[SEP]` included, before `tokens(in:)` throws.
  public let maxTokens: Int
  /// The longest word, in normalised scalars, that is cut into pieces; longer is `[UNK]`.
  public let maxCharactersPerWord = 100
  private let classifierID: Int
  private let separatorID: Int
  private let matcher: SpecialTokenMatcher

  /// Creates a WordPiece tokenizer over a BERT vocabulary.
  ///
  /// - Throws: `TokenizationError.invalidVocabulary` when `[CLS]` or `[SEP]` is missing.
  public init(
    vocabulary: Vocabulary, matchesTypedSpecialTokens: Bool = true, maxTokens: Int = 8192
  ) throws {
    guard let classifier = vocabulary.id(for: "[CLS]"),
      let separator = vocabulary.id(for: "[SEP]")
    else {
      throw TokenizationError.invalidVocabulary(
        path: "WordPiece vocabulary", reason: "it lacks '[CLS]' or '[SEP]'")
    }
    self.vocabulary = vocabulary
    self.matchesTypedSpecialTokens = matchesTypedSpecialTokens
    self.maxTokens = maxTokens
    self.classifierID = classifier
    self.separatorID = separator
    let specials = Self.specialPieces.compactMap { piece in
      vocabulary.id(for: piece).map { (piece: piece, id: $0) }
    }
    self.matcher = SpecialTokenMatcher(specials)
  }

  /// A short name for captions; in literal mode it says that typed special tokens are text.
  public var name: String {
    "WordPiece (BERT uncased)" + (matchesTypedSpecialTokens ? "" : literalModeNameSuffix)
  }

  /// The offsets of the scalars clean-up drops (controls other than tab and line ends,
  /// format and private-use characters, NUL and U+FFFD), outside typed special tokens; they
  /// may sit inside a token's span (`hel` U+200B `lo` is the one token `hello`).
  public func removedScalarOffsets(in text: String) -> [Int] {
    matcher.textOffsets(
      of: Array(text.unicodeScalars), matching: matchesTypedSpecialTokens,
      where: BertNormalizer.isRemoved)
  }

  /// Splits `text` into `[CLS]`, WordPiece tokens and `[SEP]`.
  ///
  /// - Throws: `TokenizationError.emptyText` for empty or white-space-only text,
  ///   `.tooManyTokens` when the count with `[CLS]` and `[SEP]` passes `maxTokens`.
  public func tokens(in text: String) throws -> [Token] {
    let source = SourceText(text)
    guard !source.isBlank else { throw TokenizationError.emptyText }

    var tokens = [inserted(classifierID, at: 0)]
    for segment in matcher.segments(of: source.scalars, matching: matchesTypedSpecialTokens) {
      switch segment {
      case .special(let id, let span):
        tokens.append(special(id, span: span, source: source))
      case .text(let span):
        tokens += wordTokens(in: span, source: source)
      }
    }
    tokens.append(inserted(separatorID, at: source.count))
    try checkTokenCount(tokens.count, limit: maxTokens)
    return tokens
  }

  private func wordTokens(in span: Range<Int>, source: SourceText) -> [Token] {
    let units = BertNormalizer().normalize(source.scalars, in: span)
    return Self.words(of: units).flatMap { word in
      pieces(of: word).map { token(for: $0, in: word, source: source) }
    }
  }

  /// Splits normalised units into words at spaces, punctuation and CJK ideographs.
  static func words(of units: [BertNormalizer.Unit]) -> [ArraySlice<BertNormalizer.Unit>] {
    var words: [ArraySlice<BertNormalizer.Unit>] = []
    var start = 0
    for (index, unit) in units.enumerated() {
      let isSpace = unit.scalar == " "
      guard isSpace || unit.scalar.isBertPunctuation || unit.isIsolated else { continue }
      if start < index { words.append(units[start..<index]) }
      if !isSpace { words.append(units[index...index]) }
      start = index + 1
    }
    if start < units.count { words.append(units[start...]) }
    return words
  }
}
