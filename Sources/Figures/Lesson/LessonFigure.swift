import AttentionEngine

/// A teaching figure for the lesson on attention, carrying exactly the data it draws.
///
/// Every number a lesson figure shows comes from the engine: a trace, a study result or
/// weights the caller passes. Layer, head and token positions are 0-based; figures print
/// them 1-based. Render with `FigureRenderer.render(_:options:)`.
public enum LessonFigure: Sendable {
  /// The tokens before `currentToken` squeezed through one fixed-size state (an RNN-style
  /// chain) beside attention's direct line from `currentToken` to every earlier position.
  case bottleneck(AttentionTrace, currentToken: Int)
  /// Text → tokens → ids → embedding rows → vectors by position (+ position vectors).
  case embedding(AttentionTrace)
  /// Token `token`'s layer input `x` times `W_Q`, `W_K`, `W_V` of `layer`/`head`, giving
  /// its `q`, `k` and `v`; `weights` draws the matrices' numbers when the caller has them.
  case projections(
    AttentionTrace, layer: Int, head: Int, token: Int, weights: ProjectionWeights?)
  /// The spread of `q · k` over head sizes, raw and scaled by `1/√d`, with a softmax row.
  case scaling(ScoreScalingResult)
  /// One query's scaled scores as bars, then its weights as bars summing to 1.
  case softmax(AttentionTrace, layer: Int, head: Int, query: Int)
  /// Every head of `layer` as query-to-key line diagrams; lines below `threshold` weight
  /// are left out.
  case headView(AttentionTrace, layer: Int, threshold: Double)
  /// Every layer × head as a thumbnail heatmap of its weights.
  case modelView(AttentionTrace)
  /// The cosine similarity per layer of one word's vectors in two texts.
  case similarity(ContextSimilarity)

  /// The figure's name for file names, such as `bottleneck` or `headView`.
  public var name: String {
    switch self {
    case .bottleneck: "bottleneck"
    case .embedding: "embedding"
    case .projections: "projections"
    case .scaling: "scaling"
    case .softmax: "softmax"
    case .headView: "headView"
    case .modelView: "modelView"
    case .similarity: "similarity"
    }
  }
}

/// The projection matrices of one head, each `model width × d`, so that `q = x · query`.
///
/// They are not part of an `AttentionTrace`; a caller that has them (from the model it
/// ran) passes them so the projections figure can print their numbers.
public struct ProjectionWeights: Sendable, Equatable {
  /// `W_Q`, `model width × d`.
  public var query: Matrix
  /// `W_K`, `model width × d`.
  public var key: Matrix
  /// `W_V`, `model width × d`.
  public var value: Matrix

  /// Creates the weights; the three matrices must have the same shape.
  public init(query: Matrix, key: Matrix, value: Matrix) {
    precondition(
      query.rows == key.rows && key.rows == value.rows && query.columns == key.columns
        && key.columns == value.columns, "W_Q, W_K and W_V have the same shape")
    self.query = query
    self.key = key
    self.value = value
  }
}
