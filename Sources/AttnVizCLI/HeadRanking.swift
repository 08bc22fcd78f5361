import AttentionEngine
import Tokenization

/// Ranks every (layer, head) of a trace by the weight one token gives another: the way an
/// instructor finds the head that resolves a pronoun.
struct HeadRanking {
  /// One head's weight from the query token to the key token.
  struct Entry: Equatable {
    /// The layer, 0-based.
    var layer: Int
    /// The head, 0-based.
    var head: Int
    /// The shared key/value head, 0-based.
    var keyValueHead: Int
    /// The weight from `query` to `key`.
    var weight: Float
  }

  /// The query token (0-based position).
  var query: Int
  /// The key token (0-based position).
  var key: Int
  /// Every head, highest weight first; ties keep layer-then-head order.
  var entries: [Entry]

  /// Ranks the heads of `trace` by `weights[query, key]`.
  init(trace: AttentionTrace, query: Int, key: Int) {
    self.query = query
    self.key = key
    var all = [Entry]()
    for (layerIndex, layer) in trace.layers.enumerated() {
      for (headIndex, head) in layer.heads.enumerated() {
        all.append(
          Entry(
            layer: layerIndex, head: headIndex, keyValueHead: head.keyValueHead,
            weight: head.weights[query, key]))
      }
    }
    entries = all.enumerated().sorted { a, b in
      a.element.weight != b.element.weight
        ? a.element.weight > b.element.weight : a.offset < b.offset
    }.map(\.element)
  }
}

/// Finds the token that stands for a word of the text.
enum WordLocator {
  /// The 0-based position of the first token that overlaps the first whole-word,
  /// case-insensitive occurrence of `word` in `text`.
  ///
  /// A whole word is not preceded or followed by a letter or digit. Spans are compared in
  /// Unicode scalars, so a byte-level token whose span includes its leading space still
  /// counts.
  static func tokenIndex(ofWord word: String, in text: String, tokens: [Token]) -> Int? {
    guard let span = wordSpan(word, in: text) else { return nil }
    return tokens.firstIndex { token in
      token.kind != .special && token.span.overlaps(span)
    }
  }

  /// The scalar span of the first whole-word, case-insensitive occurrence of `word`.
  static func wordSpan(_ word: String, in text: String) -> Range<Int>? {
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
