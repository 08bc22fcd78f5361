/// Flows units down pages: the first layout pass, before page numbers are known.
///
/// A unit moves to a new page when it, together with every following unit it is kept
/// with, does not fit below the current one. A chain taller than a page keeps only its
/// first `oversizedLead` units together and then flows on unit by unit. A unit with a
/// `header` repeats it at the top of the new page. Space above a unit is dropped at the
/// top of a page. A landscape unit fills a landscape page of its own; when it arrives on
/// a page already begun, it floats: the following units go on filling that page, and
/// the landscape page comes right after it.
///
/// Widows and orphans are the units' business: tables and paragraphs chain their first
/// and last few units (`Array.keepEnds(together:)`), so a page never holds fewer than
/// `HandoutStyle.minimumTableRows` rows of a table or two lines of a paragraph.
struct HandoutPaginator {
  /// How many units open an oversized chain together (a heading, a label and two
  /// lines), so its start is never stranded at a page bottom.
  static let oversizedLead = 4

  let geometry: HandoutGeometry
  private(set) var pages: [HandoutPage] = [HandoutPage()]
  private var y: Double
  private var pageIsEmpty = true
  /// Whether the unit being placed belongs to a kept chain already found taller than
  /// a page, which then flows unit by unit to its end.
  private var inOversizedChain = false
  /// Landscape units waiting for the current portrait page to end.
  private var floating: [FlowUnit] = []

  init(geometry: HandoutGeometry) {
    self.geometry = geometry
    y = geometry.top
  }

  /// Places `units` in order after everything placed so far; give all units of a
  /// document at once, since a chain ends at the end of `units`.
  mutating func place(_ units: [FlowUnit]) {
    for index in units.indices {
      let unit = units[index]
      if !pageIsEmpty, unit.isPageBreak || currentIsLandscape { newPage() }
      if unit.isPageBreak { continue }
      if unit.isLandscape {
        if pageIsEmpty {
          pages.removeLast()
          addLandscapePage(unit)
        } else {
          floating.append(unit)
        }
        continue
      }
      let needed = neededHeight(units, from: index)
      if !pageIsEmpty, y + unit.spaceBefore + needed > geometry.bottom + 0.01 {
        newPage()
        for header in unit.header { put(header) }
      }
      put(unit)
      if !unit.keepWithNext { inOversizedChain = false }
    }
    addFloatingPages()
  }

  /// The room the unit at `index` needs below the cursor, given the chain it is in.
  private mutating func neededHeight(_ units: [FlowUnit], from index: Int) -> Double {
    if inOversizedChain { return units[index].height }
    let chain = chainHeight(units, from: index)
    let header = units[index].header.reduce(0) { $0 + $1.height }
    guard chain + header > geometry.bodyHeight else { return chain }
    inOversizedChain = true
    return chainHeight(units, from: index, limit: Self.oversizedLead)
  }

  /// The height from `index` to the end of its keep-with-next chain, counting at most
  /// `limit` units.
  private func chainHeight(_ units: [FlowUnit], from index: Int, limit: Int = .max)
    -> Double
  {
    var total = units[index].height
    var current = index
    while units[current].keepWithNext, current + 1 < units.count,
      !units[current + 1].isPageBreak, !units[current + 1].isLandscape,
      current - index + 1 < limit
    {
      current += 1
      total += units[current].spaceBefore + units[current].height
    }
    return total
  }

  private var currentIsLandscape: Bool { pages[pages.count - 1].isLandscape }

  private mutating func put(_ unit: FlowUnit) {
    if !pageIsEmpty { y += unit.spaceBefore }
    pages[pages.count - 1].items += unit.items.map { $0.shifted(by: y) }
    y += unit.height
    pageIsEmpty = false
  }

  /// Ends the current page: the floating landscape pages follow it, then a new portrait
  /// page begins.
  private mutating func newPage() {
    addFloatingPages()
    pages.append(HandoutPage())
    y = geometry.top
    pageIsEmpty = true
  }

  private mutating func addFloatingPages() {
    let waiting = floating
    floating = []
    for unit in waiting { addLandscapePage(unit) }
  }

  /// Adds a landscape page holding `unit` alone; it becomes the current page.
  private mutating func addLandscapePage(_ unit: FlowUnit) {
    pages.append(HandoutPage(isLandscape: true))
    y = geometry.landscape.top
    pageIsEmpty = true
    put(unit)
  }
}
