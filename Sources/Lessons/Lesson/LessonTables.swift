import AttentionEngine
import SiteGeneration

/// Builds the data table beside each lesson figure from the same numbers the figure draws.
///
/// Numbers have `decimals` digits after the point, locale-free; masked keys read `masked`,
/// never 0. Token positions are printed from 1. Vectors longer than `vectorLimit` are cut,
/// saying how many entries are left out; the trace pages list them in full.
struct LessonTables {
  var decimals = 3
  /// How many entries of a vector a table prints; real models' vectors are long.
  var vectorLimit = 8

  func number(_ value: Double) -> String { FixedDecimal.format(value, decimals: decimals) }
  func number(_ value: Float) -> String { FixedDecimal.format(value, decimals: decimals) }
  /// The first `vectorLimit` entries of `values` in brackets, then how many are left out.
  func vector(_ values: [Float]) -> String {
    let shown = values.prefix(vectorLimit).map(number).joined(separator: ", ")
    let rest = values.count - min(values.count, vectorLimit)
    return "[" + shown + (rest > 0 ? ", … \(rest) more" : "") + "]"
  }
  func label(_ trace: AttentionTrace, _ index: Int) -> String {
    "\(trace.tokens[index].label) (\(index + 1))"
  }

  /// Earlier tokens: how many state updates lie between each and `current`, against one hop.
  func bottleneck(_ trace: AttentionTrace, current: Int) -> DataTable {
    DataTable(
      caption: "Paths from each earlier token to \(label(trace, current)).",
      header: ["token (position)", "state updates in between", "attention hops"],
      rows: (0..<current).map { [label(trace, $0), "\(current - $0)", "1"] })
  }

  /// Every token's id, token vector and layer input.
  func embedding(_ trace: AttentionTrace) -> DataTable {
    DataTable(
      caption: "Each token's id picks a row of the embedding matrix; the layer input adds"
        + " position information.",
      header: ["token (position)", "id", "embedding row", "layer input"],
      rows: trace.tokens.indices.map {
        [
          label(trace, $0), "\(trace.tokens[$0].id)",
          vector(trace.tokenEmbeddings.row($0)), vector(trace.layerInput.row($0)),
        ]
      })
  }

  /// One token's layer input and its query, key and value in layer 1, head `head`.
  func projections(_ trace: AttentionTrace, head: Int, token: Int) -> DataTable {
    let h = trace.head(layer: 0, head: head)
    return DataTable(
      caption: "The vectors of \(label(trace, token)) in layer 1, head \(head + 1).",
      header: ["vector", "values"],
      rows: [
        ["x (layer input)", vector(trace.layerInput.row(token))],
        ["q (looks for)", vector(h.queries.row(token))],
        ["k (offers)", vector(h.keys.row(token))],
        ["v (hands over)", vector(h.values.row(token))],
      ])
  }

  /// The spread of raw and scaled scores per head size.
  func scaling(_ result: ScoreScalingResult) -> DataTable {
    DataTable(
      caption: "Standard deviation of \(result.scoresPerHeadSize) random scores per head"
        + " size d (seed \(result.seed)).",
      header: ["d", "√d", "spread of q · k", "spread of q · k / √d"],
      rows: result.points.map {
        [
          "\($0.headSize)", number(Double($0.headSize).squareRoot()),
          number($0.rawStandardDeviation), number($0.scaledStandardDeviation),
        ]
      })
  }

  /// One query's raw score, scaled score and weight against every key.
  func scores(_ trace: AttentionTrace, layer: Int, head: Int, query: Int) -> DataTable {
    let h = trace.head(layer: layer, head: head)
    let rows = trace.tokens.indices.map { key -> [String] in
      guard h.isVisible(queryIndex: query, keyIndex: key) else {
        return [label(trace, key), "masked", "masked", "masked"]
      }
      return [
        label(trace, key), number(h.score(queryIndex: query, keyIndex: key)),
        number(h.scaledScore(queryIndex: query, keyIndex: key)),
        number(h.weights[query, key]),
      ]
    }
    let sum = visible(h, query, trace).reduce(0.0) { $0 + Double(h.weights[query, $1]) }
    return DataTable(
      caption: "Query \(label(trace, query)) against every key; the weights of the visible"
        + " keys sum to \(number(sum)).",
      header: ["key (position)", "q · k", "q · k / √d", "weight"],
      rows: rows + [["sum of weights", "", "", number(sum)]])
  }

