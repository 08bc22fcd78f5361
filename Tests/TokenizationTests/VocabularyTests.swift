import Foundation
import Testing

@testable import Tokenization

struct VocabularyTests {
  @Test func teachingWordsStartWithTheSpecialPieces() throws {
    let vocabulary = try Vocabulary.teachingWords()
    #expect(Array(vocabulary.pieces.prefix(3)) == ["[PAD]", "[UNK]", "[BOS]"])
    #expect(vocabulary.unknownID == Vocabulary.teachingUnknownID)
    #expect(vocabulary.count > 2_000)
    #expect(Set(vocabulary.pieces).count == vocabulary.count)
    for word in ["the", "animal", "street", "tired", "n't", "'s", "."] {
      #expect(vocabulary.id(for: word) != nil, "missing '\(word)'")
    }
  }

  @Test func piecesCompareByScalarsNotCanonicalEquivalence() throws {
    let vocabulary = try Vocabulary(pieces: ["[UNK]", "caf\u{E9}", "cafe\u{301}"])
    #expect(vocabulary.id(for: "caf\u{E9}") == 1)
    #expect(vocabulary.id(for: "cafe\u{301}") == 2)
    #expect(vocabulary.idOrUnknown(for: "tea") == 0)
    #expect(vocabulary.piece(for: 2) == "cafe\u{301}" && vocabulary.piece(for: 3) == nil)
  }

  @Test func missingUnknownPieceIsAnInvalidVocabulary() {
    #expect(throws: TokenizationError.self) { try Vocabulary(pieces: ["a", "b"]) }
  }

  @Test func fileLinesBecomeIdsInOrder() throws {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("attnviz-vocab-\(UUID().uuidString).txt")
    try "[PAD]\r\n[UNK]\nhello\n".write(to: url, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: url) }
    let vocabulary = try Vocabulary(contentsOf: url)
    #expect(vocabulary.pieces == ["[PAD]", "[UNK]", "hello"])
  }
}
