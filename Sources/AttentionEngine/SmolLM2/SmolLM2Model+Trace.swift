import Tokenization

extension SmolLM2Model {
  /// Runs the decoder over `tokens` and records every head of every layer.
  ///
  /// Queries and keys are recorded after rotation, in GGUF dimension order; the three query
  /// heads of a group share one keys and one values matrix (the same storage).
  /// `attentionOutput` is after the output projection, before the residual;
  /// `residualAfter` is after the feed-forward block's residual.
  ///
  /// - Throws: `EngineError.noTokens`, `.tooManyPositions` past `positionLimit`, or
  ///   `.invalidConfiguration` for a token id outside the vocabulary.
  public func trace(
    of tokens: [Token], text: String, tokenizerName: String
  ) throws -> AttentionTrace {
    guard !tokens.isEmpty else { throw EngineError.noTokens }
    guard tokens.count <= positionLimit else {
      throw EngineError.tooManyPositions(
        count: tokens.count, limit: positionLimit, model: "smollm2")
    }
    let embeddings = try embeddingRows(tokens.map(\.id))
    let visibility = AttentionMask.causal.visibility(tokenCount: tokens.count)
    let tables = rotary.tables(positionCount: tokens.count)

    var stream = embeddings
    var layerTraces = [LayerTrace]()
    layerTraces.reserveCapacity(layers.count)
    for layer in layers {
      let trace = run(layer, on: stream, visibility: visibility, tables: tables)
      layerTraces.append(trace)
      stream = trace.residualAfter
    }
    return AttentionTrace(
      model: modelDescription, tokenizerName: tokenizerName, text: text, tokens: tokens,
      tokenEmbeddings: embeddings, positionEmbeddings: nil, layerInput: embeddings,
      layers: layerTraces)
  }

  /// The embedding rows of `ids`, `n × width`.
  func embeddingRows(_ ids: [Int]) throws -> Matrix {
    let width = embedding.columns
    var values = [Float]()
    values.reserveCapacity(ids.count * width)
    for id in ids {
      guard (0..<embedding.rows).contains(id) else {
        throw EngineError.invalidConfiguration(
          "token id '\(id)' is outside the vocabulary of '\(embedding.rows)' tokens; "
            + "tokenize the text with the model's own tokenizer")
      }
      values.append(contentsOf: embedding.values[id * width..<(id + 1) * width])
    }
    return Matrix(rows: ids.count, columns: width, values: values)
  }

  private func run(
    _ layer: SmolLM2Layer, on stream: Matrix, visibility: [Bool],
    tables: (cos: Matrix, sin: Matrix)
  ) -> LayerTrace {
    let normed = layer.attentionNorm(stream)
    let d = configuration.headSize
    let slice = { (m: Matrix, head: Int) in m.columns(head * d..<(head + 1) * d) }
    let queries = layer.query(normed)
    let keys = layer.key(normed)
    let values = layer.value(normed)
    let groups = (0..<configuration.keyValueHeadCount).map { group in
      (keys: rotary.rotate(slice(keys, group), tables: tables), values: slice(values, group))
    }
    let heads = (0..<configuration.headCount).map { head in
      let group = head / configuration.groupSize
      return ScaledDotProductAttention.run(
        queries: rotary.rotate(slice(queries, head), tables: tables),
        keys: groups[group].keys, values: groups[group].values,
        visibility: visibility, keyValueHead: group)
    }
    let attention = layer.output(Matrix.concatenatingColumns(heads.map(\.outputs)))
    let middle = stream + attention
    let after = middle + layer.feedForward(layer.feedForwardNorm(middle))
    return LayerTrace(heads: heads, attentionOutput: attention, residualAfter: after)
  }
}