  /// For every query of one head: how many keys it sees, its largest weight and that key,
  /// and the sum of its weights (1 up to rounding; the masked keys take no part).
  func weightRows(_ trace: AttentionTrace, layer: Int, head: Int) -> DataTable {
    let h = trace.head(layer: layer, head: head)
    let rows = trace.tokens.indices.map { query -> [String] in
      let keys = visible(h, query, trace)
      let top = keys.max { h.weights[query, $0] < h.weights[query, $1] } ?? query
      let sum = keys.reduce(0.0) { $0 + Double(h.weights[query, $1]) }
      return [
        label(trace, query), "\(keys.count) of \(trace.tokens.count)",
        number(h.weights[query, top]), label(trace, top), number(sum),
      ]
    }
    return DataTable(
      caption: "Every row of the weights of layer \(layer + 1), head \(head + 1): each query"
        + " shares a weight of 1 among the keys it sees.",
      header: ["query (position)", "visible keys", "largest weight", "to key", "sum"],
      rows: rows)
  }

  /// One query's weighted values and the output they add up to.
  func retrieval(_ trace: AttentionTrace, layer: Int, head: Int, query: Int) -> DataTable {
    let h = trace.head(layer: layer, head: head)
    let rows = visible(h, query, trace).map { key -> [String] in
      let weight = h.weights[query, key]
      let value = h.values.row(key)
      return [label(trace, key), number(weight), vector(value), vector(value.map { weight * $0 })]
    }
    return DataTable(
      caption: "The output of \(label(trace, query)) is the sum of the last column.",
      header: ["key (position)", "weight", "value v", "weight × v"],
      rows: rows + [["output", "", "", vector(h.outputs.row(query))]])
  }

  /// The heads with the largest weight from the pronoun to its noun.
  func ranking(_ ranking: HeadRanking, trace: AttentionTrace, top: Int = 10) -> DataTable {
    DataTable(
      caption: "Heads ranked by the weight from \(label(trace, ranking.query)) to"
        + " \(label(trace, ranking.key)) (top \(top) of \(ranking.entries.count)).",
      header: ["rank", "layer", "head", "key/value head", "weight"],
      rows: ranking.entries.prefix(top).enumerated().map { rank, entry in
        [
          "\(rank + 1)", "\(entry.layer + 1)", "\(entry.head + 1)",
          "\(entry.keyValueHead + 1)", number(entry.weight),
        ]
      })
  }

  /// The cosine similarity per stage.
  func similarity(_ result: ContextSimilarity) -> DataTable {
    DataTable(
      caption: "Cosine similarity of \(label(result.first, result.firstToken)) in the first"
        + " sentence and \(label(result.second, result.secondToken)) in the second.",
      header: ["stage", "cosine similarity"],
      rows: zip(result.stageNames, result.cosines).map { [$0, number($1)] })
  }

  /// For each head of `layer`: its key/value head and the key `query` weights most.
  func headView(_ trace: AttentionTrace, layer: Int, query: Int) -> DataTable {
    let heads = trace.layers[layer].heads
    return DataTable(
      caption: "Layer \(layer + 1): where each head sends the weight of"
        + " \(label(trace, query)).",
      header: ["head", "key/value head", "strongest key", "its weight"],
      rows: heads.indices.map { index in
        let h = heads[index]
        let keys = visible(h, query, trace)
        let top = keys.max { h.weights[query, $0] < h.weights[query, $1] } ?? query
        return [
          "\(index + 1)", "\(h.keyValueHead + 1)", label(trace, top),
          number(h.weights[query, top]),
        ]
      })
  }

  /// The weight from `query` to `key` in every layer (rows) and head (columns).
  func modelView(_ trace: AttentionTrace, query: Int, key: Int) -> DataTable {
    DataTable(
      caption: "Weight from \(label(trace, query)) to \(label(trace, key)) in every layer"
        + " and head.",
      header: ["layer"] + (1...trace.headCount).map { "head \($0)" },
      rows: trace.layers.indices.map { layer in
        ["\(layer + 1)"]
          + trace.layers[layer].heads.map { number($0.weights[query, key]) }
      })
  }

  private func visible(_ head: HeadTrace, _ query: Int, _ trace: AttentionTrace) -> [Int] {
    trace.tokens.indices.filter { head.isVisible(queryIndex: query, keyIndex: $0) }
  }
}
