/// Flows units down pages: the first layout pass, before page numbers are known.
///
/// A unit moves to a new page when it, together with every following unit it is kept
/// with, does not fit below the current one; a chain taller than a page flows on unit
/// by unit instead, each unit still kept with the one after it. A unit with a `header` repeats it at the top of the new
/// page. Space above a unit is dropped at the top of a page.
struct HandoutPaginator {
  let geometry: HandoutGeometry
  private(set) var pages: [HandoutPage] = [HandoutPage()]
  private var y: Double
  private var pageIsEmpty = true
  /// Whether the unit being placed belongs to a kept chain already found taller than
  /// a page, which then flows unit by unit to its end.
  private var inOversizedChain = false

  init(geometry: HandoutGeometry) {
    self.geometry = geometry
    y = geometry.top
  }

  /// Places `units` in order after everything placed so far.
  mutating func place(_ units: [FlowUnit]) {
    for index in units.indices {
      let unit = units[index]
      if unit.isPageBreak {
        if !pageIsEmpty { newPage() }
        continue
      }
      let chain = chainHeight(units, from: index)
      let headerHeight = unit.header.reduce(0) { $0 + $1.height }
      if chain + headerHeight > geometry.bodyHeight { inOversizedChain = true }
      let needed = inOversizedChain ? pairHeight(units, from: index) : chain
      if !pageIsEmpty, y + unit.spaceBefore + needed > geometry.bottom + 0.01 {
        newPage()
        for header in unit.header { put(header) }
      }
      put(unit)
      if !unit.keepWithNext { inOversizedChain = false }
    }
  }

  /// The height of the unit at `index` and, if it is kept with it, the next one.
  private func pairHeight(_ units: [FlowUnit], from index: Int) -> Double {
    let unit = units[index]
    guard unit.keepWithNext, index + 1 < units.count else { return unit.height }
    return unit.height + units[index + 1].spaceBefore + units[index + 1].height
  }

  /// The height from `index` to the end of its keep-with-next chain.
  private func chainHeight(_ units: [FlowUnit], from index: Int) -> Double {
    var total = units[index].height
    var current = index
    while units[current].keepWithNext, current + 1 < units.count,
      !units[current + 1].isPageBreak
    {
      current += 1
      total += units[current].spaceBefore + units[current].height
    }
    return total
  }

  private mutating func put(_ unit: FlowUnit) {
    if !pageIsEmpty { y += unit.spaceBefore }
    pages[pages.count - 1].items += unit.items.map { $0.shifted(by: y) }
    y += unit.height
    pageIsEmpty = false
  }

  private mutating func newPage() {
    pages.append(HandoutPage())
    y = geometry.top
    pageIsEmpty = true
  }
}
