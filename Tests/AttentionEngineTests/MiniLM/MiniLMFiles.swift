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
  static var modelFolder: URL { RealModelFiles.directory.appendingPathComponent("minilm") }
  static var goldens: URL { RealModelFiles.goldens }
  static var areRequired: Bool { RealModelFiles.areRequired }

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
  static let sentences = RealModelFiles.sentences(of: "minilm")
}
