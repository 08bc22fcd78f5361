import AttentionEngine

/// Ranks every (layer, head) of a trace by the weight one token gives another: the way an
/// instructor finds the head that resolves a pronoun.
public struct HeadRanking: Sendable, Equatable {
  /// One head's weight from the query token to the key token.
  public struct Entry: Sendable, Equatable {
    /// The layer, 0-based.
    public var layer: Int
    /// The head, 0-based.
    public var head: Int
    /// The shared key/value head, 0-based.
    public var keyValueHead: Int
    /// The weight from `query` to `key`.
    public var weight: Float
  }

  /// The query token (0-based position).
  public var query: Int
  /// The key token (0-based position).
  public var key: Int
  /// Every head, highest weight first; ties keep layer-then-head order.
  public var entries: [Entry]

  /// Ranks the heads of `trace` by `weights[query, key]`.
  public init(trace: AttentionTrace, query: Int, key: Int) {
    self.query = query
    self.key = key
    var all = [Entry]()
    for (layerIndex, layer) in trace.layers.enumerated() {
      for (headIndex, head) in layer.heads.enumerated() {
        all.append(
          Entry(
            layer: layerIndex, head: headIndex, keyValueHead: head.keyValueHead,
            weight: head.weights[query, key]))
      }
    }
    entries = all.enumerated().sorted { a, b in
      a.element.weight != b.element.weight
        ? a.element.weight > b.element.weight : a.offset < b.offset
    }.map(\.element)
  }
}
