import Testing

@testable import Tokenization

/// The byte-level pieces that need no model file: alphabet, pre-tokenizer, labels, merging.
struct ByteLevelPartsTests {
  func pieces(_ text: String, splitsDigits: Bool = true) -> [String] {
    let scalars = Array(text.unicodeScalars)
    return ByteLevelPreTokenizer(splitsDigits: splitsDigits)
      .pieces(of: scalars, in: 0..<scalars.count)
      .map { SourceText(text).text(in: $0) }
  }

  @Test func alphabetSpellsSpaceAndNewlineWithShiftedGlyphs() {
    #expect(ByteLevelAlphabet.piece(of: Array(" \n!é".utf8)) == "ĠĊ!Ã©")
    #expect(ByteLevelAlphabet.bytes(of: "ĠcafÃ©") == Array(" café".utf8))
    #expect(Set(ByteLevelAlphabet.scalars).count == 256)
  }

  @Test func patternSplitsContractionsWordsAndSpaces() {
    #expect(pieces("I'm  here's 'S") == ["I", "'m", " ", " here", "'s", " '", "S"])
    #expect(pieces("end   ") == ["end", "   "])
    #expect(pieces("a\r\nb") == ["a", "\r", "\n", "b"])
  }

  @Test func patternWorksOnScalarsNotCharacters() {
    #expect(pieces("cafe\u{301} ok") == ["cafe", "\u{301}", " ok"])
    #expect(pieces("स्वा") == ["स", "्", "व", "ा"])
  }

  @Test func digitsSplitOneByOneOnlyWhenAsked() {
    #expect(pieces("in 2024") == ["in", " ", "2", "0", "2", "4"])
    #expect(pieces("in 2024", splitsDigits: false) == ["in", " 2024"])
    #expect(pieces("x ½") == ["x", " ", "½"])
  }

  @Test func labelsShowTextWhitespaceAndPartialBytes() {
    #expect(ByteLevelLabel(ArraySlice(" café".utf8)).text == "␣café")
    #expect(ByteLevelLabel(ArraySlice("\n\t\u{1B}\u{0}".utf8)).text == "⏎⇥␛␀")
    let partial = ByteLevelLabel([0x20, 0xE2, 0x9D])
    #expect(partial.text == "␣⟨E2 9D⟩" && partial.isPartial)
    #expect(ByteLevelLabel([0xA4]).text == "⟨A4⟩")
    #expect(!ByteLevelLabel(ArraySlice("東".utf8)).isPartial)
  }

  @Test func invisibleLabelsShowCodePointsAndLoneMarksADottedCircle() {
    #expect(ByteLevelLabel(ArraySlice("\u{FE0F}".utf8)).text == "U+FE0F")
    #expect(ByteLevelLabel(ArraySlice("\u{200D}\u{FE0F}".utf8)).text == "U+200D U+FE0F")
    #expect(ByteLevelLabel(ArraySlice("\u{301}".utf8)).text == "\u{25CC}\u{301}")
    #expect(ByteLevelLabel(ArraySlice("e\u{301}".utf8)).text == "e\u{301}")
  }

  /// A vocabulary of all bytes but 0x04 plus `ab`, `abc` and `Ġab`.
  func tinyTokenizer() throws -> ByteLevelBPETokenizer {
    let bytes = (0...255).filter { $0 != 4 }.map { ByteLevelAlphabet.piece(of: [UInt8($0)]) }
    return try ByteLevelBPETokenizer(
      tokens: ["<|end|>"] + bytes + ["ab", "abc", "Ġab"],
      merges: ["a b", "ab c", "Ġ ab"], tokenTypes: [3] + Array(repeating: 1, count: 258))
  }

  @Test func mergesFollowRankAndSpansFollowScalars() throws {
    let tokenizer = try tinyTokenizer()
    let tokens = try tokenizer.tokens(in: "abc ab<|end|>é")
    #expect(tokens.map(\.piece) == ["abc", "Ġab", "<|end|>", "Ã", "©"])
    #expect(tokens.map(\.span) == [0..<3, 3..<6, 6..<13, 13..<14, 13..<14])
    #expect(
      tokens.map(\.kind) == [
        .normal, .normal, .special, .partialCharacter,
        .partialCharacter,
      ])
    #expect(tokens.map(\.label) == ["abc", "␣ab", "<|end|>", "⟨C3⟩", "⟨A9⟩"])
  }

  @Test func bytesWithoutATokenAreDroppedAndReported() throws {
    let tokenizer = try tinyTokenizer()
    #expect(tokenizer.bytesWithoutToken == [4])
    let tokens = try tokenizer.tokens(in: "a\u{4}b")
    #expect(tokens.map(\.piece) == ["a", "b"] && tokens.map(\.span) == [0..<1, 2..<3])
    #expect(throws: TokenizationError.onlyRemovedCharacters) { try tokenizer.tokens(in: "\u{4}") }
  }

  @Test func mergeNamingAMissingTokenIsInvalid() {
    #expect(throws: TokenizationError.self) {
      try ByteLevelBPETokenizer(tokens: ["a", "b"], merges: ["a b"])
    }
  }
}
