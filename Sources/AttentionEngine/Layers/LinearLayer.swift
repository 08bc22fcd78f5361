/// A fully connected layer `y = x · Wᵀ + b`, with `W` stored as `out × in` (PyTorch's
/// `Linear` layout, and the row order of GGUF matrices).
public struct LinearLayer: Sendable {
  /// The weight, `outputWidth × inputWidth`.
  public let weight: Matrix
  /// The bias, `outputWidth` values, or `nil`.
  public let bias: [Float]?

  /// Creates a layer; `bias` must have one value per output.
  public init(weight: Matrix, bias: [Float]? = nil) {
    precondition(bias == nil || bias!.count == weight.rows, "one bias per output")
    self.weight = weight
    self.bias = bias
  }

  /// The number of inputs each row of `x` must have.
  public var inputWidth: Int { weight.columns }
  /// The number of outputs per row.
  public var outputWidth: Int { weight.rows }

  /// Applies the layer to every row of `x` (`n × inputWidth`), giving `n × outputWidth`.
  ///
  /// Cost: `O(n · in · out)`, through BLAS.
  public func callAsFunction(_ x: Matrix) -> Matrix {
    guard let bias else { return x.multiplied(by: weight, transposingOther: true) }
    return x.multiplied(by: weight, transposingOther: true, addingToEveryRow: bias)
  }
}
