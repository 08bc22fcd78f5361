import ModelFormats

/// The weights of one post-LayerNorm BERT encoder layer.
struct MiniLMLayerWeights: Sendable {
  /// Query, key and value projections stacked: rows `0..<w` are the query weights, then the
  /// key and value weights, so one product gives `n × 3w` with `[Q | K | V]` per row.
  var queryKeyValue: LinearLayer
  /// The output projection `W_O` over the concatenated heads.
  var attentionOutput: LinearLayer
  /// The LayerNorm after the attention residual.
  var attentionNorm: LayerNorm
  /// The first feed-forward projection, `width → intermediate`.
  var intermediate: LinearLayer
  /// The second feed-forward projection, `intermediate → width`.
  var output: LinearLayer
  /// The LayerNorm after the feed-forward residual.
  var outputNorm: LayerNorm
}

/// Every tensor all-MiniLM-L6-v2 uses, checked against the configuration's sizes.
struct MiniLMWeights: Sendable {
  /// The word table, `vocabulary × width`.
  var wordEmbeddings: Matrix
  /// The position table with token type 0's row already added, `positions × width`.
  var positionEmbeddings: Matrix
  /// The LayerNorm over the summed embeddings.
  var embeddingNorm: LayerNorm
  /// The encoder layers, in order.
  var layers: [MiniLMLayerWeights]

  /// Reads the tensors of `file` (Hugging Face `BertModel` names, without a `bert.` prefix).
  ///
  /// - Throws: `ModelFormatError` when a tensor is missing or unreadable, and
  ///   `EngineError.invalidConfiguration` when its shape disagrees with `configuration`.
  init(file: SafetensorsFile, configuration c: MiniLMConfiguration) throws {
    let reader = TensorReader(file: file)
    let e = "embeddings."
    wordEmbeddings = try reader.matrix(
      e + "word_embeddings.weight", rows: c.vocabularySize, columns: c.hiddenSize)
    let positions = try reader.matrix(
      e + "position_embeddings.weight", rows: c.positionCount, columns: c.hiddenSize)
    let types = try reader.matrix(
      e + "token_type_embeddings.weight", rows: nil, columns: c.hiddenSize)
    positionEmbeddings = positions.addingToEveryRow(types.row(0))
    embeddingNorm = try reader.layerNorm(e + "LayerNorm", configuration: c)
    layers = try (0..<c.layerCount).map { index in
      try reader.layer("encoder.layer.\(index).", configuration: c)
    }
  }
}

/// Reads named tensors and checks their shapes.
private struct TensorReader {
  let file: SafetensorsFile

  func matrix(_ name: String, rows: Int?, columns: Int) throws -> Matrix {
    let (shape, values) = try file.floats(named: name)
    guard shape.count == 2, rows == nil || shape[0] == rows, shape[1] == columns,
      shape[0] > 0
    else {
      throw mismatch(name, shape: shape, expected: [rows ?? 1, columns])
    }
    return Matrix(rows: shape[0], columns: columns, values: values)
  }

  func vector(_ name: String, count: Int) throws -> [Float] {
    let (shape, values) = try file.floats(named: name)
    guard shape == [count] else { throw mismatch(name, shape: shape, expected: [count]) }
    return values
  }

  func linear(_ prefix: String, outputs: Int, inputs: Int) throws -> LinearLayer {
    LinearLayer(
      weight: try matrix(prefix + ".weight", rows: outputs, columns: inputs),
      bias: try vector(prefix + ".bias", count: outputs))
  }

  func layerNorm(_ prefix: String, configuration: MiniLMConfiguration) throws -> LayerNorm {
    let width = configuration.hiddenSize
    return LayerNorm(
      weight: try vector(prefix + ".weight", count: width),
      bias: try vector(prefix + ".bias", count: width),
      epsilon: configuration.layerNormEpsilon)
  }

  func layer(_ p: String, configuration c: MiniLMConfiguration) throws -> MiniLMLayerWeights {
    let w = c.hiddenSize
    let projections = try ["query", "key", "value"].map { name in
      try linear(p + "attention.self." + name, outputs: w, inputs: w)
    }
    return MiniLMLayerWeights(
      queryKeyValue: LinearLayer(
        weight: Matrix(
          rows: 3 * w, columns: w, values: projections.flatMap(\.weight.values)),
        bias: projections.flatMap { $0.bias ?? [] }),
      attentionOutput: try linear(p + "attention.output.dense", outputs: w, inputs: w),
      attentionNorm: try layerNorm(p + "attention.output.LayerNorm", configuration: c),
      intermediate: try linear(
        p + "intermediate.dense", outputs: c.intermediateSize, inputs: w),
      output: try linear(p + "output.dense", outputs: w, inputs: c.intermediateSize),
      outputNorm: try layerNorm(p + "output.LayerNorm", configuration: c))
  }

  private func mismatch(_ name: String, shape: [Int], expected: [Int]) -> EngineError {
    .invalidConfiguration(
      "tensor '\(name)' of '\(file.path)' has shape '\(shape)' where the config needs "
        + "'\(expected)'; run 'bash scripts/setup-models.sh' to reinstall matching files")
  }
}

extension Matrix {
  /// The matrix with `vector` added to each row.
  fileprivate func addingToEveryRow(_ vector: [Float]) -> Matrix {
    precondition(vector.count == columns, "one value per column")
    var result = self
    for row in 0..<rows {
      for column in 0..<columns { result[row, column] += vector[column] }
    }
    return result
  }
}
