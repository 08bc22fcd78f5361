import Foundation
import TestSupport
import Testing

/// Locates the real model files that `scripts/setup-models.sh` installs.
///
/// The folder is `ATTNVIZ_MODELS_DIR` when set, else `models/` at the package root. Tests
/// that need the files are disabled when they are missing, unless `ATTNVIZ_REQUIRE_MODELS`
/// is `1`, in which case they run and fail.
enum ModelFiles {
  static var directory: URL { modelsFolder }

  static let smolLM2 = "smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"
  static let miniLM = "minilm/model.safetensors"

  /// The absolute path of a file inside the models folder.
  static func path(_ relative: String) -> String {
    directory.appendingPathComponent(relative).path
  }

  static var required: Bool { modelsAreRequired }

  static var available: Bool {
    [smolLM2, miniLM].allSatisfy { FileManager.default.fileExists(atPath: path($0)) }
  }

  /// Whether tests that read the real files should run (and then fail if files are missing).
  static var shouldTest: Bool { available || required }

  static let missingComment: Comment =
    "model files missing: run 'scripts/setup-models.sh' or set 'ATTNVIZ_MODELS_DIR'"
}
