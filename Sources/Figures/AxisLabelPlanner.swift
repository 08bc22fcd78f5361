/// Chooses which token labels a long axis shows and where, so none overlap and no
/// highlighted token is ever hidden.
///
/// When every label fits (`pitch ≥ labelExtent`) all are shown at their cell centres.
/// Otherwise labels are thinned to every `k`-th token, `k = ⌈labelExtent / pitch⌉`;
/// highlighted tokens are always kept, regular labels too close to one are dropped, and
/// runs of adjacent highlighted labels are spread apart (`center ≠ cellCenter`), to be
/// joined to their cells by leader lines.
enum AxisLabelPlanner {
  /// One label to draw: the token and the centre of its label along the axis, in points.
  struct Placement: Equatable {
    var index: Int
    var center: Double
    var cellCenter: Double
  }

  /// The labels to draw along an axis of `count` cells of size `pitch`.
  static func plan(
    count: Int, pitch: Double, labelExtent: Double, highlighted: Set<Int>
  ) -> [Placement] {
    func cellCenter(_ i: Int) -> Double { (Double(i) + 0.5) * pitch }
    guard pitch < labelExtent else {
      return (0..<count).map {
        Placement(index: $0, center: cellCenter($0), cellCenter: cellCenter($0))
      }
    }
    let stride = Int((labelExtent / pitch).rounded(.up))
    let kept = highlighted.filter { (0..<count).contains($0) }
    let regular = Swift.stride(from: 0, to: count, by: stride).filter { index in
      !kept.contains { abs(cellCenter($0) - cellCenter(index)) < labelExtent }
    }
    let chosen = (Array(kept) + regular).sorted()
    let centers = spread(chosen.map(cellCenter), gap: labelExtent, end: Double(count) * pitch)
    return zip(chosen, centers).map {
      Placement(index: $0, center: $1, cellCenter: cellCenter($0))
    }
  }

  /// Pushes sorted centres apart to at least `gap`, keeping them inside `0...end` when
  /// there is room.
  private static func spread(_ ideal: [Double], gap: Double, end: Double) -> [Double] {
    var centers = ideal
    for i in centers.indices.dropFirst() {
      centers[i] = max(centers[i], centers[i - 1] + gap)
    }
    if let last = centers.indices.last, centers[last] > end - gap / 2 {
      centers[last] = max(ideal[last], end - gap / 2)
      for i in centers.indices.dropLast().reversed() {
        centers[i] = min(centers[i], centers[i + 1] - gap)
      }
    }
    return centers
  }
}
