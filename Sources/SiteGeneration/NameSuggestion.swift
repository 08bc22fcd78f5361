/// Finds the known name nearest to a misspelt one, for "did you mean" messages.
enum NameSuggestion {
  /// The name in `known` closest to `name` by edit distance, if within 2 edits (ties go to
  /// the alphabetically first).
  static func nearest(to name: String, in known: [String]) -> String? {
    let scored = known.sorted().map { ($0, distance(name, $0)) }
    guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= 2 else { return nil }
    return best.0
  }

  /// The Levenshtein distance between `a` and `b`, counted in characters; `O(|a| · |b|)`.
  static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    var previous = Array(0...b.count)
    for (i, left) in a.enumerated() {
      var current = [i + 1]
      for (j, right) in b.enumerated() {
        let substitution = previous[j] + (left == right ? 0 : 1)
        current.append(min(substitution, previous[j + 1] + 1, current[j] + 1))
      }
      previous = current
    }
    return previous[b.count]
  }
}
