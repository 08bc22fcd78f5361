import Foundation

/// Where a head trace keeps its raw scores `q · k`: given at creation, or computed from the
/// trace's queries and keys on first use and then kept.
///
/// The engine's forward pass turns the scores into weights in place, so a trace holds one
/// `n × n` matrix per head until someone asks for the raw scores. The first request computes
/// `queries · keysᵀ` with the product backend the pass used (one `O(n² · d)` product); later
/// requests return the kept matrix.
final class RawScoreStore: @unchecked Sendable {
  /// The backend the scores are computed with, so the teaching model's stay bit-reproducible.
  let backend: ProductBackend
  /// Guards `kept`, which is written at most once.
  private let lock = NSLock()
  private var kept: Matrix?

  /// A store that computes the scores when first asked.
  init(backend: ProductBackend) {
    self.backend = backend
  }

  /// A store holding `scores` as given.
  init(scores: Matrix) {
    self.backend = .blas
    self.kept = scores
  }

  /// The raw scores of `queries` against `keys`, `n × n`, computed once.
  func scores(queries: Matrix, keys: Matrix) -> Matrix {
    lock.withLock {
      if let scores = kept { return scores }
      let scores = queries.multiplied(by: keys, transposingOther: true, backend: backend)
      kept = scores
      return scores
    }
  }
}
