/// Splits text into words, numbers, contractions and single symbols over grapheme clusters.
///
/// The rules, in order at each position:
/// - white space is skipped; a lone format character (`Cf`, such as a byte order mark) too;
/// - a CJK ideograph is a word on its own;
/// - a letter starts a word that runs over letters, digits and marks, over an apostrophe
///   (`'` or `’`) or a format character that has a letter after it;
///   English contraction endings are then split off (`did|n't`, `it|'s`, `we|'re`; as in
///   the Penn Treebank, `can't` gives `ca|n't`);
/// - a digit starts a number: digits, groups of exactly three digits after commas (`1,000`),
///   one decimal part (`3.14`), and letters written straight after it (`3rd`);
/// - anything else (punctuation, symbols, emoji, control characters) is one token per
///   cluster.
///
/// Combining marks, skin-tone modifiers and ZWJ sequences stay inside their cluster, so
/// they are never split from their base.
struct WordSegmenter {
  /// The clusters of the text.
  let graphemes: [Grapheme]

  /// The spans, in scalar offsets, of every word in reading order.
  func wordSpans() -> [Range<Int>] {
    var spans: [Range<Int>] = []
    var index = 0
    while index < graphemes.count {
      let end = wordEnd(from: index)
      if end > index {
        spans += splitContractions(index..<end).map(scalarSpan)
      }
      index = max(end, index + 1)
    }
    return spans
  }

  /// Where the word starting at cluster `index` ends, or `index` if nothing starts there.
  private func wordEnd(from index: Int) -> Int {
    let grapheme = graphemes[index]
    if isSkipped(grapheme) {
      return index
    }
    if grapheme.first.isCJKIdeograph {
      return index + 1
    }
    if isLetter(grapheme) {
      return letterRunEnd(from: index)
    }
    if isDigit(grapheme) {
      return numberEnd(from: index)
    }
    return index + 1
  }

  /// The end of a run of letters, digits, inner apostrophes and inner format characters.
  private func letterRunEnd(from start: Int) -> Int {
    var index = start
    while index < graphemes.count {
      let grapheme = graphemes[index]
      if (isLetter(grapheme) || isDigit(grapheme)) && !grapheme.first.isCJKIdeograph {
        index += 1
      } else if isJoiner(grapheme), index + 1 < graphemes.count,
        isLetter(graphemes[index + 1]), !graphemes[index + 1].first.isCJKIdeograph
      {
        index += 1
      } else {
        break
      }
    }
    return index
  }

  /// The end of a number with optional thousands groups, decimal part and letter suffix.
  private func numberEnd(from start: Int) -> Int {
    var index = digitRunEnd(from: start)
    while hasThousandsGroup(at: index) {
      index = digitRunEnd(from: index + 1)
    }
    if isText(".", at: index), index + 1 < graphemes.count, isDigit(graphemes[index + 1]) {
      index = digitRunEnd(from: index + 1)
    }
    if index < graphemes.count, isLetter(graphemes[index]) {
      index = letterRunEnd(from: index)
    }
    return index
  }

  /// Whether a comma at `index` is followed by exactly three digits.
  private func hasThousandsGroup(at index: Int) -> Bool {
    guard isText(",", at: index), index + 3 < graphemes.count else { return false }
    let digits = (index + 1...index + 3).allSatisfy { isDigit(graphemes[$0]) }
    let closed = index + 4 >= graphemes.count || !isDigit(graphemes[index + 4])
    return digits && closed
  }

  private func digitRunEnd(from start: Int) -> Int {
    var index = start
    while index < graphemes.count, isDigit(graphemes[index]) {
      index += 1
    }
    return index
  }

  /// Splits English contraction endings off a word given as a range of clusters.
  private func splitContractions(_ word: Range<Int>) -> [Range<Int>] {
    let lowered = graphemes[word].map { Self.folded($0.character) }
    for suffix in Self.contractionSuffixes where lowered.count > suffix.count {
      if Array(lowered.suffix(suffix.count)) == suffix {
        let cut = word.upperBound - suffix.count
        return splitContractions(word.lowerBound..<cut) + [cut..<word.upperBound]
      }
    }
    return [word]
  }

  /// The English contraction endings, as folded clusters, longest first.
  private static let contractionSuffixes: [[String]] =
    ["n't", "'re", "'ve", "'ll", "'s", "'d", "'m"].map { $0.map(String.init) }

  /// A cluster lower-cased with the typographic apostrophe folded to `'`.
  private static func folded(_ character: Character) -> String {
    character == "\u{2019}" ? "'" : character.lowercased()
  }

  private func scalarSpan(_ clusters: Range<Int>) -> Range<Int> {
    let start = graphemes[clusters.lowerBound].span.lowerBound
    let end = graphemes[clusters.upperBound - 1].span.upperBound
    return start..<end
  }

  private func isText(_ text: Character, at index: Int) -> Bool {
    index < graphemes.count && graphemes[index].character == text
  }

  private func isLetter(_ grapheme: Grapheme) -> Bool {
    grapheme.first.isLetter || grapheme.first.isMark
  }

  private func isDigit(_ grapheme: Grapheme) -> Bool {
    let scalars = grapheme.character.unicodeScalars
    return scalars.count == 1 && scalars.first!.properties.numericType == .decimal
  }

  private func isJoiner(_ grapheme: Grapheme) -> Bool {
    let character = grapheme.character
    return character == "'" || character == "\u{2019}" || isFormat(grapheme)
  }

  private func isFormat(_ grapheme: Grapheme) -> Bool {
    grapheme.character.unicodeScalars.allSatisfy { $0.properties.generalCategory == .format }
  }

  private func isSkipped(_ grapheme: Grapheme) -> Bool {
    grapheme.character.unicodeScalars.allSatisfy(\.isWhiteSpace) || isFormat(grapheme)
  }
}
