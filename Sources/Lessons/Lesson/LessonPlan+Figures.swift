import AttentionEngine
import Figures
import SiteGeneration

extension LessonPlan {
  /// The figures of one teaching point.
  func figures(for topic: LessonPoint.Topic) -> [LessonFigureItem] {
    let t = traces.teaching
    let it = Self.position(of: LessonScript.pronoun.word, in: t)
    switch topic {
    case .bottleneck:
      return [
        item(
          "01-bottleneck", .lesson(.bottleneck(t, currentToken: it)), t,
          heads: "none; the figure shows the two routes, not one head's weights",
          table: tables.bottleneck(t, current: it))
      ]
    case .vectors:
      return [
        item(
          "02-vectors-embedding", .lesson(.embedding(t)), t, heads: "before any layer",
          table: tables.embedding(t))
      ]
    case .views:
      return [
        item(
          "03-views-projections",
          .lesson(
            .projections(
              t, layer: 0, head: 0, token: it, weights: traces.teachingProjections)), t,
          heads: "layer 1, head 1", table: tables.projections(t, head: 0, token: it))
      ]
    case .scores: return scoreFigures(t, query: it)
    case .normalisation: return normalisationFigures(t, query: it)
    case .retrieval:
      let request = FigureRequest(
        view: .step, layer: 0, head: 0, queryIndex: it, highlightedTokens: [it])
      return [
        item(
          "06-retrieval-step", .trace(request, t), t, heads: "layer 1, head 1",
          table: tables.retrieval(t, layer: 0, head: 0, query: it))
      ]
    case .pronoun: return pronounFigures()
    case .context: return contextFigures()
    case .heads: return headFigures()
    }
  }

  private func scoreFigures(_ t: AttentionTrace, query: Int) -> [LessonFigureItem] {
    let study = ScoreScalingStudy().run()
    let request = FigureRequest(
      view: .heatmap, queryIndex: query, quantity: .scaledScores, highlightedTokens: [query])
    return [
      LessonFigureItem(
        name: "04-scores-scaling", drawing: .lesson(.scaling(study)),
        caption: "Spread of q · k for random unit-variance vectors, raw and divided by √d,"
          + " computed by the engine with seed \(study.seed); no model, no mask, no"
          + " tokenizer.",
        table: tables.scaling(study), usesUntrainedWeights: false),
      item(
        "04-scores-heatmap", .trace(request, t), t, heads: "layer 1, head 1, scaled scores",
        table: tables.scores(t, layer: 0, head: 0, query: query)),
    ]
  }

  private func normalisationFigures(_ t: AttentionTrace, query: Int) -> [LessonFigureItem] {
    let request = FigureRequest(view: .heatmap, queryIndex: query, highlightedTokens: [query])
    return [
      item(
        "05-normalisation-softmax", .lesson(.softmax(t, layer: 0, head: 0, query: query)), t,
        heads: "layer 1, head 1", table: tables.scores(t, layer: 0, head: 0, query: query)),
      item(
        "05-normalisation-weights", .trace(request, t), t, heads: "layer 1, head 1, weights",
        table: tables.weightRows(t, layer: 0, head: 0)),
    ]
  }

  private func pronounFigures() -> [LessonFigureItem] {
    [
      (traces.decoder, decoderRanking, "smollm2"), (traces.encoder, encoderRanking, "minilm"),
    ].flatMap { trace, ranking, name -> [LessonFigureItem] in
      let top = ranking.entries[0]
      let marks: Set<Int> = [ranking.query, ranking.key]
      let heatmap = FigureRequest(
        view: .heatmap, layer: top.layer, head: top.head, queryIndex: ranking.query,
        highlightedTokens: marks)
      let step = FigureRequest(
        view: .step, layer: top.layer, head: top.head, queryIndex: ranking.query,
        highlightedTokens: marks)
      let heads = "layer \(top.layer + 1), head \(top.head + 1), the top of the ranking"
      return [
        item(
          "07-pronoun-\(name)-heatmap", .trace(heatmap, trace), trace, heads: heads,
          table: tables.ranking(ranking, trace: trace)),
        item(
          "07-pronoun-\(name)-step", .trace(step, trace), trace, heads: heads,
          table: tables.retrieval(
            trace, layer: top.layer, head: top.head, query: ranking.query)),
      ]
    }
  }

  private func contextFigures() -> [LessonFigureItem] {
    [(traces.decoderPair, "smollm2"), (traces.encoderPair, "minilm")].map { pair, name in
      let word = LessonScript.contextPair.word
      let first = Self.position(of: word, in: pair.first)
      let second = Self.position(of: word, in: pair.second)
      // Both traces of a pair come from one model, so the study's shape check holds.
      guard
        let result = try? ContextSimilarityStudy.run(
          first: pair.first, firstToken: first, second: pair.second, secondToken: second)
      else { preconditionFailure("both sentences of a pair are traced with one model") }
      return item(
        "08-context-\(name)", .lesson(.similarity(result)), pair.first,
        heads: "the residual stream after each layer, all heads combined",
        table: tables.similarity(result))
    }
  }

  private func headFigures() -> [LessonFigureItem] {
    [
      (traces.decoder, decoderRanking, "smollm2"), (traces.encoder, encoderRanking, "minilm"),
    ].flatMap { trace, ranking, name -> [LessonFigureItem] in
      let layer = ranking.entries[0].layer
      return [
        item(
          "09-heads-\(name)-head-view",
          .lesson(.headView(trace, layer: layer, threshold: 0.1)), trace,
          heads: "every head of layer \(layer + 1), lines for weights of at least 0.1",
          table: tables.headView(trace, layer: layer, query: ranking.query)),
        item(
          "09-heads-\(name)-model-view", .lesson(.modelView(trace)), trace,
          heads: "every head of every layer as a thumbnail",
          table: tables.modelView(trace, query: ranking.query, key: ranking.key)),
      ]
    }
  }

  private func item(
    _ name: String, _ drawing: LessonFigureItem.Drawing, _ trace: AttentionTrace,
    heads: String, table: DataTable
  ) -> LessonFigureItem {
    LessonFigureItem(
      name: name, drawing: drawing, caption: Self.caption(trace, heads: heads), table: table,
      usesUntrainedWeights: !trace.model.isTrained)
  }

  /// The caption of a figure of `trace`: model, heads, mask, tokenizer, and the untrained
  /// weights when they are.
  static func caption(_ trace: AttentionTrace, heads: String) -> String {
    var text =
      "Model: \(trace.model.displayName). Heads: \(heads). Mask:"
      + " \(trace.model.maskDescription). Tokenizer: \(trace.tokenizerName); every token,"
      + " subword pieces and special tokens included, is drawn."
    if !trace.model.isTrained {
      text += " The weights are untrained: this shows the computation, not learned behaviour."
    }
    return text
  }
}
