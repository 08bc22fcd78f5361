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
  static var directory: URL { RealModelFiles.directory }
  static var areRequired: Bool { RealModelFiles.areRequired }

  static var modelFolder: URL { directory.appendingPathComponent("smollm2") }
  static var goldenIndex: URL { RealModelFiles.goldenIndex }

  static var hasModel: Bool { (try? SmolLM2Model.weightsFile(in: modelFolder)) != nil }
  static var hasGoldens: Bool { RealModelFiles.hasGoldens }

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
  static var sentences: [GoldenSentence] { RealModelFiles.sentences(of: "smollm2") }
}
