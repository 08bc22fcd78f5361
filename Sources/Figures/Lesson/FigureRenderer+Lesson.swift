import AttentionEngine

extension FigureRenderer {
  /// Draws a lesson figure as a complete file in `options.format`, on `options.canvas`.
  ///
  /// Uses the same layout model, draw routine and surfaces as `render(_:of:options:)`, so
  /// files are byte-identical for identical input.
  ///
  /// - Throws: `FigureError` for an empty trace, an out-of-range layer, head or token, an
  ///   invalid scale or a PNG over Cairo's size limit.
  public func render(_ figure: LessonFigure, options: RenderOptions) throws -> RenderedFigure {
    let typesetter = Typesetter()
    let layout = try layout(for: figure, typesetter: typesetter, canvas: options.canvas)
    return try write(layout, typesetter: typesetter, options: options)
  }

  /// The layout of a lesson figure in points, before any surface is involved, shaped for
  /// `canvas`: on a slide, tall figures are laid out wide (see `LessonFrame.canvas`).
  func layout(
    for figure: LessonFigure, typesetter: Typesetter, canvas: FigureCanvas = .natural
  ) throws -> FigureLayout {
    let frame = LessonFrame(typesetter: typesetter, canvas: canvas)
    switch figure {
    case .bottleneck(let trace, let current):
      try check(trace, layer: 0, head: 0, token: current)
      return BottleneckLayoutBuilder(trace: trace, current: current, frame: frame).build()
    case .embedding(let trace):
      try check(trace, layer: 0, head: 0, token: 0)
      return EmbeddingLayoutBuilder(trace: trace, frame: frame).build()
    case .projections(let trace, let layer, let head, let token, let weights):
      try check(trace, layer: layer, head: head, token: token)
      return ProjectionLayoutBuilder(
        trace: trace, layer: layer, head: head, token: token, weights: weights, frame: frame
      ).build()
    case .scaling(let result):
      return ScalingLayoutBuilder(result: result, frame: frame).build()
    case .softmax(let trace, let layer, let head, let query):
      try check(trace, layer: layer, head: head, token: query)
      return SoftmaxLayoutBuilder(
        trace: trace, layer: layer, head: head, query: query, frame: frame
      ).build()
    case .headView(let trace, let layer, let threshold):
      try check(trace, layer: layer, head: 0, token: 0)
      return HeadViewLayoutBuilder(
        trace: trace, layer: layer, threshold: threshold, frame: frame
      ).build()
    case .modelView(let trace):
      try check(trace, layer: 0, head: 0, token: 0)
      return ModelViewLayoutBuilder(trace: trace, frame: frame).build()
    case .similarity(let result):
      try check(result.first, layer: 0, head: 0, token: result.firstToken)
      try check(result.second, layer: 0, head: 0, token: result.secondToken)
      return SimilarityLayoutBuilder(result: result, frame: frame).build()
    }
  }

  private func check(_ trace: AttentionTrace, layer: Int, head: Int, token: Int) throws {
    guard !trace.tokens.isEmpty, trace.layerCount > 0, trace.headCount > 0 else {
      throw FigureError.emptyTrace
    }
    guard (0..<trace.layerCount).contains(layer) else {
      throw FigureError.layerOutOfRange(layer: layer, layerCount: trace.layerCount)
    }
    let heads = trace.layers[layer].heads.count
    guard (0..<heads).contains(head) else {
      throw FigureError.headOutOfRange(head: head, headCount: heads)
    }
    guard (0..<trace.tokens.count).contains(token) else {
      throw FigureError.queryOutOfRange(queryIndex: token, tokenCount: trace.tokens.count)
    }
  }
}
