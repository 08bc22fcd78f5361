import Testing

@testable import Tokenization

struct CharacterTokenizerTests {
  let tokenizer = CharacterTokenizer()

  @Test(arguments: spanTexts)
  func everyClusterIsOneTokenWithItsExactSpan(text: String) throws {
    let shown = CharacterTokenizer(showsWhitespace: true)
    let tokens = try shown.tokens(in: text)
    #expect(tokens.count == text.count)
    #expect(tokens.map(\.span.upperBound).last == text.unicodeScalars.count)
    #expect(spansAreOrdered(tokens, in: text))
    #expect(tokens.allSatisfy { !$0.label.isEmpty && !$0.span.isEmpty })
  }

  @Test func whiteSpaceIsSkippedByDefaultAndShownOnRequest() throws {
    #expect(try tokenizer.tokens(in: "a b\r\nc").map(\.label) == ["a", "b", "c"])
    let shown = CharacterTokenizer(showsWhitespace: true)
    #expect(
      try shown.tokens(in: "a b\r\nc\t").map(\.label) == [
        "a", "␣", "b", "⏎", "c", "⇥",
      ])
    #expect(try shown.tokens(in: "a\r\nb")[1].span == 1..<3)
  }

  @Test func clustersKeepModifiersAndCombiningMarks() throws {
    let tokens = try tokenizer.tokens(in: "e\u{301}👍🏽👨‍👩‍👧")
    #expect(tokens.map(\.span) == [0..<2, 2..<4, 4..<9])
  }

  @Test func vocabularyCoversAsciiAndLatin1AndLooksUpInNFC() throws {
    let tokens = try tokenizer.tokens(in: "A~é\u{E9}e\u{301}東")
    #expect(tokens[0].id == 3 + 0x41 - 0x20)
    #expect(tokens[1].id == 3 + 0x7E - 0x20)
    #expect(tokens[2].id == 98 + 0xE9 - 0xA1)
    #expect(tokens[3].id == tokens[2].id && tokens[4].id == tokens[2].id)
    #expect(tokens[5].id == Vocabulary.teachingUnknownID && tokens[5].kind == .unknown)
    #expect(tokens[5].label == "東")
    #expect(Vocabulary.teachingCharacters.count == 3 + 95 + 95)
  }

  @Test(arguments: ["", " \n "])
  func emptyTextIsRejected(text: String) {
    #expect(throws: TokenizationError.emptyText) { try tokenizer.tokens(in: text) }
  }

  @Test func tooManyTokensAreRejected() {
    #expect(throws: TokenizationError.tooManyTokens(count: 5, limit: 4)) {
      try CharacterTokenizer(maxTokens: 4).tokens(in: "hello")
    }
  }
}
