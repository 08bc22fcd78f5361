/// Choosing a layout for the canvas: on a slide, the largest variant that needs no shrinking.
extension FigureCanvas {
  /// Whether the figure goes on a fixed slide rather than a page of its own size.
  var isSlide: Bool { self != .natural }

  /// The factor the canvas scales `layout` by (1 on the natural canvas).
  func factor(of layout: FigureLayout) -> Double {
    placement(width: layout.widthInPoints, height: layout.heightInPoints).factor
  }

  /// The layout built from the largest of `sizes` that the canvas draws at full size or
  /// larger (factor ≥ 1), or from the smallest size when none fits; with that size.
  ///
  /// `build` must give figures that grow with the size, so a binary search finds it in
  /// `O(log n)` builds; `sizes` may be in any order.
  func largestFitting(
    _ sizes: [Double], build: (Double) -> FigureLayout
  ) -> (size: Double, layout: FigureLayout) {
    let sorted = sizes.sorted()
    precondition(!sorted.isEmpty, "at least one size to try")
    var best = (size: sorted[0], layout: build(sorted[0]))
    var (low, high) = (1, sorted.count - 1)
    while low <= high {
      let middle = (low + high) / 2
      let layout = build(sorted[middle])
      if factor(of: layout) >= 1 {
        best = (sorted[middle], layout)
        low = middle + 1
      } else {
        high = middle - 1
      }
    }
    return best
  }
}
