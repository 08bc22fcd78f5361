import SiteGeneration
import Tokenization

/// The characters of a text that no token covers: the ones its tokenizer removed, such as
/// BERT's control, format and private-use characters, or a byte SmolLM2 has no token for.
///
/// Whitespace is not counted: every tokenizer here drops the spaces between words by design,
/// and a reader sees them in the text. A removed character is shown by its code point
/// (`⟨U+FEFF⟩`), so an invisible one can be seen at all.
struct SourceCoverage: Sendable {
  /// The scalar offsets of the removed characters, in increasing order.
  let removedOffsets: [Int]
  /// The text's scalars.
  private let scalars: [Unicode.Scalar]

  /// Finds the scalars of `text` outside every token's span, and adds `removed`, the ones
  /// the tokenizer says it removed (they may sit inside a span).
  init(text: String, tokens: [Token], removed: [Int] = []) {
    let scalars = Array(text.unicodeScalars)
    var covered = [Bool](repeating: false, count: scalars.count)
    for token in tokens {
      for offset in token.span.clamped(to: 0..<scalars.count) { covered[offset] = true }
    }
    self.scalars = scalars
    let listed = Set(removed)
    removedOffsets = scalars.indices.filter {
      listed.contains($0) || !covered[$0] && !scalars[$0].properties.isWhitespace
    }
  }

  /// The text as runs, kept or removed; a removed run lists its code points.
  var runs: [SourceRun] {
    let removed = Set(removedOffsets)
    var runs: [SourceRun] = []
    for (offset, scalar) in scalars.enumerated() {
      let isRemoved = removed.contains(offset)
      let piece = isRemoved ? "⟨\(scalar.codePointName)⟩" : String(scalar)
      if let last = runs.last, last.isRemoved == isRemoved {
        runs[runs.count - 1].text += piece
      } else {
        runs.append(SourceRun(text: piece, isRemoved: isRemoved))
      }
    }
    return runs
  }

  /// What the page says about the removed characters, or `nil` when there are none.
  var note: String? {
    guard !removedOffsets.isEmpty else { return nil }
    let count = removedOffsets.count
    let listed = removedOffsets.prefix(8).map {
      "⟨\(scalars[$0].codePointName)⟩ at offset \($0)"
    }
    let more = count > 8 ? " and \(count - 8) more" : ""
    let subject =
      count == 1 ? "1 character of the text maps" : "\(count) characters of the text map"
    let pronoun = count == 1 ? "it" : "them"
    return subject + " to no token position, because the tokenizer removed \(pronoun): "
      + listed.joined(separator: ", ") + more
      + ". Offsets count Unicode scalars from 0; the text above marks \(pronoun) by code point."
  }
}
