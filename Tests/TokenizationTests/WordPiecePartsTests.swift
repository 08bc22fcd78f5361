import Testing

@testable import Tokenization

/// The WordPiece steps that need no model file, over a vocabulary of a few pieces.
struct WordPiecePartsTests {
  let tokenizer = try! WordPieceTokenizer(
    vocabulary: try! Vocabulary(pieces: [
      "[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "un", "##aff", "##able", "cafe", "!",
      "東", "i", "ok",
    ]))

  func pieces(_ text: String) throws -> [String] {
    try tokenizer.tokens(in: text).map(\.piece)
  }

  @Test func normalizerDropsControlsStripsMarksAndLowerCases() {
    let scalars = Array("A\u{0}\u{200D}é\tİ".unicodeScalars)
    let units = BertNormalizer().normalize(scalars, in: 0..<scalars.count)
    #expect(String(String.UnicodeScalarView(units.map(\.scalar))) == "ae i")
    #expect(units.map(\.origin) == [0, 3, 4, 5])
    // Removed scalars stay out of labels (the page lists them); a mark that folds away
    // stays in the label of the letter before it.
    #expect(units[0].labelEnd == 1)
    let accent = Array("e\u{301}x".unicodeScalars)
    #expect(BertNormalizer().normalize(accent, in: 0..<3).map(\.labelEnd) == [2, 3])
  }

  @Test func greedyLongestMatchUsesContinuationPieces() throws {
    #expect(try pieces("Unaffable!") == ["[CLS]", "un", "##aff", "##able", "!", "[SEP]"])
  }

  @Test func wordThatCannotBePiecedIsOneUnknown() throws {
    let tokens = try tokenizer.tokens(in: "unaffablex ok")
    #expect(tokens.map(\.piece) == ["[CLS]", "[UNK]", "ok", "[SEP]"])
    #expect(tokens[1].span == 0..<10 && tokens[1].kind == .unknown)
  }

  @Test func wordsLongerThanTheLimitAreUnknown() throws {
    let long = String(repeating: "i", count: 101)
    #expect(try pieces(long + " ok") == ["[CLS]", "[UNK]", "ok", "[SEP]"])
  }

  @Test func ideographsAreIsolated() throws {
    #expect(try pieces("ok東ok") == ["[CLS]", "ok", "東", "ok", "[SEP]"])
  }

  @Test func accentsAreStrippedButLabelled() throws {
    let tokens = try tokenizer.tokens(in: "CAFÉ cafe\u{301}")
    #expect(tokens.map(\.piece) == ["[CLS]", "cafe", "cafe", "[SEP]"])
    #expect(tokens[1].label == "CAFÉ" && tokens[2].label == "cafe\u{301}")
    #expect(tokens[2].span == 5..<9)
  }

  @Test func typedSpecialTokenMatchesOnlyAsTypedAndNotInLiteralMode() throws {
    #expect(try pieces("ok[MASK]ok") == ["[CLS]", "ok", "[MASK]", "ok", "[SEP]"])
    #expect(try pieces("ok [mask]") == ["[CLS]", "ok", "[UNK]", "[UNK]", "[UNK]", "[SEP]"])
    let literal = try WordPieceTokenizer(
      vocabulary: tokenizer.vocabulary, matchesTypedSpecialTokens: false)
    #expect(
      try literal.tokens(in: "[MASK]").map(\.kind) == [
        .special, .unknown, .unknown, .unknown, .special,
      ])
  }

  @Test func insertedTokensHaveEmptySpansAtTheEnds() throws {
    let tokens = try tokenizer.tokens(in: "ok ok")
    #expect(tokens.first?.span == 0..<0 && tokens.last?.span == 5..<5)
    #expect(tokens.first?.label == "[CLS]" && tokens.first?.kind == .special)
  }

  @Test func vocabularyWithoutSeparatorIsInvalid() {
    #expect(throws: TokenizationError.self) {
      try WordPieceTokenizer(vocabulary: try Vocabulary(pieces: ["[UNK]", "[CLS]"]))
    }
  }
}
