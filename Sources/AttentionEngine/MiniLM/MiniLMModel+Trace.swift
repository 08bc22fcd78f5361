import Tokenization

extension MiniLMModel {
  /// Runs the encoder over `tokens` and records every intermediate.
  ///
  /// `tokenEmbeddings` are the word rows; `positionEmbeddings` are the learned position
  /// rows with the token-type-0 row added (BERT adds both before its embedding LayerNorm);
  /// `layerInput` is the LayerNorm of their sum. Per layer, `attentionOutput` is the
  /// concatenated heads after `W_O` and its bias, before the residual and LayerNorm, and
  /// `residualAfter` is the hidden state after the whole block (feed-forward and second
  /// LayerNorm included).
  ///
  /// - Throws: `EngineError.noTokens`, `.tooManyPositions` past `positionLimit`, or
  ///   `.invalidConfiguration` for a token id outside the vocabulary.
  public func trace(
    of tokens: [Token], text: String, tokenizerName: String
  ) throws -> AttentionTrace {
    let ids = try checkedIDs(of: tokens)
    let tokenRows = weights.wordEmbeddings.gatheringRows(ids)
    let positionRows = weights.positionEmbeddings.gatheringRows(Array(ids.indices))
    let input = weights.embeddingNorm(tokenRows + positionRows)
    let visibility = AttentionMask.none.visibility(tokenCount: ids.count)

    var stream = input
    var layers = [LayerTrace]()
    layers.reserveCapacity(weights.layers.count)
    for layer in weights.layers {
      layers.append(run(layer, on: stream, visibility: visibility))
      stream = layers[layers.count - 1].residualAfter
    }

    return AttentionTrace(
      model: modelDescription, tokenizerName: tokenizerName, text: text, tokens: tokens,
      tokenEmbeddings: tokenRows, positionEmbeddings: positionRows, layerInput: input,
      layers: layers)
  }

  private func checkedIDs(of tokens: [Token]) throws -> [Int] {
    guard !tokens.isEmpty else { throw EngineError.noTokens }
    guard tokens.count <= positionLimit else {
      throw EngineError.tooManyPositions(
        count: tokens.count, limit: positionLimit, model: Self.name)
    }
    let vocabulary = weights.wordEmbeddings.rows
    if let bad = tokens.first(where: { !(0..<vocabulary).contains($0.id) }) {
      throw EngineError.invalidConfiguration(
        "token id '\(bad.id)' is outside the vocabulary of model '\(Self.name)' "
          + "(0 to \(vocabulary - 1)); tokenize the text with the model's own tokenizer")
    }
    return tokens.map(\.id)
  }

  private func run(
    _ layer: MiniLMLayerWeights, on stream: Matrix, visibility: [Bool]
  ) -> LayerTrace {
    let heads = attentionHeads(layer, on: stream, visibility: visibility)
    let joined = Matrix.concatenatingColumns(heads.map(\.outputs))
    let attention = layer.attentionOutput(joined)
    let hidden = layer.attentionNorm(attention + stream)

    var middle = layer.intermediate(hidden)
    GELU.apply(to: &middle)
    let after = layer.outputNorm(layer.output(middle) + hidden)
    return LayerTrace(heads: heads, attentionOutput: attention, residualAfter: after)
  }

  /// Every head of one layer: one product gives `[Q | K | V]`, whose column blocks of
  /// `headSize` are the heads' queries, keys and values.
  private func attentionHeads(
    _ layer: MiniLMLayerWeights, on stream: Matrix, visibility: [Bool]
  ) -> [HeadTrace] {
    let projected = layer.queryKeyValue(stream)
    let width = configuration.hiddenSize
    let size = configuration.headSize
    return (0..<configuration.headCount).map { head in
      let start = head * size
      return ScaledDotProductAttention.run(
        queries: projected.columns(start..<start + size),
        keys: projected.columns(width + start..<width + start + size),
        values: projected.columns(2 * width + start..<2 * width + start + size),
        visibility: visibility, keyValueHead: head)
    }
  }
}

extension Matrix {
  /// The rows `indices`, in that order, as a new matrix.
  fileprivate func gatheringRows(_ indices: [Int]) -> Matrix {
    var result = [Float]()
    result.reserveCapacity(indices.count * columns)
    for index in indices {
      result.append(contentsOf: values[index * columns..<(index + 1) * columns])
    }
    return Matrix(rows: indices.count, columns: columns, values: result)
  }
}
