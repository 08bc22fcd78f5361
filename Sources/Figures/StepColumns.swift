/// The x positions of the step table's columns, in points, left to right.
struct StepColumns {
  /// The right edge of the key labels.
  var labelRight: Double
  /// The left edge of the key vectors (and of `q`).
  var keyVector: Double
  /// The right edge of the raw scores.
  var scoreRight: Double
  /// The right edge of the scaled scores.
  var scaledRight: Double
  /// The left edge of the weight bars.
  var weightBar: Double
  /// The left edge of the value vectors.
  var valueVector: Double
  /// The left edge of the weighted value vectors `weight · v` (and of the output).
  var weightedVector: Double
  /// The right edge of the weighted value vectors.
  var right: Double

  /// The maximum length of a weight bar (weight 1).
  static let barLength = 80.0
  /// The room for a number column.
  static let numberWidth = 56.0
  /// The gap between the value and the weighted value vectors.
  static let vectorGap = 14.0

  /// Columns after a label column of `labelWidth`, with vectors `vectorWidth` wide; the
  /// value and weighted value columns are at least as wide as their titles.
  init(
    left: Double, labelWidth: Double, vectorWidth: Double,
    titleWidths: (value: Double, weighted: Double)
  ) {
    labelRight = left + labelWidth
    keyVector = labelRight + 10
    scoreRight = keyVector + vectorWidth + 8 + Self.numberWidth
    scaledRight = scoreRight + 8 + Self.numberWidth
    weightBar = scaledRight + 16
    valueVector = weightBar + Self.barLength + 44
    weightedVector = valueVector + max(vectorWidth, titleWidths.value) + Self.vectorGap
    right = weightedVector + max(vectorWidth, titleWidths.weighted)
  }

  /// The span the "masked" mark covers: scores, scaled scores and weight.
  var maskedSpan: (from: Double, to: Double) {
    (scoreRight - Self.numberWidth, weightBar + Self.barLength + 40)
  }
}
