/// A tiny deterministic random generator (SplitMix64) that gives the same numbers on every
/// machine and every Swift version, unlike the system generator.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// Creates a generator whose whole sequence is fixed by `seed`.
  public init(seed: UInt64) {
    state = seed
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform value in `[-1, 1)`, built from 24 random bits so every value is exact in
  /// `Float` and the result never depends on floating-point library code.
  public mutating func nextSigned() -> Float {
    let bits = next() >> 40
    return Float(Int64(bits) - (1 << 23)) / Float(1 << 23)
  }

  /// A `rows × columns` matrix of uniform values in `[-scale, scale)`.
  public mutating func matrix(rows: Int, columns: Int, scale: Float) -> Matrix {
    Matrix(
      rows: rows, columns: columns,
      values: (0..<rows * columns).map { _ in nextSigned() * scale })
  }
}
