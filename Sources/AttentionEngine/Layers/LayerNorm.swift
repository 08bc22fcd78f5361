/// Layer normalisation of each row: `y = (x − mean) / √(variance + ε) · γ + β`.
///
/// The mean and the (biased, divide-by-width) variance are taken over the row's own values,
/// accumulated in `Double` and rounded once, so the result matches a float32 reference to a
/// few units in the last place.
public struct LayerNorm: Sendable {
  /// The scale `γ`, one value per column.
  public let weight: [Float]
  /// The shift `β`, one value per column.
  public let bias: [Float]
  /// The `ε` added to the variance, such as BERT's `1e-12`.
  public let epsilon: Float

  /// Creates a normalisation; `weight` and `bias` must be equally long.
  public init(weight: [Float], bias: [Float], epsilon: Float) {
    precondition(weight.count == bias.count, "one shift per scale")
    self.weight = weight
    self.bias = bias
    self.epsilon = epsilon
  }

  /// The number of columns each row must have.
  public var width: Int { weight.count }

  /// Normalises every row of `x` (`n × width`), giving `n × width`.
  ///
  /// Cost: `O(n · width)`.
  public func callAsFunction(_ x: Matrix) -> Matrix {
    precondition(x.columns == width, "rows are \(width) wide, not \(x.columns)")
    var y = x
    y.values.withUnsafeMutableBufferPointer { values in
      for row in 0..<x.rows {
        normalize(
          UnsafeMutableBufferPointer(
            rebasing: values[row * width..<(row + 1) * width]))
      }
    }
    return y
  }

  private func normalize(_ row: UnsafeMutableBufferPointer<Float>) {
    var sum = 0.0
    for value in row { sum += Double(value) }
    let mean = sum / Double(width)

    var squares = 0.0
    for value in row {
      let centered = Double(value) - mean
      squares += centered * centered
    }
    let inverse = 1 / (squares / Double(width) + Double(epsilon)).squareRoot()

    for column in 0..<width {
      let normed = Float((Double(row[column]) - mean) * inverse)
      row[column] = normed * weight[column] + bias[column]
    }
  }
}
