import Foundation
import TestSupport

/// Reference slices of the real model files, written by scripts/reference/dump_tensors.py
/// from the Python `gguf` and `safetensors` packages.
struct ModelSlices: Decodable {
  /// One row slice of a tensor, with whole-tensor sums in float64.
  struct Slice: Decodable {
    var name: String
    var type: String
    var shape: [Int]
    var row: Int
    var columns: [Int]
    var values: [Double]
    var sum: Double
    var sumOfSquares: Double

    /// The positions of `values` in the flattened row-major tensor.
    var flatRange: Range<Int> {
      let rowStart = row * shape.last!
      return (rowStart + columns[0])..<(rowStart + columns[1])
    }
  }

  /// A metadata value as JSON gives it: text or a number.
  enum Scalar: Decodable {
    case text(String)
    case number(Double)

    init(from decoder: any Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let text = try? container.decode(String.self) {
        self = .text(text)
      } else {
        self = .number(try container.decode(Double.self))
      }
    }
  }

  struct GGUFSection: Decodable {
    var file: String
    var tensorCount: Int
    var dataOffset: Int
    var vocabularySize: Int
    var mergeCount: Int
    var metadata: [String: Scalar]
    var tensors: [Slice]
  }

  struct SafetensorsSection: Decodable {
    var file: String
    var tensorCount: Int
    var tensors: [Slice]
  }

  var gguf: GGUFSection
  var safetensors: SafetensorsSection

  /// Loads Tests/Fixtures/formats/model-slices.json.
  static func load() throws -> ModelSlices {
    let url =
      packageRoot
      .appendingPathComponent("Tests/Fixtures/formats/model-slices.json")
    return try JSONDecoder().decode(ModelSlices.self, from: Data(contentsOf: url))
  }
}
