/// Which keys each query may see.
public enum AttentionMask: String, Sendable, CaseIterable, Codable {
  /// Query `i` sees keys `0...i`, as in a decoder.
  case causal
  /// Every query sees every key, as in an encoder.
  case none

  /// The visibility of an `n × n` attention: `result[i * n + j]` is whether query `i` sees key
  /// `j`.
  public func visibility(tokenCount n: Int) -> [Bool] {
    var visible = [Bool](repeating: true, count: n * n)
    if self == .causal {
      for i in 0..<n {
        for j in (i + 1)..<max(n, i + 1) { visible[i * n + j] = false }
      }
    }
    return visible
  }
}
