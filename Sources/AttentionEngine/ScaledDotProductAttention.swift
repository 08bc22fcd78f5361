import CBLAS

/// The attention computation every model in attnviz shares, recording every intermediate.
///
/// For queries `Q`, keys `K` and values `V` (each `n × d`):
/// `scores = Q·Kᵀ`, `scaled = scores / √d`, `weights = softmax(scaled)` over each row's
/// visible keys, `outputs = weights · V`.
public enum ScaledDotProductAttention {
  /// Query rows computed together on the BLAS path: their scores (64 × n floats, 512 KiB
  /// at 2,048 keys) stay in the processor's cache between the product and the softmax.
  static let blockRows = 64

  /// Runs attention for one head and returns its full trace.
  ///
  /// - Parameters:
  ///   - queries: `n × d`, one row per query position.
  ///   - keys: `n × d`, one row per key position.
  ///   - values: `n × d_v`, one row per key position.
  ///   - visibility: `n × n` row-major; `true` where query `i` may see key `j`.
  ///   - keyValueHead: which shared key/value head `keys` and `values` came from.
  ///   - backend: how matrix products are computed.
  /// - Returns: a trace whose masked weights are exactly 0 and whose fully masked rows are
  ///   all zeros (with a zero output vector), never NaN. Its raw scores are computed from
  ///   the queries and keys when first read (see `HeadTrace.scores`).
  ///
  /// With `.blas`, rows are taken in blocks and each block's product stops at the last key
  /// any of its rows can see, so a causal mask skips about half of both products; the
  /// skipped entries are masked and their weights are exact zeros (long stretches of them
  /// are zeroed through `ZeroFill`, which leaves their pages unbacked).
  ///
  /// Cost: `O(n² · d)`.
  public static func run(
    queries: Matrix, keys: Matrix, values: Matrix, visibility: [Bool],
    keyValueHead: Int, backend: ProductBackend = .blas
  ) -> HeadTrace {
    let n = queries.rows
    precondition(keys.rows == n && values.rows == n, "one key and value per query")
    precondition(keys.columns == queries.columns, "queries and keys have one width")
    precondition(visibility.count == n * n, "visibility is n × n")

    let scale = 1 / Float(queries.columns).squareRoot()
    let (weights, outputs) =
      backend == .blas && n > 0 && queries.columns > 0 && values.columns > 0
      ? blockedPass(queries, keys, values, visibility, scale)
      : plainPass(queries, keys, values, visibility, scale, backend)
    return HeadTrace(
      queries: queries, keys: keys, values: values, visibility: visibility,
      weights: weights, outputs: outputs, keyValueHead: keyValueHead, scoreBackend: backend)
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
    var weights = logits
    softmaxRowsInPlace(&weights, scale: scale, visibility: visibility)
    return weights
  }

  /// Replaces each row of `matrix` (logits) by its softmax; see `softmaxRows`.
  static func softmaxRowsInPlace(_ matrix: inout Matrix, scale: Float, visibility: [Bool]) {
    let width = matrix.columns
    let rows = matrix.rows
    matrix.values.withUnsafeMutableBufferPointer { values in
      visibility.withUnsafeBufferPointer { visible in
        for row in 0..<rows {
          SoftmaxRow.normalize(
            values.baseAddress! + row * width, visible: visible.baseAddress! + row * width,
            count: width, scale: scale)
        }
      }
    }
  }

  /// Scores, softmax and weighted sum in the plain order: one product for all scores, the
  /// softmax over whole rows, one product for the outputs (bit-reproducible with
  /// `.reference`).
  private static func plainPass(
    _ queries: Matrix, _ keys: Matrix, _ values: Matrix, _ visibility: [Bool],
    _ scale: Float, _ backend: ProductBackend
  ) -> (Matrix, Matrix) {
    var weights = queries.multiplied(by: keys, transposingOther: true, backend: backend)
    softmaxRowsInPlace(&weights, scale: scale, visibility: visibility)
    return (weights, weights.multiplied(by: values, backend: backend))
  }

  /// The BLAS pass, `blockRows` query rows at a time; the weights are written in place of
  /// the scores, so no separate `n × n` score matrix is allocated.
  private static func blockedPass(
    _ queries: Matrix, _ keys: Matrix, _ values: Matrix, _ visibility: [Bool],
    _ scale: Float
  ) -> (Matrix, Matrix) {
    let n = queries.rows
    let d = queries.columns
    let dv = values.columns
    var outputs = [Float](repeating: 0, count: n * dv)
    let weights = [Float](unsafeUninitializedCapacity: n * n) { w, initialized in
      queries.values.withUnsafeBufferPointer { q in
        keys.values.withUnsafeBufferPointer { k in
          values.values.withUnsafeBufferPointer { v in
            visibility.withUnsafeBufferPointer { visible in
              outputs.withUnsafeMutableBufferPointer { out in
                for start in stride(from: 0, to: n, by: blockRows) {
                  let block = Block(
                    start: start, end: min(n, start + blockRows), n: n, d: d, dv: dv,
                    visible: visible.baseAddress!)
                  block.run(
                    q: q.baseAddress!, k: k.baseAddress!, v: v.baseAddress!,
                    weights: w.baseAddress!, outputs: out.baseAddress!, scale: scale)
                }
              }
            }
          }
        }
      }
      initialized = n * n
    }
    return (
      Matrix(rows: n, columns: n, values: weights), Matrix(rows: n, columns: dv, values: outputs)
    )
  }
}

/// Query rows `start..<end` of the BLAS pass.
private struct Block {
  let start: Int
  let end: Int
  let n: Int
  let d: Int
  let dv: Int
  let visible: UnsafePointer<Bool>

  /// Scores against the keys up to the block's last visible one, the softmax of each row in
  /// place, zeros for the keys past it, then the weighted sum of those keys' values.
  func run(
    q: UnsafePointer<Float>, k: UnsafePointer<Float>, v: UnsafePointer<Float>,
    weights: UnsafeMutablePointer<Float>, outputs: UnsafeMutablePointer<Float>, scale: Float
  ) {
    let rows = end - start
    let extent = (start..<end).reduce(0) { max($0, visibleExtent(row: $1)) }
    let first = weights + start * n
    if extent > 0 {
      cblas_sgemm(
        CblasRowMajor, CblasNoTrans, CblasTrans, blasint(rows), blasint(extent), blasint(d),
        1, q + start * d, blasint(d), k, blasint(d), 0, first, blasint(n))
    }
    for row in 0..<rows {
      let values = first + row * n
      SoftmaxRow.normalize(
        values, visible: visible + (start + row) * n, count: extent, scale: scale)
      ZeroFill.zero(values + extent, count: n - extent)
    }
    if extent > 0 {
      cblas_sgemm(
        CblasRowMajor, CblasNoTrans, CblasNoTrans, blasint(rows), blasint(dv),
        blasint(extent), 1, first, blasint(n), v, blasint(dv), 0, outputs + start * dv,
        blasint(dv))
    }
  }

  /// One past the last key query `row` may see (0 when it sees none).
  private func visibleExtent(row: Int) -> Int {
    let flags = UnsafeRawPointer(visible + row * n)
    var end = n
    while end >= 32 {
      let chunk = flags.loadUnaligned(fromByteOffset: end - 32, as: SIMD32<UInt8>.self)
      if chunk != SIMD32(repeating: 0) { break }
      end -= 32
    }
    while end > 0 && !visible[row * n + end - 1] { end -= 1 }
    return end
  }
}
