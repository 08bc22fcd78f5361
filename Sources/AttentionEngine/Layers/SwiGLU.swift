import Foundation

/// The gated feed-forward block of Llama: `down(silu(gate(x)) ⊙ up(x))`.
///
/// `silu(g) = g / (1 + e^(-g))`; `⊙` multiplies element-wise. `gate` and `up` map the model
/// width to the hidden width and `down` maps it back; none has a bias in Llama.
public struct SwiGLU: Sendable {
  /// The gate projection, `hidden × width`.
  public let gate: LinearLayer
  /// The up projection, `hidden × width`.
  public let up: LinearLayer
  /// The down projection, `width × hidden`.
  public let down: LinearLayer

  /// Creates the block; `gate` and `up` must have equal shapes that `down` inverts.
  public init(gate: LinearLayer, up: LinearLayer, down: LinearLayer) {
    precondition(gate.weight.rows == up.weight.rows, "gate and up agree")
    precondition(gate.inputWidth == up.inputWidth, "gate and up take one width")
    precondition(down.inputWidth == gate.outputWidth, "down takes the hidden width")
    self.gate = gate
    self.up = up
    self.down = down
  }

  /// Applies the block to every row of `x` (`n × width`), giving `n × width`.
  ///
  /// Cost: `O(n · width · hidden)`, through BLAS.
  public func callAsFunction(_ x: Matrix) -> Matrix {
    let gated = gate(x)
    var product = up(x)
    for index in product.values.indices {
      let g = gated.values[index]
      product.values[index] *= g / (1 + Foundation.exp(-g))
    }
    return down(product)
  }
}
