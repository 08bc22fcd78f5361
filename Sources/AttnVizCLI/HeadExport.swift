import AttentionEngine
import Foundation
import ModelFormats

/// The traced head's numbers at full float32 precision, as NumPy `.npy` files beside the
/// pages, which round every number to a stated count of decimals.
///
/// Both arrays are query × key (rows are queries, columns keys), in token order: the weights
/// (a masked key holds its true weight, 0) and the scaled scores q·k/√d (a masked key holds
/// −∞, the value softmax gives no weight). `numpy.load` reads them as they are.
enum HeadExport {
  /// `data/weights-layer1-head1.npy`, relative to the text's folder.
  static func weightsPath(layer: Int, head: Int) -> String {
    "data/weights-layer\(layer + 1)-head\(head + 1).npy"
  }

  /// `data/scaled-scores-layer1-head1.npy`, relative to the text's folder.
  static func scaledScoresPath(layer: Int, head: Int) -> String {
    "data/scaled-scores-layer\(layer + 1)-head\(head + 1).npy"
  }

  /// The two files of head `head` of layer `layer` (0-based), inside `folder`.
  static func files(of trace: AttentionTrace, layer: Int, head: Int, folder: String)
    -> [OutputFile]
  {
    let h = trace.head(layer: layer, head: head)
    let n = h.tokenCount
    var weights = [Float](repeating: 0, count: n * n)
    var scaled = [Float](repeating: -.infinity, count: n * n)
    for query in 0..<n {
      for key in 0..<n where h.isVisible(queryIndex: query, keyIndex: key) {
        weights[query * n + key] = h.weights[query, key]
        scaled[query * n + key] = h.scaledScore(queryIndex: query, keyIndex: key)
      }
    }
    return [
      (weightsPath(layer: layer, head: head), weights),
      (scaledScoresPath(layer: layer, head: head), scaled),
    ].map { path, values in
      OutputFile(
        path: folder + "/" + path,
        bytes: Data(NpyArray(shape: [n, n], values: values).encoded()))
    }
  }
}
