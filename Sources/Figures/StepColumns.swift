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
  /// The left edge of the value vectors (and of the output).
  var valueVector: Double
  /// The right edge of the value vectors.
  var right: Double

  /// The maximum length of a weight bar (weight 1).
  static let barLength = 80.0
  /// The room for a number column.
  static let numberWidth = 56.0

  /// Columns after a label column of `labelWidth`, with vectors `vectorWidth` wide.
  init(left: Double, labelWidth: Double, vectorWidth: Double) {
    labelRight = left + labelWidth
    keyVector = labelRight + 10
    scoreRight = keyVector + vectorWidth + 8 + Self.numberWidth
    scaledRight = scoreRight + 8 + Self.numberWidth
    weightBar = scaledRight + 16
    valueVector = weightBar + Self.barLength + 44
    right = valueVector + vectorWidth
  }

  /// The span the "masked" mark covers: scores, scaled scores and weight.
  var maskedSpan: (from: Double, to: Double) {
    (scoreRight - Self.numberWidth, weightBar + Self.barLength + 40)
  }
}
