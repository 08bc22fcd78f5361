/// Flows units down pages: the first layout pass, before page numbers are known.
///
/// A unit moves to a new page when it, together with every following unit it is kept
/// with, does not fit below the current one; chains taller than a page are only kept
/// as far as the first unit. A unit with a `header` repeats it at the top of the new
/// page. Space above a unit is dropped at the top of a page.
struct HandoutPaginator {
  let geometry: HandoutGeometry
  private(set) var pages: [HandoutPage] = [HandoutPage()]
  private var y: Double
  private var pageIsEmpty = true

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
      let needed = chainHeight(units, from: index)
      if !pageIsEmpty, y + unit.spaceBefore + needed > geometry.bottom + 0.01 {
        newPage()
        for header in unit.header { put(header) }
      }
      put(unit)
    }
  }

  /// The height from `index` to the end of its keep-with-next chain, or of the unit
  /// alone when the chain is taller than a page.
  private func chainHeight(_ units: [FlowUnit], from index: Int) -> Double {
    var total = units[index].height
    var current = index
    while units[current].keepWithNext, current + 1 < units.count,
      !units[current + 1].isPageBreak
    {
      current += 1
      total += units[current].spaceBefore + units[current].height
    }
    let headerHeight = units[index].header.reduce(0) { $0 + $1.height }
    return total + headerHeight > geometry.bodyHeight ? units[index].height : total
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
