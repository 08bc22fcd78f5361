/// Splits text into the chunks a byte-level BPE merges within, over Unicode scalars.
///
/// First, when `splitsDigits` is set (SmolLM2, GGUF `tokenizer.ggml.pre = smollm`), every
/// `\p{N}` scalar becomes a chunk of its own. Then each chunk is split with the GPT-2
/// pattern, applied leftmost-first at each position:
///
///     's|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+
///
/// where `\s` is White_Space and the optional prefix is U+0020 only. The pattern runs on
/// scalars, never on grapheme clusters: `e` + U+0301 gives `e` and the mark apart, `\r\n`
/// gives `\r` and `\n`.
struct ByteLevelPreTokenizer: Sendable {
  /// Whether each number scalar is split off on its own before the GPT-2 pattern.
  let splitsDigits: Bool

  /// The pieces of the scalars in `span`, as ranges of scalar offsets, in order.
  func pieces(of scalars: [Unicode.Scalar], in span: Range<Int>) -> [Range<Int>] {
    chunks(of: scalars, in: span).flatMap { patternPieces(of: scalars, in: $0) }
  }

  private func chunks(of scalars: [Unicode.Scalar], in span: Range<Int>) -> [Range<Int>] {
    guard splitsDigits else { return [span] }
    var chunks: [Range<Int>] = []
    var start = span.lowerBound
    for offset in span where scalars[offset].isNumber {
      if start < offset { chunks.append(start..<offset) }
      chunks.append(offset..<offset + 1)
      start = offset + 1
    }
    if start < span.upperBound { chunks.append(start..<span.upperBound) }
    return chunks
  }

  private func patternPieces(of scalars: [Unicode.Scalar], in chunk: Range<Int>)
    -> [Range<Int>]
  {
    var pieces: [Range<Int>] = []
    var position = chunk.lowerBound
    while position < chunk.upperBound {
      let end = matchEnd(in: scalars, at: position, limit: chunk.upperBound)
      pieces.append(position..<end)
      position = end
    }
    return pieces
  }

  /// The end of the pattern's match at `position`; always past `position`.
  private func matchEnd(in scalars: [Unicode.Scalar], at position: Int, limit: Int) -> Int {
    if let end = contractionEnd(in: scalars, at: position, limit: limit) { return end }
    let classes: [(Unicode.Scalar) -> Bool] = [
      \.isLetter, \.isNumber, { !$0.isWhiteSpace && !$0.isLetter && !$0.isNumber },
    ]
    let start = scalars[position] == " " ? position + 1 : position
    for isMember in classes where start < limit && isMember(scalars[start]) {
      return runEnd(in: scalars, from: start, limit: limit, while: isMember)
    }
    return whitespaceEnd(in: scalars, at: position, limit: limit)
  }

  private func contractionEnd(in scalars: [Unicode.Scalar], at position: Int, limit: Int)
    -> Int?
  {
    guard scalars[position] == "'" else { return nil }
    for suffix in ["s", "t", "re", "ve", "m", "ll", "d"] {
      let end = position + 1 + suffix.unicodeScalars.count
      if end <= limit, scalars[position + 1..<end].elementsEqual(suffix.unicodeScalars) {
        return end
      }
    }
    return nil
  }

  /// `\s+(?!\S)`, else `\s+`; a lone non-space scalar that nothing matched is taken alone.
  private func whitespaceEnd(in scalars: [Unicode.Scalar], at position: Int, limit: Int)
    -> Int
  {
    let end = runEnd(in: scalars, from: position, limit: limit, while: \.isWhiteSpace)
    if end == position { return position + 1 }
    if end == limit || end - position == 1 { return end }
    return end - 1
  }

  private func runEnd(
    in scalars: [Unicode.Scalar], from start: Int, limit: Int,
    while isMember: (Unicode.Scalar) -> Bool
  ) -> Int {
    var end = start
    while end < limit, isMember(scalars[end]) { end += 1 }
    return end
  }
}
