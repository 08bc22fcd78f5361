import Foundation

/// A bijection between vocabulary pieces and ids, with the id that stands for unknown pieces.
///
/// Pieces are compared scalar by scalar, not by Swift's canonical equivalence, so `é` and
/// `e` + U+0301 are different pieces here; callers that want them equal normalise first.
/// When a piece occurs twice, the first id wins; every id still maps back to its own piece.
public struct Vocabulary: Sendable {
  /// The pieces in id order: `pieces[id]` is the piece of `id`.
  public let pieces: [String]
  /// The id used for a piece the vocabulary does not hold.
  public let unknownID: Int
  private let ids: [PieceKey: Int]

  /// Creates a vocabulary from pieces in id order.
  ///
  /// - Throws: `TokenizationError.invalidVocabulary` when `unknownPiece` is not among them.
  ///
  /// `sourceName` names the vocabulary in error messages (a path, or a description).
  public init(
    pieces: [String], unknownPiece: String = "[UNK]", sourceName: String = "in memory"
  ) throws {
    var ids: [PieceKey: Int] = [:]
    ids.reserveCapacity(pieces.count)
    for (id, piece) in pieces.enumerated() where ids[PieceKey(piece)] == nil {
      ids[PieceKey(piece)] = id
    }
    guard let unknownID = ids[PieceKey(unknownPiece)] else {
      throw TokenizationError.invalidVocabulary(
        path: sourceName, reason: "it has no unknown piece '\(unknownPiece)'")
    }
    self.pieces = pieces
    self.unknownID = unknownID
    self.ids = ids
  }

  /// Reads a vocabulary file with one piece per line, ids counted from 0 (BERT `vocab.txt`).
  ///
  /// A final line break is optional; `\r\n` line ends are accepted.
  /// - Throws: `TokenizationError.invalidVocabulary` when the file cannot be read or lacks
  ///   `unknownPiece`.
  public init(contentsOf url: URL, unknownPiece: String = "[UNK]") throws {
    guard FileManager.default.fileExists(atPath: url.path) else {
      throw TokenizationError.invalidVocabulary(path: url.path, reason: "it does not exist")
    }
    let text: String
    do {
      text = try String(contentsOf: url, encoding: .utf8)
    } catch {
      throw TokenizationError.invalidVocabulary(
        path: url.path, reason: "it could not be read as UTF-8 text")
    }
    try self.init(
      pieces: Self.lines(of: text), unknownPiece: unknownPiece, sourceName: url.path)
  }

  /// The number of ids.
  public var count: Int { pieces.count }

  /// The id of `piece`, or `nil` when the vocabulary does not hold it.
  public func id(for piece: String) -> Int? {
    ids[PieceKey(piece)]
  }

  /// The id of `piece`, or `unknownID`.
  public func idOrUnknown(for piece: String) -> Int {
    id(for: piece) ?? unknownID
  }

  /// The piece of `id`, or `nil` when `id` is out of range.
  public func piece(for id: Int) -> String? {
    pieces.indices.contains(id) ? pieces[id] : nil
  }

  /// Splits file text into lines without the line ends, dropping one empty final line.
  static func lines(of text: String) -> [String] {
    var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
      .map { line -> String in
        var view = String.UnicodeScalarView(line)
        if view.last == "\r" { view.removeLast() }
        return String(view)
      }
    if lines.last == "" { lines.removeLast() }
    return lines
  }
}

/// A dictionary key that compares strings by their UTF-8 bytes, not canonical equivalence.
struct PieceKey: Hashable, Sendable {
  let text: String

  init(_ text: String) { self.text = text }

  static func == (lhs: PieceKey, rhs: PieceKey) -> Bool {
    lhs.text.utf8.elementsEqual(rhs.text.utf8)
  }

  func hash(into hasher: inout Hasher) {
    var copy = text
    copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }
}
