/// Compares the vectors of one word in two texts, stage by stage through a model.
///
/// Stage 0 is the layer input (token vector plus position, before any attention); stage
/// `l + 1` is the residual stream after layer `l`. At each stage the result is the cosine
/// similarity `a · b / (|a| |b|)` of the two rows, accumulated in `Double`; a zero vector
/// gives a cosine of 0. Both traces must come from models of equal width and depth.
public enum ContextSimilarityStudy {
  /// The cosine per stage between token `firstToken` of `first` and `secondToken` of
  /// `second` (0-based token positions).
  ///
  /// - Throws: `EngineError.invalidConfiguration` when a token index is out of range or the
  ///   traces differ in width or layer count.
  public static func run(
    first: AttentionTrace, firstToken: Int, second: AttentionTrace, secondToken: Int
  ) throws -> ContextSimilarity {
    try check(first, firstToken, name: "first")
    try check(second, secondToken, name: "second")
    guard first.layerCount == second.layerCount,
      first.layerInput.columns == second.layerInput.columns
    else {
      throw EngineError.invalidConfiguration(
        "the two traces differ in shape ('\(first.layerCount)' vs '\(second.layerCount)'"
          + " layers, width '\(first.layerInput.columns)' vs '\(second.layerInput.columns)');"
          + " trace both texts with the same model")
    }
    let stages =
      [(first.layerInput, second.layerInput)]
      + zip(first.layers, second.layers).map { ($0.residualAfter, $1.residualAfter) }
    let cosines = stages.map { a, b in
      cosine(a.row(firstToken), b.row(secondToken))
    }
    return ContextSimilarity(
      first: first, firstToken: firstToken, second: second, secondToken: secondToken,
      cosines: cosines)
  }

  /// `a · b / (|a| |b|)`, or 0 when either vector is zero.
  public static func cosine(_ a: [Float], _ b: [Float]) -> Double {
    precondition(a.count == b.count, "vectors have equal length")
    var dot = 0.0
    var aa = 0.0
    var bb = 0.0
    for (x, y) in zip(a, b) {
      dot += Double(x) * Double(y)
      aa += Double(x) * Double(x)
      bb += Double(y) * Double(y)
    }
    guard aa > 0, bb > 0 else { return 0 }
    return min(1, max(-1, dot / (aa.squareRoot() * bb.squareRoot())))
  }

  private static func check(_ trace: AttentionTrace, _ token: Int, name: String) throws {
    guard (0..<trace.tokens.count).contains(token) else {
      throw EngineError.invalidConfiguration(
        "token '\(token)' is out of range for the \(name) text of \(trace.tokens.count)"
          + " tokens; use a token from '0' to '\(trace.tokens.count - 1)'")
    }
  }
}

/// The cosine similarities `ContextSimilarityStudy` found, with what was compared.
public struct ContextSimilarity: Sendable, Equatable {
  /// The first text's trace.
  public var first: AttentionTrace
  /// The compared token of the first text, 0-based.
  public var firstToken: Int
  /// The second text's trace.
  public var second: AttentionTrace
  /// The compared token of the second text, 0-based.
  public var secondToken: Int
  /// One cosine per stage, each in `−1...1`: stage 0 is the layer input, stage `l + 1`
  /// the residual stream after layer `l`.
  public var cosines: [Double]

  /// Creates a result.
  public init(
    first: AttentionTrace, firstToken: Int, second: AttentionTrace, secondToken: Int,
    cosines: [Double]
  ) {
    self.first = first
    self.firstToken = firstToken
    self.second = second
    self.secondToken = secondToken
    self.cosines = cosines
  }

  /// The stage names for readers: `input` first, then `layer 1`, `layer 2` and so on.
  public var stageNames: [String] {
    ["input"] + (1..<max(1, cosines.count)).map { "layer \($0)" }
  }
}
