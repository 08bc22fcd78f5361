/// One token of a text: what it covers in the source, the vocabulary entry it maps to, and
/// whether the tokenizer added it.
///
/// Offsets count Unicode scalars of the original text (not bytes, not `Character`s), so
/// `span` is stable across normalisation forms and across the Swift, Python and JavaScript
/// views of the same string. A token the tokenizer inserted (such as `[CLS]`) has an empty
/// span at the position where it stands.
public struct Token: Sendable, Hashable, Codable {
  /// The vocabulary id.
  public var id: Int
  /// The vocabulary piece exactly as the vocabulary spells it (for example `##ing`).
  public var piece: String
  /// The scalars of the source text this token covers, as half-open scalar offsets.
  public var span: Range<Int>
  /// What kind of token this is.
  public var kind: TokenKind
  /// A human-readable label for axes and tables, never empty.
  ///
  /// It is the covered source text where there is one, the piece otherwise.
  public var label: String

  /// Creates a token.
  public init(id: Int, piece: String, span: Range<Int>, kind: TokenKind, label: String) {
    precondition(!label.isEmpty, "a token label is never empty")
    self.id = id
    self.piece = piece
    self.span = span
    self.kind = kind
    self.label = label
  }
}

/// The closed set of token kinds a figure or page distinguishes.
public enum TokenKind: String, Sendable, Hashable, Codable {
  /// An ordinary token from the text.
  case normal
  /// A token the tokenizer inserted or matched as a control symbol (`[CLS]`, `<|endoftext|>`).
  case special
  /// A stretch of text the vocabulary cannot represent (`[UNK]`).
  case unknown
  /// A byte-level token that holds only part of one UTF-8 character.
  case partialCharacter
}

/// Something that turns text into tokens with source spans.
public protocol Tokenizer: Sendable {
  /// A short name for captions, such as `word-level (lower-cased)`.
  var name: String { get }

  /// Splits `text` into tokens.
  ///
  /// - Throws: `TokenizationError` for empty text or text the tokenizer cannot handle.
  func tokens(in text: String) throws -> [Token]

  /// The scalar offsets, in increasing order, of the characters of `text` that this
  /// tokenizer removes in whole or in part, so no token stands for them (whitespace between
  /// words is not counted); by default none.
  func removedScalarOffsets(in text: String) -> [Int]
}

extension Tokenizer {
  /// No character is removed.
  public func removedScalarOffsets(in text: String) -> [Int] { [] }
}
