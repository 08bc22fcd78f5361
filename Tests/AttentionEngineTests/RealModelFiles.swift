import Foundation
import ModelFormats
import TestSupport
import Testing

/// Where the real models' weights and the numpy goldens are.
///
/// The folder is `ATTNVIZ_MODELS_DIR`, or `models/` at the package root. The weights come from
/// `bash scripts/setup-models.sh`, the goldens from `python3 reference/make_goldens.py`. Tests
/// that need a missing file are disabled with a reason, unless `ATTNVIZ_REQUIRE_MODELS=1`:
/// then they run and fail on it.
enum RealModelFiles {
  static var directory: URL { modelsFolder }

  static var areRequired: Bool { modelsAreRequired }

  static var goldens: URL { directory.appendingPathComponent("goldens") }
  static var goldenIndex: URL { goldens.appendingPathComponent("index.json") }
  static var hasGoldens: Bool { FileManager.default.fileExists(atPath: goldenIndex.path) }

  /// The golden sentences of `model`, or none when the index is absent.
  static func sentences(of model: String) -> [GoldenSentence] {
    guard let data = try? Data(contentsOf: goldenIndex),
      let index = try? JSONDecoder().decode(GoldenIndex.self, from: data)
    else { return [] }
    return index.models[model]?.sentences ?? []
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
    let url = RealModelFiles.goldens.appendingPathComponent("\(folder)/\(name).npy")
    return try NpyArray(contentsOf: url.path)
  }
}
