import Foundation
import TestSupport
import Testing

@testable import Tokenization

/// Where the real model files are, and whether tests that need them may run.
///
/// The folder is `ATTNVIZ_MODELS_DIR`, or `models/` at the package root. Tests that need a
/// missing file are disabled with a reason, unless `ATTNVIZ_REQUIRE_MODELS=1`: then they run
/// and fail on the missing file.
enum ModelFiles {
  static var directory: URL { modelsFolder }

  static var areRequired: Bool { modelsAreRequired }

  static var bertVocabulary: URL {
    directory.appendingPathComponent("minilm/vocab.txt")
  }

  /// The first `.gguf` file of `models/smollm2`, by name.
  static var smolLM2: URL? {
    let folder = directory.appendingPathComponent("smollm2")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".gguf") }.sorted().first
      .map { folder.appendingPathComponent($0) }
  }

  static var hasBert: Bool {
    FileManager.default.fileExists(atPath: bertVocabulary.path)
  }

  static var hasSmolLM2: Bool { smolLM2 != nil }

  /// The condition trait of tests that need all-MiniLM-L6-v2's `vocab.txt`.
  static var bertTrait: ConditionTrait {
    .enabled(
      if: hasBert || areRequired,
      Comment(
        rawValue: "needs '\(bertVocabulary.path)'; run the setup script or set "
          + "ATTNVIZ_MODELS_DIR"))
  }

  /// The condition trait of tests that need the SmolLM2 GGUF file.
  static var smolLM2Trait: ConditionTrait {
    .enabled(
      if: hasSmolLM2 || areRequired,
      Comment(
        rawValue: "needs a .gguf file in '\(directory.path)/smollm2'; run the setup script "
          + "or set ATTNVIZ_MODELS_DIR"))
  }

  /// The fixture file `name` of `Tests/Fixtures/tokenization`.
  static func fixture(_ name: String) -> URL {
    packageRoot.appendingPathComponent("Tests/Fixtures/tokenization/\(name)")
  }
}

/// One reference tokenisation: the text, the ids and the offsets in scalars.
struct GoldenCase: Decodable, CustomTestStringConvertible {
  let text: String
  let ids: [Int]
  let offsets: [[Int]]

  var testDescription: String {
    String(text.unicodeScalars.prefix(24).map { $0.escaped(asASCII: true) }.joined())
  }

  /// The offsets as ranges.
  var spans: [Range<Int>] { offsets.map { $0[0]..<$0[1] } }

  /// Reads the cases of a golden file of `Tests/Fixtures/tokenization`.
  static func load(_ name: String) -> [GoldenCase] {
    struct Document: Decodable { let cases: [GoldenCase] }
    guard let data = try? Data(contentsOf: ModelFiles.fixture(name)),
      let document = try? JSONDecoder().decode(Document.self, from: data)
    else { return [] }
    return document.cases
  }
}
