/// A tokenizer that can match special-token strings typed in the text, or read them as text.
///
/// Matching them is the Hugging Face default: `[MASK]` typed in a BERT text becomes the
/// `[MASK]` token and `<|endoftext|>` in a byte-level BPE text becomes token 0 (SmolLM2).
/// In literal mode the same strings are split like any other text (`[`, `mask`, `]`), and
/// `name` says so, so captions and pages state which mode made the tokens.
public protocol TypedSpecialTokenMatching: Tokenizer {
  /// Whether typed special-token strings become special tokens (`true`, the default) or
  /// are read as plain text (`false`, literal mode).
  var matchesTypedSpecialTokens: Bool { get set }
}

/// The words a tokenizer's name gains in literal mode.
let literalModeNameSuffix = " with typed special tokens read as plain text"

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

  /// The offsets of the scalars outside special tokens (all of them when `matching` is
  /// off) for which `isIncluded` holds, in increasing order.
  func textOffsets(
    of scalars: [Unicode.Scalar], matching: Bool, where isIncluded: (Unicode.Scalar) -> Bool
  ) -> [Int] {
    segments(of: scalars, matching: matching).flatMap { segment -> [Int] in
      guard case .text(let span) = segment else { return [] }
      return span.filter { isIncluded(scalars[$0]) }
    }
  }

  /// Splits `scalars` into special tokens and the text between them, in order; when
  /// `matching` is off, the whole of `scalars` is one text segment (literal mode).
  func segments(of scalars: [Unicode.Scalar], matching: Bool = true) -> [Segment] {
    guard matching else { return scalars.isEmpty ? [] : [.text(span: 0..<scalars.count)] }
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
