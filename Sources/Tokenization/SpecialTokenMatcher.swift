/// Finds typed special-token strings (`[MASK]`, `<|endoftext|>`) in a text, leftmost-longest.
///
/// Matching is exact and scalar by scalar on the original text, before any normalisation,
/// as the Hugging Face tokenizers do for added tokens that are not normalised.
struct SpecialTokenMatcher: Sendable {
  /// A part of the text: either a matched special token or plain text between matches.
  enum Segment: Equatable {
    /// A special token with its id, covering `span` (scalar offsets).
    case special(id: Int, span: Range<Int>)
    /// Plain text covering `span` (scalar offsets).
    case text(span: Range<Int>)
  }

  private let specials: [(scalars: [Unicode.Scalar], id: Int)]

  /// Creates a matcher for `(piece, id)` pairs; an empty list matches nothing.
  init(_ specials: [(piece: String, id: Int)]) {
    self.specials =
      specials
      .map { (Array($0.piece.unicodeScalars), $0.id) }
      .filter { !$0.0.isEmpty }
      .sorted { ($0.0.count, -$0.1) > ($1.0.count, -$1.1) }
  }

  /// Splits `scalars` into special tokens and the text between them, in order.
  func segments(of scalars: [Unicode.Scalar]) -> [Segment] {
    var segments: [Segment] = []
    var textStart = 0
    var position = 0
    while position < scalars.count {
      guard let match = longestMatch(in: scalars, at: position) else {
        position += 1
        continue
      }
      if textStart < position { segments.append(.text(span: textStart..<position)) }
      segments.append(.special(id: match.id, span: position..<position + match.length))
      position += match.length
      textStart = position
    }
    if textStart < scalars.count { segments.append(.text(span: textStart..<scalars.count)) }
    return segments
  }

  private func longestMatch(in scalars: [Unicode.Scalar], at position: Int)
    -> (id: Int, length: Int)?
  {
    for special in specials where position + special.scalars.count <= scalars.count {
      let window = scalars[position..<position + special.scalars.count]
      if window.elementsEqual(special.scalars) {
        return (special.id, special.scalars.count)
      }
    }
    return nil
  }
}
