import AttentionEngine
import Foundation
import ModelFormats
import Testing

/// Where all-MiniLM-L6-v2 and its numpy goldens are, and whether tests that need them run.
///
/// The folder is `ATTNVIZ_MODELS_DIR`, or `models/` at the package root. The weights come
/// from `bash scripts/setup-models.sh`, the goldens from `python3 reference/make_goldens.py`.
/// Tests that need a missing file are disabled with a reason, unless
/// `ATTNVIZ_REQUIRE_MODELS=1`: then they run and fail on it.
enum MiniLMFiles {
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static var directory: URL {
    let environment = ProcessInfo.processInfo.environment
    if let path = environment["ATTNVIZ_MODELS_DIR"], !path.isEmpty {
      return URL(fileURLWithPath: path)
    }
    return packageRoot.appendingPathComponent("models")
  }

  static var modelFolder: URL { directory.appendingPathComponent("minilm") }
  static var goldens: URL { directory.appendingPathComponent("goldens") }

  static var areRequired: Bool {
    ProcessInfo.processInfo.environment["ATTNVIZ_REQUIRE_MODELS"] == "1"
  }

  static func exists(_ url: URL) -> Bool {
    FileManager.default.fileExists(atPath: url.path)
  }

  /// The condition of tests that need the weights.
  static var modelTrait: ConditionTrait {
    .enabled(
      if: areRequired || exists(modelFolder.appendingPathComponent("model.safetensors")),
      Comment(
        rawValue: "needs '\(modelFolder.path)'; run 'bash scripts/setup-models.sh' or set "
          + "ATTNVIZ_MODELS_DIR"))
  }

  /// The condition of tests that need the weights and the numpy goldens.
  static var goldenTrait: ConditionTrait {
    .enabled(
      if: areRequired
        || (exists(modelFolder.appendingPathComponent("model.safetensors"))
          && exists(goldens.appendingPathComponent("index.json"))),
      Comment(
        rawValue: "needs '\(goldens.path)/index.json'; run 'python3 reference/make_goldens.py' "
          + "after 'bash scripts/setup-models.sh'"))
  }

  /// The model, loaded once for every test.
  static let model = Result { try MiniLMModel.load(from: modelFolder) }

  /// The sentences of the goldens, or none when the index is missing (the trait then
  /// disables the tests, or `ATTNVIZ_REQUIRE_MODELS` makes the empty list fail).
  static let sentences: [GoldenSentence] = {
    struct Index: Decodable {
      struct Model: Decodable { let sentences: [GoldenSentence] }
      let models: [String: Model]
    }
    let url = goldens.appendingPathComponent("index.json")
    guard let data = try? Data(contentsOf: url),
      let index = try? JSONDecoder().decode(Index.self, from: data)
    else { return [] }
    return index.models["minilm"]?.sentences ?? []
  }()
}

/// One sentence of the goldens: its text, the reference token ids and its array folder.
struct GoldenSentence: Decodable, Sendable, CustomTestStringConvertible {
  let name: String
  let text: String
  let ids: [Int]
  let folder: String

  var testDescription: String { name }

  /// The golden array `name` (such as `weights`, shape `layer × head × n × n`).
  func array(_ name: String) throws -> NpyArray {
    let url = MiniLMFiles.goldens.appendingPathComponent("\(folder)/\(name).npy")
    return try NpyArray(contentsOf: url.path)
  }
}
