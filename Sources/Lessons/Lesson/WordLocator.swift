import Tokenization

/// Finds the token that stands for a word of the text.
public enum WordLocator {
  /// The 0-based position of the first token that overlaps the first whole-word,
  /// case-insensitive occurrence of `word` in `text`.
  ///
  /// A whole word is not preceded or followed by a letter or digit. Spans are compared in
  /// Unicode scalars, so a byte-level token whose span includes its leading space still
  /// counts.
  public static func tokenIndex(ofWord word: String, in text: String, tokens: [Token]) -> Int? {
    guard let span = wordSpan(word, in: text) else { return nil }
    return tokens.firstIndex { token in
      token.kind != .special && token.span.overlaps(span)
    }
  }

  /// The scalar span of the first whole-word, case-insensitive occurrence of `word`.
  public static func wordSpan(_ word: String, in text: String) -> Range<Int>? {
    // Fold case scalar by scalar, so positions stay scalar offsets of the original text.
    let scalars = Array(text.unicodeScalars)
    let folded = scalars.map { $0.properties.lowercaseMapping }
    let target = word.unicodeScalars.map { $0.properties.lowercaseMapping }
    guard !target.isEmpty else { return nil }
    var start = 0
    while start + target.count <= scalars.count {
      let end = start + target.count
      if Array(folded[start..<end]) == target,
        start == 0 || !isWordScalar(scalars[start - 1]),
        end == scalars.count || !isWordScalar(scalars[end])
      {
        return start..<end
      }
      start += 1
    }
    return nil
  }

  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }
}
