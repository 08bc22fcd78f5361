import Foundation
import Testing

@testable import Tokenization

/// The BERT tokenizer of all-MiniLM-L6-v2 against the Hugging Face reference.
@Suite(ModelFiles.bertTrait)
struct WordPieceTokenizerTests {
  static let goldens = GoldenCase.load("bert.json")
  static let literalGoldens = GoldenCase.load("bert-literal.json")

  static let vocabulary = Result { try Vocabulary(contentsOf: ModelFiles.bertVocabulary) }

  func tokenizer(literal: Bool = false, maxTokens: Int = 8192) throws -> WordPieceTokenizer {
    try WordPieceTokenizer(
      vocabulary: Self.vocabulary.get(), matchesTypedSpecialTokens: !literal,
      maxTokens: maxTokens)
  }

  @Test func goldenFileHasTheWholeCorpus() {
    #expect(Self.goldens.count >= 40)
  }

  @Test(arguments: goldens)
  func idsMatchTheReference(golden: GoldenCase) throws {
    let tokens = try tokenizer().tokens(in: golden.text)
    #expect(tokens.map(\.id) == golden.ids)
  }

  @Test(arguments: goldens)
  func spansMatchTheReferenceOffsets(golden: GoldenCase) throws {
    let tokens = try tokenizer().tokens(in: golden.text)
    try #require(tokens.count == golden.ids.count)
    let count = golden.text.unicodeScalars.count
    #expect(tokens.first?.span == 0..<0 && tokens.last?.span == count..<count)
    #expect(Array(tokens.dropFirst().dropLast().map(\.span)) == golden.spans.dropFirst().dropLast())
  }

  @Test(arguments: goldens)
  func labelsAreNeverEmptyAndStartAtTheSpan(golden: GoldenCase) throws {
    let source = SourceText(golden.text)
    for token in try tokenizer().tokens(in: golden.text) where token.kind != .special {
      #expect(!token.label.isEmpty)
      let shown = source.text(in: token.span)
      #expect(token.label.unicodeScalars.starts(with: shown.unicodeScalars))
    }
  }

  /// Case 4: clean-up removes format, private-use and control characters, inside words too;
  /// they are listed, and no label reaches past its span to show them.
  @Test func removedCharactersAreListedAndLabelsAreTheirSpansText() throws {
    let text = "A\u{FEFF}word\u{200B}with\u{E000}private and\u{7}bell. Hel\u{200B}lo"
    let wordPiece = try tokenizer()
    #expect(wordPiece.removedScalarOffsets(in: text) == [1, 6, 11, 23, 33])
    let scalars = Array(text.unicodeScalars)
    for token in try wordPiece.tokens(in: text) where !token.span.isEmpty {
      let spanText = String(String.UnicodeScalarView(scalars[token.span]))
      #expect(token.label == spanText, "\(token.piece) at \(token.span)")
    }
    // A typed special token removes nothing; an accent that folds away is not listed.
    #expect(wordPiece.removedScalarOffsets(in: "[MASK] cafe\u{301}") == [])
  }

  @Test func voicedKanaLoseTheirMarksButKeepTheirLabels() throws {
    let tokens = try tokenizer().tokens(in: "ガラスでできた パン")
    #expect(
      tokens.map(\.piece).joined(separator: " ")
        == "[CLS] カ ##ラ ##ス ##て ##て ##き ##た ハ ##ン [SEP]")
    #expect(tokens[1].label == "ガ" && tokens[4].label == "で" && tokens[8].label == "パ")
  }

  @Test func wordWithAnEmojiIsOneUnknownCoveringTheWord() throws {
    let tokens = try tokenizer().tokens(in: "nice😊 then")
    #expect(tokens[1].kind == .unknown && tokens[1].label == "nice😊")
    #expect(tokens[1].span == 0..<5)
  }

  @Test func decomposedAccentIsInTheLabelButNotTheSpan() throws {
    let tokens = try tokenizer().tokens(in: "cafe\u{301} ok")
    #expect(tokens[1].piece == "cafe" && tokens[1].span == 0..<4)
    #expect(tokens[1].label == "cafe\u{301}")
  }

  @Test func typedSpecialTokensAreSpecialUnlessLiteral() throws {
    let matched = try tokenizer().tokens(in: "fill [MASK] in")
    #expect(matched[2].kind == .special && matched[2].span == 5..<11)
    let literal = try tokenizer(literal: true)
    #expect(
      try literal.tokens(in: "fill [MASK] in").map(\.id)
        == [101, 6039, 1031, 7308, 1033, 1999, 102])
    #expect(
      try literal.tokens(in: "[UNK] x=y").map(\.id)
        == [101, 1031, 4895, 2243, 1033, 1060, 1027, 1061, 102])
  }

  @Test(arguments: literalGoldens)
  func literalModeMatchesTheReferenceThatEncodesSpecialTokensAsText(golden: GoldenCase) throws {
    let tokens = try tokenizer(literal: true).tokens(in: golden.text)
    #expect(tokens.map(\.id) == golden.ids)
    #expect(Array(tokens.dropFirst().dropLast().map(\.span)) == golden.spans.dropFirst().dropLast())
    #expect(!tokens.dropFirst().dropLast().contains { $0.kind == .special })
  }

  @Test func literalModeIsSwitchedOnACopyAndNamedForCaptions() throws {
    let matching = try tokenizer()
    var literal = matching
    literal.matchesTypedSpecialTokens = false
    #expect(try matching.tokens(in: "fill [MASK] in").map(\.id) == [101, 6039, 103, 1999, 102])
    #expect(
      try literal.tokens(in: "fill [MASK] in").map(\.id)
        == [101, 6039, 1031, 7308, 1033, 1999, 102])
    #expect(matching.name == "WordPiece (BERT uncased)")
    #expect(literal.name == "WordPiece (BERT uncased) with typed special tokens read as plain text")
  }

  @Test func typedSeparatorIsTypedSpecialAndOnlyTheInsertedOnesHaveEmptySpans() throws {
    let tokens = try tokenizer().tokens(in: "one [SEP] two")
    #expect(tokens.map(\.id) == [101, 2028, 102, 2048, 102])
    #expect(tokens[2].kind == .special && tokens[2].span == 4..<9 && tokens[2].label == "[SEP]")
    #expect(tokens.filter { $0.span.isEmpty }.map(\.span) == [0..<0, 13..<13])
  }

  @Test func longInputGivesAllTokensOrTheLimitError() throws {
    let text = String(repeating: "word ", count: 600)
    let tokens = try tokenizer().tokens(in: text)
    #expect(tokens.count == 602)
    let limited = try tokenizer(maxTokens: 512)
    #expect(throws: TokenizationError.tooManyTokens(count: 602, limit: 512)) {
      try limited.tokens(in: text)
    }
  }

  @Test func blankTextIsRejected() throws {
    #expect(throws: TokenizationError.emptyText) { try tokenizer().tokens(in: " \r\n") }
  }
}
