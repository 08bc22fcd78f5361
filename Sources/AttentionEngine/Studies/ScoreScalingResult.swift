/// The spread of raw and scaled scores at one head size.
public struct ScoreScalingPoint: Sendable, Equatable {
  /// The head size `d`.
  public var headSize: Int
  /// The standard deviation of `q · k`; about `√d` for unit-variance entries.
  public var rawStandardDeviation: Double
  /// The standard deviation of `q · k / √d`; about 1.
  public var scaledStandardDeviation: Double

  /// Creates a point.
  public init(headSize: Int, rawStandardDeviation: Double, scaledStandardDeviation: Double) {
    self.headSize = headSize
    self.rawStandardDeviation = rawStandardDeviation
    self.scaledStandardDeviation = scaledStandardDeviation
  }
}

/// One row of scores at a large head size, softmaxed with and without `1/√d`.
public struct SoftmaxExample: Sendable, Equatable {
  /// The head size `d` of the query and keys.
  public var headSize: Int
  /// The raw scores `q · k_j`, one per key.
  public var rawScores: [Float]
  /// The scores times `1/√d`, one per key.
  public var scaledScores: [Float]
  /// The softmax of the raw scores; sums to 1 within 1e-6.
  public var rawWeights: [Float]
  /// The softmax of the scaled scores; sums to 1 within 1e-6.
  public var scaledWeights: [Float]

  /// Creates an example.
  public init(
    headSize: Int, rawScores: [Float], scaledScores: [Float], rawWeights: [Float],
    scaledWeights: [Float]
  ) {
    self.headSize = headSize
    self.rawScores = rawScores
    self.scaledScores = scaledScores
    self.rawWeights = rawWeights
    self.scaledWeights = scaledWeights
  }
}

/// What `ScoreScalingStudy` measured: one point per head size and a softmax example.
public struct ScoreScalingResult: Sendable, Equatable {
  /// One point per head size, in the study's order.
  public var points: [ScoreScalingPoint]
  /// How many scores each point's standard deviations are computed from.
  public var scoresPerHeadSize: Int
  /// The seed the random queries and keys came from.
  public var seed: UInt64
  /// One score row at the example head size, softmaxed raw and scaled.
  public var example: SoftmaxExample

  /// Creates a result.
  public init(
    points: [ScoreScalingPoint], scoresPerHeadSize: Int, seed: UInt64, example: SoftmaxExample
  ) {
    self.points = points
    self.scoresPerHeadSize = scoresPerHeadSize
    self.seed = seed
    self.example = example
  }
}
