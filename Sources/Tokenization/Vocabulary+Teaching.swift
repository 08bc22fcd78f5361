import Foundation

extension Vocabulary {
  /// The id of the padding piece `[PAD]` in both teaching vocabularies.
  public static let teachingPaddingID = 0
  /// The id of the unknown piece `[UNK]` in both teaching vocabularies.
  public static let teachingUnknownID = 1
  /// The id of the begin-of-sequence piece `[BOS]` in both teaching vocabularies.
  public static let teachingBeginID = 2

  /// The word vocabulary of the built-in teaching model, read from the bundled
  /// `teaching-words.txt`.
  ///
  /// Ids: `[PAD]` 0, `[UNK]` 1, `[BOS]` 2, then ASCII and typographic punctuation, the
  /// digits 0–9, the contraction endings (`n't`, `'s`, …) and about 2,700 lower-case
  /// English words written for this project. Each call reads the file.
  /// - Throws: `TokenizationError.invalidVocabulary` when the resource cannot be found.
  public static func teachingWords() throws -> Vocabulary {
    try Vocabulary(contentsOf: try TeachingResources.url(named: "teaching-words.txt"))
  }

  /// The character vocabulary of the built-in teaching model.
  ///
  /// Ids: `[PAD]` 0, `[UNK]` 1, `[BOS]` 2, then the printable ASCII characters U+0020–U+007E
  /// (95 ids, from 3), then the Latin-1 characters U+00A1–U+00FF (95 ids, from 98).
  /// Everything else is unknown. Look up pieces in NFC so `e` + U+0301 finds `é`.
  public static let teachingCharacters: Vocabulary = {
    let specials = ["[PAD]", "[UNK]", "[BOS]"]
    let scalars = Array(0x20...0x7E) + Array(0xA1...0xFF)
    let pieces = specials + scalars.map { String(Unicode.Scalar(UInt8($0))) }
    return try! Vocabulary(pieces: pieces)
  }()
}

/// Finds the resource files of the Tokenization target without trapping when they are absent.
enum TeachingResources {
  /// The name SwiftPM gives the resource bundle of this target.
  static let bundleName = "attnviz_Tokenization.resources"

  /// The URL of the resource `name`.
  ///
  /// Looks beside the main bundle, beside the executable, and in the source tree.
  /// - Throws: `TokenizationError.invalidVocabulary` naming the places searched.
  static func url(named name: String) throws -> URL {
    let candidates = searchDirectories().map { $0.appendingPathComponent(name) }
    if let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) {
      return found
    }
    throw TokenizationError.invalidVocabulary(
      path: name,
      reason: "it is in none of '\(candidates.map(\.path).joined(separator: "', '"))'")
  }

  private static func searchDirectories() -> [URL] {
    var directories = [Bundle.main.bundleURL.appendingPathComponent(bundleName)]
    if let executable = Bundle.main.executableURL {
      directories.append(
        executable.deletingLastPathComponent().appendingPathComponent(bundleName))
    }
    directories.append(
      URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Resources"))
    return directories
  }
}
