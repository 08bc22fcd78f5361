import Testing

@testable import Tokenization

struct WordTokenizerTests {
  let tokenizer = WordTokenizer(vocabulary: try! .teachingWords())

  func labels(_ text: String) throws -> [String] {
    try tokenizer.tokens(in: text).map(\.label)
  }

  @Test(arguments: spanTexts)
  func labelsAreTheExactSourceTextOfTheirSpans(text: String) throws {
    let tokens = try tokenizer.tokens(in: text)
    #expect(spansAreOrdered(tokens, in: text))
    for token in tokens {
      #expect(token.label == sourceText(text, token.span))
      #expect(
        token.label.unicodeScalars.elementsEqual(
          Array(text.unicodeScalars)[token.span]))
    }
    #expect(rebuilt(text, from: tokens).unicodeScalars.elementsEqual(text.unicodeScalars))
  }

  @Test(arguments: spanTexts)
  func gapsBetweenTokensHoldOnlyWhiteSpace(text: String) throws {
    let tokens = try tokenizer.tokens(in: text)
    let scalars = Array(text.unicodeScalars)
    var covered = Set<Int>()
    for token in tokens { covered.formUnion(token.span) }
    let gaps = scalars.indices.filter { !covered.contains($0) }
    #expect(gaps.allSatisfy { scalars[$0].properties.isWhitespace })
  }

  @Test func lessonSentenceSplitsIntoWordsAndContraction() throws {
    let tokens = try tokenizer.tokens(in: spanTexts[0])
    #expect(
      tokens.map(\.label) == [
        "The", "animal", "did", "n't", "cross", "the", "street", "because", "it", "was",
        "too", "tired", ".",
      ])
    #expect(tokens.allSatisfy { $0.kind == .normal })
    #expect(tokens[0].piece == "the" && tokens[0].id == tokens[5].id)
    #expect(tokens[2].span == 11..<14 && tokens[3].span == 14..<17)
  }

  @Test func contractionsSplitAsReadersExpect() throws {
    #expect(
      try labels("We're sure it's fine, they'll see; I'm done") == [
        "We", "'re", "sure", "it", "'s", "fine", ",", "they", "'ll", "see", ";", "I", "'m",
        "done",
      ])
    #expect(try labels("didn’t shouldn't've") == ["did", "n’t", "should", "n't", "'ve"])
    #expect(
      try labels("o'clock rock'n'roll dogs' 'tis") == [
        "o'clock", "rock'n'roll", "dogs", "'", "'", "tis",
      ])
  }

  @Test func typographicApostropheFindsTheSameId() throws {
    let curly = try tokenizer.tokens(in: "it’s")
    let straight = try tokenizer.tokens(in: "it's")
    #expect(curly.map(\.id) == straight.map(\.id))
    #expect(curly[1].kind == .normal)
  }

  @Test func numbersKeepDecimalsAndThousandsGroups() throws {
    #expect(
      try labels("pi is 3.14, not 1,000 or 12,5 or 1,0000.") == [
        "pi", "is", "3.14", ",", "not", "1,000", "or", "12", ",", "5", "or", "1", ",", "0000",
        ".",
      ])
    #expect(try labels("the 3rd of 1,234,567.89") == ["the", "3rd", "of", "1,234,567.89"])
  }

  @Test func graphemeClustersStayWhole() throws {
    #expect(try labels("ok👍🏽 👨‍👩‍👧!") == ["ok", "👍🏽", "👨‍👩‍👧", "!"])
    #expect(try labels("cafe\u{301}") == ["cafe\u{301}"])
    #expect(try labels("1\u{FE0F}\u{20E3}") == ["1\u{FE0F}\u{20E3}"])
  }

  @Test func ideographsStandAloneAndOtherScriptsFormWords() throws {
    #expect(try labels("東京です") == ["東", "京", "です"])
    #expect(try labels("שלום עולם") == ["שלום", "עולם"])
    #expect(try labels("मरहबा हिन्दी") == ["मरहबा", "हिन्दी"])
  }

  @Test func formatCharactersJoinTheirWordAndAreOtherwiseSkipped() throws {
    #expect(try labels("\u{FEFF}co\u{AD}op") == ["co\u{AD}op"])
  }

  @Test func unknownWordsKeepTheirSurfaceLabel() throws {
    let tokens = try tokenizer.tokens(in: "The zyzzyva slept")
    #expect(tokens[1].id == Vocabulary.teachingUnknownID)
    #expect(tokens[1].kind == .unknown)
    #expect(tokens[1].label == "zyzzyva" && tokens[1].piece == "[UNK]")
  }

  @Test func precomposedAndDecomposedAccentsGetOneId() throws {
    let vocabulary = try Vocabulary(pieces: ["[PAD]", "[UNK]", "caf\u{E9}"])
    let words = WordTokenizer(vocabulary: vocabulary)
    #expect(try words.tokens(in: "cafe\u{301} caf\u{E9}").map(\.id) == [2, 2])
  }

  @Test func lowerCasingIsOptionalForPiecesButNeverForLabels() throws {
    let cased = WordTokenizer(vocabulary: try .teachingWords(), lowercases: false)
    let tokens = try cased.tokens(in: "The Street")
    #expect(tokens.map(\.piece) == ["The", "Street"])
    #expect(tokens.map(\.label) == ["The", "Street"])
    #expect(tokens.allSatisfy { $0.kind == .normal })
    #expect(cased.name == "word-level" && tokenizer.name == "word-level (lower-cased)")
  }

  @Test(arguments: ["", "   ", "\r\n\t", "\u{FEFF}"])
  func emptyTextIsRejected(text: String) {
    #expect(throws: TokenizationError.emptyText) { try tokenizer.tokens(in: text) }
  }

  @Test func tooManyTokensAreRejectedWithCountAndLimit() {
    let small = WordTokenizer(vocabulary: try! .teachingWords(), maxTokens: 3)
    #expect(throws: TokenizationError.tooManyTokens(count: 4, limit: 3)) {
      try small.tokens(in: "one two three four")
    }
  }
}
