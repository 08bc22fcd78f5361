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
    let weights = softmaxRows(of: scores, scaledBy: scale, visibility: visibility)
    let outputs = weights.multiplied(by: values, backend: backend)

    return HeadTrace(
      queries: queries, keys: keys, values: values, scores: scores, visibility: visibility,
      weights: weights, outputs: outputs, keyValueHead: keyValueHead)
  }

  /// The softmax of each row of `scale · logits` over its visible entries.
  ///
  /// Subtracts the row's largest visible value before `exp`, so large logits cannot overflow
  /// and adding a constant to a row changes nothing. Masked entries are exactly 0; a row
  /// with no visible entry is all zeros. Visible entries of any other row sum to 1 within
  /// 1e-6. Entries that are `-inf` count as masked.
  public static func softmaxRows(
    of logits: Matrix, scaledBy scale: Float = 1, visibility: [Bool]
  ) -> Matrix {
    precondition(visibility.count == logits.values.count, "one visibility flag per entry")
    var weights = Matrix(rows: logits.rows, columns: logits.columns)
    let width = logits.columns
    logits.values.withUnsafeBufferPointer { input in
      visibility.withUnsafeBufferPointer { visible in
        weights.values.withUnsafeMutableBufferPointer { output in
          for row in 0..<logits.rows {
            let start = row * width
            softmaxRow(
              UnsafeBufferPointer(rebasing: input[start..<start + width]),
              UnsafeBufferPointer(rebasing: visible[start..<start + width]),
              UnsafeMutableBufferPointer(rebasing: output[start..<start + width]), scale)
          }
        }
      }
    }
    return weights
  }

  /// One row of `softmaxRows`, written into `output` (which starts as zeros).
  private static func softmaxRow(
    _ logits: UnsafeBufferPointer<Float>, _ visible: UnsafeBufferPointer<Bool>,
    _ output: UnsafeMutableBufferPointer<Float>, _ scale: Float
  ) {
    var largest = -Float.infinity
    for j in 0..<logits.count where visible[j] && logits[j] > largest {
      largest = logits[j]
    }
    guard largest > -Float.infinity else { return }  // no visible key: all zeros

    // exp((logit − largest) · scale) for every entry, eight at a time, then masked entries
    // (and −∞ logits) set to exactly 0 before the row is summed and normalised.
    let count = logits.count
    var j = 0
    let input = UnsafeRawPointer(logits.baseAddress!)
    let result = UnsafeMutableRawPointer(output.baseAddress!)
    let stride = MemoryLayout<Float>.stride
    while j + 8 <= count {
      let chunk = input.loadUnaligned(fromByteOffset: j * stride, as: SIMD8<Float>.self)
      let e = FastExponential.exp((chunk - largest) * scale)
      result.storeBytes(of: e, toByteOffset: j * stride, as: SIMD8<Float>.self)
      j += 8
    }
    if j < count {
      var chunk = SIMD8<Float>(repeating: -.infinity)
      for lane in 0..<(count - j) { chunk[lane] = logits[j + lane] }
      let e = FastExponential.exp((chunk - largest) * scale)
      for lane in 0..<(count - j) { output[j + lane] = e[lane] }
    }

    var total: Float = 0
    for j in 0..<count {
      if visible[j] && logits[j] > -Float.infinity {
        total += output[j]
      } else {
        output[j] = 0
      }
    }
    let inverse = 1 / total
    for j in 0..<count { output[j] *= inverse }
  }
}
