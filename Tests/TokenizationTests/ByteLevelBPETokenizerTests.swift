import Foundation
import Testing

@testable import Tokenization

/// The SmolLM2 byte-level BPE against the Hugging Face reference built from the GGUF arrays.
@Suite(ModelFiles.smolLM2Trait)
struct ByteLevelBPETokenizerTests {
  static let goldens = GoldenCase.load("smollm2.json")
  static let literalGoldens = GoldenCase.load("smollm2-literal.json")

  static let metadata = Result {
    try GGUFVocabularyReader(url: try #require(ModelFiles.smolLM2))
  }

  static let shared = Result { try makeTokenizer(literal: false) }
  static let literal = Result { try makeTokenizer(literal: true) }

  static func makeTokenizer(literal: Bool) throws -> ByteLevelBPETokenizer {
    let metadata = try metadata.get()
    return try ByteLevelBPETokenizer(
      tokens: try #require(metadata.stringArrays["tokenizer.ggml.tokens"]),
      merges: try #require(metadata.stringArrays["tokenizer.ggml.merges"]),
      tokenTypes: try #require(metadata.integerArrays["tokenizer.ggml.token_type"]),
      splitsDigits: true, matchesTypedSpecialTokens: !literal, name: "SmolLM2 byte-level BPE")
  }

  func tokens(_ text: String) throws -> [Token] {
    try Self.shared.get().tokens(in: text)
  }

  @Test func ggufNamesTheSmolLMPreTokenizer() throws {
    let metadata = try Self.metadata.get()
    #expect(metadata.strings["tokenizer.ggml.pre"] == "smollm")
    #expect(metadata.strings["tokenizer.ggml.model"] == "gpt2")
  }

  @Test func goldenFileHasTheWholeCorpus() {
    #expect(Self.goldens.count >= 40)
  }

  @Test(arguments: goldens)
  func idsAndSpansMatchTheReference(golden: GoldenCase) throws {
    let tokens = try tokens(golden.text)
    #expect(tokens.map(\.id) == golden.ids)
    #expect(tokens.map(\.span) == golden.spans)
  }

  @Test(arguments: goldens)
  func tokenBytesRebuildTheTextAndLabelsAreReadable(golden: GoldenCase) throws {
    let tokenizer = try Self.shared.get()
    let tokens = try tokenizer.tokens(in: golden.text)
    let bytes = tokens.flatMap { ByteLevelAlphabet.bytes(of: $0.piece) ?? Array($0.piece.utf8) }
    let dropped = Set(tokenizer.bytesWithoutToken)
    #expect(bytes == golden.text.utf8.filter { !dropped.contains($0) })
    for token in tokens {
      #expect(!token.label.isEmpty && !token.label.contains("\u{FFFD}"))
      #expect(token.kind == .special || !token.label.contains("Ġ"))
    }
  }

  @Test func partialCharactersShowBytesAndTheCharacterSpan() throws {
    let tokens = try tokens("I ❤️ café 🤗")
    let partial = tokens.filter { $0.kind == .partialCharacter }
    #expect(!partial.isEmpty)
    for token in partial {
      #expect(token.label.contains("⟨") && token.label.contains("⟩"))
    }
    let heart = tokens.filter { $0.span.contains(2) }
    #expect(heart.count >= 2)
    #expect(tokens.contains { $0.label == "␣café" && $0.kind == .normal })
    #expect(tokens.contains { $0.label == "U+FE0F" && $0.span == 3..<4 })
  }

  @Test func splitsDigitsOneByOne() throws {
    let tokens = try tokens("In 2024")
    #expect(tokens.map(\.label) == ["In", "␣", "2", "0", "2", "4"])
  }

  @Test func crlfIsTwoScalarsAndLabelsAreVisible() throws {
    let tokens = try tokens("a\r\nb")
    #expect(tokens.map(\.span) == [0..<1, 1..<2, 2..<3, 3..<4])
    #expect(tokens.map(\.label) == ["a", "␍", "⏎", "b"])
    #expect(try self.tokens("x\u{0}y\u{1B}").map(\.label) == ["x", "␀", "y", "␛"])
  }

  @Test func typedSpecialTokensAreSpecialUnlessLiteral() throws {
    let matched = try tokens("see <|endoftext|> here")
    #expect(matched.contains { $0.id == 0 && $0.kind == .special && $0.span == 4..<17 })
    let literal = try Self.makeTokenizer(literal: true).tokens(in: "see <|endoftext|> here")
    #expect(!literal.contains { $0.kind == .special })
    #expect(literal.count > matched.count)
  }

  @Test(arguments: literalGoldens)
  func literalModeIdsAndSpansMatchTheReference(golden: GoldenCase) throws {
    let tokens = try Self.literal.get().tokens(in: golden.text)
    #expect(tokens.map(\.id) == golden.ids)
    #expect(tokens.map(\.span) == golden.spans)
    #expect(!tokens.contains { $0.kind == .special })
  }

  @Test func literalModeSplitsTheEndOfTextMarkerLikeText() throws {
    var tokenizer = try Self.shared.get()
    #expect(try tokenizer.tokens(in: "see <|endoftext|> here").map(\.id) == [4009, 216, 0, 1535])
    tokenizer.matchesTypedSpecialTokens = false
    let literal = try tokenizer.tokens(in: "see <|endoftext|> here")
    #expect(literal.map(\.id) == [4009, 2067, 108, 486, 1714, 2692, 108, 46, 1535])
    #expect(literal.map(\.label) == ["see", "␣<", "|", "end", "of", "text", "|", ">", "␣here"])
    #expect(tokenizer.name.hasSuffix(" with typed special tokens read as plain text"))
  }

  /// A byte without a token is dropped: its character is listed as removed, in whole (0x04)
  /// or in part (U+50000, whose lead byte 0xF1 has no token).
  @Test func charactersWithATokenlessByteAreListedAsRemoved() throws {
    let tokenizer = try Self.shared.get()
    #expect(tokenizer.removedScalarOffsets(in: "a\u{4}b x\u{50000}y é") == [1, 5])
    #expect(tokenizer.removedScalarOffsets(in: "<|endoftext|> plain") == [])
    #expect(throws: TokenizationError.onlyRemovedCharacters) {
      try tokenizer.tokens(in: "\u{4}\u{4}")
    }
  }

  @Test func longInputGivesAllTokensOrTheLimitError() throws {
    let text = "word" + String(repeating: " word", count: 1099)
    #expect(try tokens(text).count == 1100)
    let metadata = try Self.metadata.get()
    let limited = try ByteLevelBPETokenizer(
      tokens: metadata.stringArrays["tokenizer.ggml.tokens"] ?? [],
      merges: metadata.stringArrays["tokenizer.ggml.merges"] ?? [], maxTokens: 1024)
    #expect(throws: TokenizationError.tooManyTokens(count: 1100, limit: 1024)) {
      try limited.tokens(in: text)
    }
  }
}
