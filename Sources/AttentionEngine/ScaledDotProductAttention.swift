import Foundation

/// The attention computation every model in attnviz shares, recording every intermediate.
///
/// For queries `Q`, keys `K` and values `V` (each `n × d`):
/// `scores = Q·Kᵀ`, `scaled = scores / √d`, `weights = softmax(scaled)` over each row's
/// visible keys, `outputs = weights · V`.
public enum ScaledDotProductAttention {
  /// Runs attention for one head and returns its full trace.
  ///
  /// - Parameters:
  ///   - queries: `n × d`, one row per query position.
  ///   - keys: `n × d`, one row per key position.
  ///   - values: `n × d`, one row per key position.
  ///   - visibility: `n × n` row-major; `true` where query `i` may see key `j`.
  ///   - keyValueHead: which shared key/value head `keys` and `values` came from.
  ///   - backend: how matrix products are computed.
  /// - Returns: a trace whose masked weights are exactly 0 and whose fully masked rows are
  ///   all zeros (with a zero output vector), never NaN.
  ///
  /// Cost: `O(n² · d)`.
  public static func run(
    queries: Matrix, keys: Matrix, values: Matrix, visibility: [Bool],
    keyValueHead: Int, backend: ProductBackend = .blas
  ) -> HeadTrace {
    let n = queries.rows
    precondition(keys.rows == n && values.rows == n, "one key and value per query")
    precondition(visibility.count == n * n, "visibility is n × n")

    let scores = queries.multiplied(by: keys, transposingOther: true, backend: backend)
    let scale = 1 / Float(queries.columns).squareRoot()
    let scaled = scores.scaled(by: scale)
    let weights = softmaxRows(of: scaled, visibility: visibility)
    let outputs = weights.multiplied(by: values, backend: backend)

    return HeadTrace(
      queries: queries, keys: keys, values: values, scores: scores, scaledScores: scaled,
      visibility: visibility, weights: weights, outputs: outputs, keyValueHead: keyValueHead)
  }

  /// The softmax of each row over its visible entries.
  ///
  /// Subtracts the row's largest visible value before `exp`, so large logits cannot overflow
  /// and adding a constant to a row changes nothing. Masked entries are exactly 0; a row
  /// with no visible entry is all zeros. Visible entries of any other row sum to 1 within
  /// 1e-6. Entries that are `-inf` count as masked.
  public static func softmaxRows(of logits: Matrix, visibility: [Bool]) -> Matrix {
    var weights = Matrix(rows: logits.rows, columns: logits.columns)
    for i in 0..<logits.rows {
      let visible = (0..<logits.columns).filter {
        visibility[i * logits.columns + $0] && logits[i, $0] > -Float.infinity
      }
      guard let largest = visible.map({ logits[i, $0] }).max() else { continue }
      var total: Float = 0
      for j in visible {
        let e = Foundation.exp(logits[i, j] - largest)
        weights[i, j] = e
        total += e
      }
      for j in visible { weights[i, j] /= total }
    }
    return weights
  }
}
