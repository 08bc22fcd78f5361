extension ByteLevelBPETokenizer {
  /// Two adjacent token ids that a merge rule may join.
  struct MergePair: Hashable, Sendable {
    let left: Int32
    let right: Int32
  }

  /// A merge rule's rank (lower merges first) and the id of the joined token.
  struct Merge: Sendable {
    let rank: Int32
    let result: Int32
  }

  /// A token of a piece being merged: its id and the bytes of the piece it covers.
  struct Symbol {
    var id: Int
    var bytes: Range<Int>
  }

  /// Merges the bytes of one piece into tokens, lowest rank first, leftmost on ties.
  ///
  /// A byte without a token is left out before merging, as the reference does, so its
  /// neighbours become adjacent.
  func merged(_ bytes: [UInt8]) -> [Symbol] {
    var symbols = bytes.indices.compactMap { index in
      byteIDs[Int(bytes[index])].map { Symbol(id: $0, bytes: index..<index + 1) }
    }
    while let (index, merge) = bestMerge(in: symbols) {
      symbols[index] = Symbol(
        id: Int(merge.result),
        bytes: symbols[index].bytes.lowerBound..<symbols[index + 1].bytes.upperBound)
      symbols.remove(at: index + 1)
    }
    return symbols
  }

  private func bestMerge(in symbols: [Symbol]) -> (Int, Merge)? {
    var best: (Int, Merge)?
    for index in symbols.indices.dropLast() {
      let pair = MergePair(left: Int32(symbols[index].id), right: Int32(symbols[index + 1].id))
      guard let merge = merges[pair] else { continue }
      if best == nil || merge.rank < best!.1.rank { best = (index, merge) }
    }
    return best
  }

  /// The id of each piece, the first id winning for a repeated piece.
  static func idTable(of tokens: [String]) -> [PieceKey: Int] {
    var ids: [PieceKey: Int] = [:]
    ids.reserveCapacity(tokens.count)
    for (id, token) in tokens.enumerated() where ids[PieceKey(token)] == nil {
      ids[PieceKey(token)] = id
    }
    return ids
  }

  /// The id of the single-byte token of each byte value, `nil` where the vocabulary has none.
  static func byteIDs(in ids: [PieceKey: Int]) -> [Int?] {
    (0...255).map { byte in ids[PieceKey(ByteLevelAlphabet.piece(of: [UInt8(byte)]))] }
  }

  /// The merge table of merge lines in rank order.
  static func mergeTable(_ lines: [String], ids: [PieceKey: Int]) throws -> [MergePair: Merge] {
    var table: [MergePair: Merge] = [:]
    table.reserveCapacity(lines.count)
    for (rank, line) in lines.enumerated() {
      let scalars = Array(line.unicodeScalars)
      guard let space = scalars.firstIndex(of: " ") else {
        throw invalid("the merge '\(line)' (rank \(rank)) has no space")
      }
      let left = String(String.UnicodeScalarView(scalars[..<space]))
      let right = String(String.UnicodeScalarView(scalars[(space + 1)...]))
      guard let leftID = ids[PieceKey(left)], let rightID = ids[PieceKey(right)],
        let resultID = ids[PieceKey(left + right)]
      else { throw invalid("the merge '\(line)' (rank \(rank)) names a missing token") }
      let pair = MergePair(left: Int32(leftID), right: Int32(rightID))
      if table[pair] == nil {
        table[pair] = Merge(rank: Int32(rank), result: Int32(resultID))
      }
    }
    return table
  }

  private static func invalid(_ reason: String) -> TokenizationError {
    .invalidVocabulary(path: "byte-level BPE vocabulary", reason: reason)
  }
}

/// Two upper-case hexadecimal digits of a byte.
func hex(_ byte: UInt8) -> String {
  let digits = Array("0123456789ABCDEF")
  return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
}
