/// Measures how the spread of `q · k` grows with the head size `d`, and what `1/√d` does.
///
/// For each head size the study draws `sampleCount` queries and `sampleCount` keys whose
/// entries are independent, mean 0 and variance 1 (uniform on `[−√3, √3)` from a
/// `SeededGenerator`), forms every score `q · k` through `Matrix.multiplied` (reference
/// backend, so every number is the same on every machine), and reports the standard
/// deviation of the raw and the scaled scores. Theory: raw ≈ √d, scaled ≈ 1.
public struct ScoreScalingStudy: Sendable {
  /// The head sizes to measure, in order.
  public var headSizes: [Int]
  /// Queries and keys drawn per head size; the study uses all `sampleCount²` scores.
  public var sampleCount: Int
  /// The seed that fixes every random number.
  public var seed: UInt64
  /// The head size of the softmax example, and how many keys its score row has.
  public var exampleHeadSize: Int
  /// The number of keys in the softmax example row.
  public var exampleKeyCount: Int

  /// Creates a study; the defaults measure `d = 4, 8, …, 512` with 64 × 64 scores each.
  public init(
    headSizes: [Int] = [4, 8, 16, 32, 64, 128, 256, 512], sampleCount: Int = 64,
    seed: UInt64 = 2017, exampleHeadSize: Int = 512, exampleKeyCount: Int = 8
  ) {
    precondition(headSizes.allSatisfy { $0 > 0 }, "head sizes are positive")
    precondition(sampleCount > 1 && exampleKeyCount > 0, "there is something to sample")
    self.headSizes = headSizes
    self.sampleCount = sampleCount
    self.seed = seed
    self.exampleHeadSize = exampleHeadSize
    self.exampleKeyCount = exampleKeyCount
  }

  /// Runs the study; the same settings always give the same result.
  ///
  /// Cost: `O(sampleCount² · Σ d)`.
  public func run() -> ScoreScalingResult {
    var generator = SeededGenerator(seed: seed)
    let points = headSizes.map { size in
      let queries = unitVariance(rows: sampleCount, columns: size, &generator)
      let keys = unitVariance(rows: sampleCount, columns: size, &generator)
      let scores = queries.multiplied(by: keys, transposingOther: true, backend: .reference)
      let raw = Self.standardDeviation(scores.values)
      let scaled = Self.standardDeviation(
        scores.scaled(by: 1 / Float(size).squareRoot()).values)
      return ScoreScalingPoint(
        headSize: size, rawStandardDeviation: raw, scaledStandardDeviation: scaled)
    }
    return ScoreScalingResult(
      points: points, scoresPerHeadSize: sampleCount * sampleCount, seed: seed,
      example: example(&generator))
  }

  /// One query against a few keys at `exampleHeadSize`, softmaxed raw and scaled.
  private func example(_ generator: inout SeededGenerator) -> SoftmaxExample {
    let query = unitVariance(rows: 1, columns: exampleHeadSize, &generator)
    let keys = unitVariance(rows: exampleKeyCount, columns: exampleHeadSize, &generator)
    let raw = query.multiplied(by: keys, transposingOther: true, backend: .reference)
    let scaled = raw.scaled(by: 1 / Float(exampleHeadSize).squareRoot())
    let visible = [Bool](repeating: true, count: exampleKeyCount)
    return SoftmaxExample(
      headSize: exampleHeadSize, rawScores: raw.values, scaledScores: scaled.values,
      rawWeights: ScaledDotProductAttention.softmaxRows(of: raw, visibility: visible).values,
      scaledWeights: ScaledDotProductAttention.softmaxRows(of: scaled, visibility: visible)
        .values)
  }

  private func unitVariance(
    rows: Int, columns: Int, _ generator: inout SeededGenerator
  ) -> Matrix {
    generator.matrix(rows: rows, columns: columns, scale: Float(3).squareRoot())
  }

  /// The population standard deviation, accumulated in `Double` in index order.
  static func standardDeviation(_ values: [Float]) -> Double {
    guard !values.isEmpty else { return 0 }
    let mean = values.reduce(0.0) { $0 + Double($1) } / Double(values.count)
    let squares = values.reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) }
    return (squares / Double(values.count)).squareRoot()
  }
}
