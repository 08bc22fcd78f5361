extension WordPieceTokenizer {
  /// One vocabulary piece of a word: its id and the range of word units it covers.
  struct Piece {
    let id: Int
    let units: Range<Int>
    let isUnknown: Bool
  }

  /// Cuts a word greedily into the longest vocabulary pieces, or one `[UNK]` for all of it.
  func pieces(of word: ArraySlice<BertNormalizer.Unit>) -> [Piece] {
    let scalars = word.map(\.scalar)
    let whole = Piece(id: vocabulary.unknownID, units: word.indices, isUnknown: true)
    guard scalars.count <= maxCharactersPerWord else { return [whole] }

    var pieces: [Piece] = []
    var start = 0
    while start < scalars.count {
      guard let (id, end) = longestPiece(in: scalars, from: start) else { return [whole] }
      let base = word.startIndex
      pieces.append(Piece(id: id, units: base + start..<base + end, isUnknown: false))
      start = end
    }
    return pieces
  }

  private func longestPiece(in scalars: [Unicode.Scalar], from start: Int) -> (Int, Int)? {
    var view = String.UnicodeScalarView()
    if start > 0 { view.append(contentsOf: "##".unicodeScalars) }
    let prefixLength = view.count
    view.append(contentsOf: scalars[start...])
    for end in stride(from: scalars.count, to: start, by: -1) {
      if let id = vocabulary.id(for: String(view)) { return (id, end) }
      view.removeSubrange(view.index(view.startIndex, offsetBy: prefixLength + end - start - 1)...)
    }
    return nil
  }

  /// The token of a piece, with its span and label in the source text.
  func token(
    for piece: Piece, in word: ArraySlice<BertNormalizer.Unit>, source: SourceText
  ) -> Token {
    let first = word[piece.units.lowerBound]
    let last = word[piece.units.upperBound - 1]
    let span = first.origin..<last.origin + 1
    let label = source.text(in: first.origin..<max(last.labelEnd, span.upperBound))
    let kind: TokenKind = piece.isUnknown ? .unknown : .normal
    return Token(
      id: piece.id, piece: vocabulary.pieces[piece.id], span: span, kind: kind, label: label)
  }

  /// A `[CLS]` or `[SEP]` the tokenizer inserts, with an empty span at `offset`.
  func inserted(_ id: Int, at offset: Int) -> Token {
    let piece = vocabulary.pieces[id]
    return Token(id: id, piece: piece, span: offset..<offset, kind: .special, label: piece)
  }

  /// A special token typed in the text.
  func special(_ id: Int, span: Range<Int>, source: SourceText) -> Token {
    Token(
      id: id, piece: vocabulary.pieces[id], span: span, kind: .special,
      label: source.text(in: span))
  }
}
