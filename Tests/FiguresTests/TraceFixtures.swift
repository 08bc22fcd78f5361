import AttentionEngine
import Foundation
import Tokenization

/// Hand-built attention traces for figure tests; the numbers follow the real formulas.
enum TraceFixtures {
  /// A trace of `labels` with one head per layer computed from simple deterministic vectors.
  ///
  /// Queries, keys and values are small sine patterns of the position (entries within
  /// ±1.5), so every value is reproducible; `causal` hides later keys, `fullyMaskedRows`
  /// hides every key of a row; `keyOutlier`, when given, replaces the first entry of the
  /// first key (the scores follow it).
  static func trace(
    labels: [String], headSize: Int = 2, layers: Int = 2, heads: Int = 2,
    causal: Bool = true, fullyMaskedRows: Set<Int> = [], trained: Bool = false,
    kinds: [Int: TokenKind] = [:], keyOutlier: Float? = nil
  ) -> AttentionTrace {
    let tokens = labels.enumerated().map { index, label in
      Token(
        id: index, piece: label, span: index..<index + 1,
        kind: kinds[index] ?? .normal, label: label)
    }
    let layerTraces = (0..<layers).map { layer in
      let headTraces = (0..<heads).map { head in
        headTrace(
          count: labels.count, headSize: headSize, seed: layer * 7 + head * 3 + 1,
          causal: causal, fullyMaskedRows: fullyMaskedRows, keyValueHead: head,
          keyOutlier: keyOutlier)
      }
      let width = headSize * heads
      let zero = Matrix(rows: labels.count, columns: width)
      return LayerTrace(heads: headTraces, attentionOutput: zero, residualAfter: zero)
    }
    let width = headSize * heads
    let model = ModelDescription(
      name: "fixture", displayName: "fixture model (\(layers) layers × \(heads) heads)",
      isTrained: trained, isCausal: causal, positionEncoding: "none")
    let zero = Matrix(rows: labels.count, columns: width)
    return AttentionTrace(
      model: model, tokenizerName: "word-level (fixture)", text: labels.joined(separator: " "),
      tokens: tokens, tokenEmbeddings: zero, positionEmbeddings: nil, layerInput: zero,
      layers: layerTraces)
  }

  /// The labels of the simplest causal example.
  static let catSat = ["The", "cat", "sat", "."]

  private static func pattern(_ count: Int, _ size: Int, _ seed: Int, _ phase: Double) -> Matrix {
    var matrix = Matrix(rows: count, columns: size)
    for row in 0..<count {
      for column in 0..<size {
        let angle = Double(row * 3 + column * 5 + seed) * 0.7 + phase
        matrix[row, column] = Float(sin(angle) * 1.5)
      }
    }
    return matrix
  }

  private static func headTrace(
    count: Int, headSize: Int, seed: Int, causal: Bool, fullyMaskedRows: Set<Int>,
    keyValueHead: Int, keyOutlier: Float?
  ) -> HeadTrace {
    let queries = pattern(count, headSize, seed, 0)
    var keys = pattern(count, headSize, seed, 1.1)
    if let keyOutlier { keys[0, 0] = keyOutlier }
    let values = pattern(count, headSize, seed, 2.3)
    var visibility = [Bool]()
    for query in 0..<count {
      for key in 0..<count {
        visibility.append(!fullyMaskedRows.contains(query) && (!causal || key <= query))
      }
    }
    var scores = Matrix(rows: count, columns: count)
    for query in 0..<count {
      for key in 0..<count {
        scores[query, key] = zip(queries.row(query), keys.row(key)).reduce(0) { $0 + $1.0 * $1.1 }
      }
    }
    let scale = 1 / Float(headSize).squareRoot()
    let scaled = Matrix(rows: count, columns: count, values: scores.values.map { $0 * scale })
    let weights = softmax(scaled, visibility: visibility)
    var outputs = Matrix(rows: count, columns: headSize)
    for query in 0..<count {
      for key in 0..<count {
        for column in 0..<headSize {
          outputs[query, column] += weights[query, key] * values[key, column]
        }
      }
    }
    return HeadTrace(
      queries: queries, keys: keys, values: values, scores: scores, visibility: visibility,
      weights: weights, outputs: outputs, keyValueHead: keyValueHead)
  }

  private static func softmax(_ scaled: Matrix, visibility: [Bool]) -> Matrix {
    var weights = Matrix(rows: scaled.rows, columns: scaled.columns)
    for row in 0..<scaled.rows {
      let visible = (0..<scaled.columns).filter { visibility[row * scaled.columns + $0] }
      guard let peak = visible.map({ scaled[row, $0] }).max() else { continue }
      let exps = visible.map { exp(scaled[row, $0] - peak) }
      let total = exps.reduce(0, +)
      for (key, value) in zip(visible, exps) { weights[row, key] = value / total }
    }
    return weights
  }
}
