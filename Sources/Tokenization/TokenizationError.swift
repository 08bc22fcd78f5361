/// Why a text could not be tokenized.
public enum TokenizationError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The text had no characters, or only white space.
  case emptyText
  /// Every character of the text is one the tokenizer removes, so no token is left.
  case onlyRemovedCharacters
  /// The text produced more tokens than the caller allows.
  case tooManyTokens(count: Int, limit: Int)
  /// A vocabulary file could not be read or parsed.
  case invalidVocabulary(path: String, reason: String)

  public var description: String {
    switch self {
    case .emptyText:
      return "the text is empty or only white space; give at least one word"
    case .onlyRemovedCharacters:
      return "every character of the text is one this tokenizer removes (SmolLM2 has no token"
        + " for bytes such as 0x04), so no token is left; give at least one word"
    case .tooManyTokens(let count, let limit):
      return "the text has \(count) tokens, more than the limit of \(limit); use a shorter text"
    case .invalidVocabulary(let path, let reason):
      return "the vocabulary '\(path)' is invalid: \(reason); "
        + "restore the file (the setup script unpacks the model files again)"
    }
  }
}
