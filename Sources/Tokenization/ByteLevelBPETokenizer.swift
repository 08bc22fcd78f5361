/// A byte-level BPE tokenizer (GPT-2 family; configured here as SmolLM2's) built from arrays.
///
/// Steps: special tokens (token types 3 and 4) typed in the text are matched first, unless
/// `matchesTypedSpecialTokens` is off; the text between them is split by
/// `ByteLevelPreTokenizer`; each piece's UTF-8 bytes start as one symbol each and the
/// adjacent pair with the lowest merge rank is merged (leftmost first on ties) until no pair
/// has a rank. No token is added at the start or the end. Bytes without a token of their own
/// are dropped (see `bytesWithoutToken`).
///
/// Spans are scalar offsets of the original text: a token covers every scalar it has a byte
/// of, so all tokens that share the bytes of one character get that character's span.
/// Labels are the decoded text, never the alphabet glyphs (`Ġ`, `Ã©`): a space shows as `␣`,
/// a line feed as `⏎`, other control characters as their control pictures (`␛`, `␀`), and
/// the bytes of an incomplete UTF-8 character as hexadecimal (`⟨E2 9D⟩`), which also gives
/// the token kind `.partialCharacter`, and invisible scalars by code point (`U+FE0F`); see
/// `ByteLevelLabel`. Cost: O(m²) per piece of m bytes.
public struct ByteLevelBPETokenizer: TypedSpecialTokenMatching {
  /// The token pieces in id order, spelled in the byte-level alphabet (`Ġthe`).
  public let pieces: [String]
  /// Whether typed special-token strings become special tokens (Hugging Face behaviour);
  /// when off (literal mode), `<|endoftext|>` in the text is split like any other text.
  public var matchesTypedSpecialTokens: Bool
  /// The largest number of tokens a text may give before `tokens(in:)` throws.
  public let maxTokens: Int
  /// A short name for captions; in literal mode it says that typed special tokens are text.
  public var name: String {
    baseName + (matchesTypedSpecialTokens ? "" : literalModeNameSuffix)
  }

  /// The byte values that have no single-byte token, in increasing order.
  ///
  /// Their bytes are dropped from the text without a token, as in the Hugging Face
  /// reference (SmolLM2 lacks 21: six C0 controls such as 0x04, and bytes such as 0xC0 and
  /// 0xF5–0xFF that never occur in UTF-8). A figure should say when the text had any.
  public var bytesWithoutToken: [UInt8] {
    (0...255).filter { byteIDs[$0] == nil }.map(UInt8.init)
  }
  let byteIDs: [Int?]
  let merges: [MergePair: Merge]
  private let baseName: String
  private let preTokenizer: ByteLevelPreTokenizer
  private let matcher: SpecialTokenMatcher

  /// The GGUF `tokenizer.ggml.token_type` value of a control token (`<|endoftext|>`).
  public static let controlTokenType = 3
  /// The GGUF `tokenizer.ggml.token_type` value of a user-defined token.
  public static let userDefinedTokenType = 4

  /// Creates the tokenizer from a vocabulary and merge list as a GGUF file stores them.
  ///
  /// - Parameters:
  ///   - tokens: the pieces in id order (`tokenizer.ggml.tokens`).
  ///   - merges: merge rules in rank order, each two pieces joined by one space
  ///     (`tokenizer.ggml.merges`, `"Ġ t"`).
  ///   - tokenTypes: one GGUF type per token (`tokenizer.ggml.token_type`); tokens of type
  ///     3 (control) and 4 (user-defined) are the special tokens. Empty means none.
  ///   - splitsDigits: whether every digit is split off alone first (SmolLM2: `true`).
  /// - Throws: `TokenizationError.invalidVocabulary` when a merge line lacks its space or
  ///   names a piece that is not a token.
  public init(
    tokens: [String], merges: [String], tokenTypes: [Int] = [], splitsDigits: Bool = true,
    matchesTypedSpecialTokens: Bool = true, maxTokens: Int = 8192,
    name: String = "byte-level BPE"
  ) throws {
    let ids = Self.idTable(of: tokens)
    self.pieces = tokens
    self.byteIDs = Self.byteIDs(in: ids)
    self.merges = try Self.mergeTable(merges, ids: ids)
    self.matchesTypedSpecialTokens = matchesTypedSpecialTokens
    self.maxTokens = maxTokens
    self.baseName = name
    self.preTokenizer = ByteLevelPreTokenizer(splitsDigits: splitsDigits)
    let specials = zip(tokens, tokenTypes).enumerated().filter {
      $0.element.1 == Self.controlTokenType || $0.element.1 == Self.userDefinedTokenType
    }.map { (piece: $0.element.0, id: $0.offset) }
    self.matcher = SpecialTokenMatcher(specials)
  }

  /// The offsets of the scalars with a UTF-8 byte that has no token (see
  /// `bytesWithoutToken`), outside typed special tokens: such a byte is dropped, so its
  /// character is removed in whole or, for a multi-byte one, in part.
  public func removedScalarOffsets(in text: String) -> [Int] {
    matcher.textOffsets(of: Array(text.unicodeScalars), matching: matchesTypedSpecialTokens) {
      String($0).utf8.contains { byteIDs[Int($0)] == nil }
    }
  }

  /// Splits `text` into byte-level BPE tokens.
  ///
  /// - Throws: `TokenizationError.emptyText` for empty or white-space-only text,
  ///   `.onlyRemovedCharacters` for text of dropped bytes only, `.tooManyTokens` past
  ///   `maxTokens`.
  public func tokens(in text: String) throws -> [Token] {
    let source = SourceText(text)
    guard !source.isBlank else { throw TokenizationError.emptyText }

    var tokens: [Token] = []
    for segment in matcher.segments(of: source.scalars, matching: matchesTypedSpecialTokens) {
      switch segment {
      case .special(let id, let span):
        tokens.append(
          Token(
            id: id, piece: pieces[id], span: span, kind: .special,
            label: source.text(in: span)))
      case .text(let span):
        for piece in preTokenizer.pieces(of: source.scalars, in: span) {
          tokens += pieceTokens(source.scalars, piece)
        }
      }
      try checkTokenCount(tokens.count, limit: maxTokens)
    }
    guard !tokens.isEmpty else { throw TokenizationError.onlyRemovedCharacters }
    return tokens
  }

  private func pieceTokens(_ scalars: [Unicode.Scalar], _ span: Range<Int>) -> [Token] {
    var bytes: [UInt8] = []
    var origins: [Int] = []
    for offset in span {
      let encoded = Array(String(scalars[offset]).utf8)
      bytes += encoded
      origins += Array(repeating: offset, count: encoded.count)
    }
    return merged(bytes).map { symbol in
      let tokenBytes = bytes[symbol.bytes]
      let label = ByteLevelLabel(tokenBytes)
      return Token(
        id: symbol.id, piece: pieces[symbol.id],
        span: origins[symbol.bytes.lowerBound]..<origins[symbol.bytes.upperBound - 1] + 1,
        kind: label.isPartial ? .partialCharacter : .normal, label: label.text)
    }
  }
}
