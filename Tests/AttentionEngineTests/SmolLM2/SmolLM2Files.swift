import AttentionEngine
import Foundation
import ModelFormats
import Testing

/// Where the SmolLM2 weights and the numpy goldens are, and the model loaded once.
///
/// The folder is `ATTNVIZ_MODELS_DIR`, or `models/` at the package root. Tests that need a
/// missing file are disabled with a reason, unless `ATTNVIZ_REQUIRE_MODELS=1`: then they
/// run and fail on the missing file.
enum SmolLM2Files {
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static var directory: URL {
    if let path = ProcessInfo.processInfo.environment["ATTNVIZ_MODELS_DIR"], !path.isEmpty {
      return URL(fileURLWithPath: path)
    }
    return packageRoot.appendingPathComponent("models")
  }

  static var areRequired: Bool {
    ProcessInfo.processInfo.environment["ATTNVIZ_REQUIRE_MODELS"] == "1"
  }

  static var modelFolder: URL { directory.appendingPathComponent("smollm2") }
  static var goldenIndex: URL { directory.appendingPathComponent("goldens/index.json") }

  static var hasModel: Bool { (try? SmolLM2Model.weightsFile(in: modelFolder)) != nil }
  static var hasGoldens: Bool {
    FileManager.default.fileExists(atPath: goldenIndex.path)
  }

  /// The condition of tests that need the GGUF file.
  static var modelTrait: ConditionTrait {
    .enabled(
      if: hasModel || areRequired,
      Comment(
        rawValue: "needs a .gguf file in '\(modelFolder.path)'; run 'bash "
          + "scripts/setup-models.sh' or set ATTNVIZ_MODELS_DIR"))
  }

  /// The condition of tests that need the GGUF file and the numpy goldens.
  static var goldenTrait: ConditionTrait {
    .enabled(
      if: (hasModel && hasGoldens) || areRequired,
      Comment(
        rawValue: "needs '\(goldenIndex.path)' and the SmolLM2 weights; run "
          + "'python3 reference/make_goldens.py' after the setup script"))
  }

  /// The model, loaded (and dequantised) once for every test.
  static let model: Result<SmolLM2Model, any Error> = Result {
    try SmolLM2Model.load(from: modelFolder)
  }

  /// The golden sentences of SmolLM2, or none when the index is absent.
  static var sentences: [GoldenSentence] {
    guard let data = try? Data(contentsOf: goldenIndex),
      let index = try? JSONDecoder().decode(GoldenIndex.self, from: data)
    else { return [] }
    return index.models["smollm2"]?.sentences ?? []
  }
}

/// The part of `models/goldens/index.json` the tests read.
struct GoldenIndex: Decodable {
  struct Model: Decodable {
    let sentences: [GoldenSentence]
  }
  let models: [String: Model]
}

/// One reference sentence: its text, token ids and the folder of its `.npy` arrays.
struct GoldenSentence: Decodable, Sendable, CustomTestStringConvertible {
  let name: String
  let text: String
  let ids: [Int]
  let folder: String

  var testDescription: String { name }

  /// The float32 array `name` (such as `weights`, shaped layer × head × n × n).
  func array(_ name: String) throws -> NpyArray {
    let url = SmolLM2Files.directory
      .appendingPathComponent("goldens/\(folder)/\(name).npy")
    return try NpyArray(contentsOf: url.path)
  }
}
