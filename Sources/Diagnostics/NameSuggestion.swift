/// Finds the known name nearest to a misspelt one, for "did you mean" messages.
public enum NameSuggestion {
  /// The candidate nearest to `name`, compared case-insensitively, when it is close enough
  /// to be a typo: at most `max(2, longer length / 3)` edits away.
  ///
  /// Ties go to the earlier candidate, so the answer depends only on the list's order.
  public static func nearest(to name: String, among candidates: [String]) -> String? {
    let target = Array(name.lowercased().unicodeScalars)
    var best: (name: String, distance: Int)?
    for candidate in candidates {
      let other = Array(candidate.lowercased().unicodeScalars)
      let distance = editDistance(target, other)
      let limit = max(2, max(target.count, other.count) / 3)
      if distance <= limit, distance < (best?.distance ?? .max) {
        best = (candidate, distance)
      }
    }
    return best?.name
  }

  /// The Levenshtein distance between two scalar sequences.
  ///
  /// Insertions, deletions and substitutions each cost one. Cost: `O(|a| · |b|)`.
  public static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    var previous = Array(0...b.count)
    for (i, x) in a.enumerated() {
      var current = [i + 1]
      for (j, y) in b.enumerated() {
        let substitution = previous[j] + (x == y ? 0 : 1)
        current.append(min(substitution, previous[j + 1] + 1, current[j] + 1))
      }
      previous = current
    }
    return previous[b.count]
  }
}
