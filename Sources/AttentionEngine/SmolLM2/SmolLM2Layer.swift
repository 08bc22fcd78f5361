import ModelFormats

/// The weights of one SmolLM2 decoder layer, dequantised to `Float`.
///
/// Projections keep GGUF's `out × in` row order, so query and key rows are in llama.cpp's
/// permuted order where rotary pairs are adjacent dimensions.
struct SmolLM2Layer: Sendable {
  /// The RMSNorm before attention (`attn_norm`).
  var attentionNorm: RMSNorm
  /// The query projection, `(heads · d) × width` (`attn_q`).
  var query: LinearLayer
  /// The key projection, `(kv heads · d) × width` (`attn_k`).
  var key: LinearLayer
  /// The value projection, `(kv heads · d) × width` (`attn_v`).
  var value: LinearLayer
  /// The output projection, `width × (heads · d)` (`attn_output`).
  var output: LinearLayer
  /// The RMSNorm before the feed-forward block (`ffn_norm`).
  var feedForwardNorm: RMSNorm
  /// The feed-forward block (`ffn_gate`, `ffn_up`, `ffn_down`).
  var feedForward: SwiGLU

  /// Reads layer `index` of `file`, checking every shape against `config`.
  init(index: Int, file: GGUFFile, config: SmolLM2Configuration) throws {
    let reader = SmolLM2TensorReader(file: file, prefix: "blk.\(index).")
    let c = config
    let kvWidth = c.keyValueHeadCount * c.headSize
    attentionNorm = RMSNorm(
      scale: try reader.vector("attn_norm.weight", count: c.width), epsilon: c.rmsEpsilon)
    query = LinearLayer(weight: try reader.matrix("attn_q.weight", c.width, c.width))
    key = LinearLayer(weight: try reader.matrix("attn_k.weight", kvWidth, c.width))
    value = LinearLayer(weight: try reader.matrix("attn_v.weight", kvWidth, c.width))
    output = LinearLayer(weight: try reader.matrix("attn_output.weight", c.width, c.width))
    feedForwardNorm = RMSNorm(
      scale: try reader.vector("ffn_norm.weight", count: c.width), epsilon: c.rmsEpsilon)
    let hidden = c.feedForwardWidth
    feedForward = SwiGLU(
      gate: LinearLayer(weight: try reader.matrix("ffn_gate.weight", hidden, c.width)),
      up: LinearLayer(weight: try reader.matrix("ffn_up.weight", hidden, c.width)),
      down: LinearLayer(weight: try reader.matrix("ffn_down.weight", c.width, hidden)))
  }
}

/// Reads dequantised tensors of one name prefix and checks their shapes.
struct SmolLM2TensorReader {
  let file: GGUFFile
  let prefix: String

  /// The tensor `prefix + name` as a `rows × columns` matrix (GGUF's outermost axis first).
  func matrix(_ name: String, _ rows: Int, _ columns: Int) throws -> Matrix {
    let (shape, values) = try file.floats(named: prefix + name)
    try expect(shape, [rows, columns], name)
    return Matrix(rows: rows, columns: columns, values: values)
  }

  /// The one-axis tensor `prefix + name` of `count` values.
  func vector(_ name: String, count: Int) throws -> [Float] {
    let (shape, values) = try file.floats(named: prefix + name)
    try expect(shape, [count], name)
    return values
  }

  private func expect(_ shape: [Int], _ expected: [Int], _ name: String) throws {
    guard shape == expected else {
      let show = { (s: [Int]) in s.map(String.init).joined(separator: " × ") }
      throw ModelFormatError(
        .invalidShape, path: file.path, tensor: prefix + name,
        detail: "its shape is '\(show(shape))' where the model needs '\(show(expected))'")
    }
  }
}
