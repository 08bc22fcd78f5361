/// Finds the known name closest to a misspelt one, for "did you mean" messages.
enum NameSuggester {
  /// The candidate with the smallest case-insensitive edit distance, if it is close enough.
  ///
  /// Close enough means at most half the length of the longer name; ties keep the
  /// earlier candidate, so the answer does not depend on anything but the list order.
  static func nearest(to name: String, among candidates: [String]) -> String? {
    let target = Array(name.lowercased().unicodeScalars)
    var best: (name: String, distance: Int)?
    for candidate in candidates {
      let other = Array(candidate.lowercased().unicodeScalars)
      let distance = editDistance(target, other)
      if distance <= max(target.count, other.count) / 2,
        distance < (best?.distance ?? .max)
      {
        best = (candidate, distance)
      }
    }
    return best?.name
  }

  /// The Levenshtein distance: insertions, deletions and substitutions each cost one.
  static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
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
