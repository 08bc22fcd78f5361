/// Turns handout blocks into flow units: text split into lines, boxes, figures, tables.
///
/// Every string passes the typesetter (`TextSanitizer` plus font coverage) before Pango
/// sees it, and is set as plain text, never markup.
struct HandoutBlockLayout {
  let geometry: HandoutGeometry
  let typesetter: Typesetter
  /// The sections a `.contents` block lists: each title (sanitized) and the page it
  /// starts on, or `nil` before the first layout pass has found it.
  var sections: [(title: String, page: Int?)] = []

  private var breaker: LineBreaker { LineBreaker(typesetter: typesetter) }

  /// The units of the title and subtitle that open the first page.
  func titleUnits(_ document: HandoutDocument) -> [FlowUnit] {
    var units = lines(document.title, style: HandoutStyle.title)
    if let subtitle = document.subtitle {
      var sub = lines(subtitle, style: HandoutStyle.subtitle)
      if !sub.isEmpty { sub[0].spaceBefore = 4 }
      units += sub
    }
    let ruleY = 8.0
    let rule = LayoutItem.line(
      from: (geometry.left, ruleY), to: (geometry.left + geometry.textWidth, ruleY),
      HandoutStyle.rule, width: 0.8)
    units.append(FlowUnit(height: ruleY + 6, items: [.drawing(rule)]))
    return units
  }

  /// The units of one block, or of a page break.
  func units(of block: HandoutBlock) throws -> [FlowUnit] {
    switch block {
    case .heading(let text, let level):
      return heading(text, level: level)
    case .paragraph(let text):
      return spaced(lines(text, style: HandoutStyle.body, orphans: true))
    case .bullets(let items):
      return spaced(items.enumerated().flatMap { bullet($1, isFirst: $0 == 0) })
    case .prompt(let question, let answer):
      return spaced(prompt(question: question, answer: answer))
    case .figure(let figure, let caption):
      return spaced([
        try HandoutFigureLayout(geometry: geometry, typesetter: typesetter)
          .unit(of: figure, caption: caption)
      ])
    case .table(let header, let rows):
      return spaced(
        HandoutTableLayout(geometry: geometry, typesetter: typesetter)
          .units(header: header, rows: rows))
    case .pageBreak:
      return [.pageBreak]
    case .contents:
      return spaced(contents())
    }
  }

  /// `units` with the gap between blocks above the first.
  private func spaced(_ units: [FlowUnit]) -> [FlowUnit] {
    var result = units
    if !result.isEmpty { result[0].spaceBefore += HandoutStyle.blockGap }
    return result
  }

  private func heading(_ text: String, level: Int) -> [FlowUnit] {
    let isSection = level <= 1
    var units = lines(text, style: isSection ? HandoutStyle.section : HandoutStyle.subsection)
    guard !units.isEmpty else { return [] }
    units[0].spaceBefore = isSection ? 16 : 11
    let title = String(typesetter.text(text).prefix(120))
    units[0].items.append(.bookmark(title, level: isSection ? 1 : 2, y: 0))
    for index in units.indices { units[index].keepWithNext = true }
    units[units.count - 1].height += 2
    return units
  }

  /// The lines of `raw` as units at `x` (default: the left margin).
  ///
  /// With `orphans`, the first `HandoutStyle.minimumParagraphLines` lines are kept
  /// together and so are the last, so no page starts or ends with a lone line.
  func lines(
    _ raw: String, style: TextStyle, x: Double? = nil, width: Double? = nil,
    orphans: Bool = false
  ) -> [FlowUnit] {
    let left = x ?? geometry.left
    let wrap = width ?? geometry.textWidth
    var units = breaker.lines(of: typesetter.text(raw), style: style, width: wrap).map {
      let placed = PlacedText(text: $0.text, style: style, origin: (left + $0.offset, 0))
      return FlowUnit(height: $0.height, items: [.drawing(.text(placed))])
    }
    if orphans { units.keepEnds(together: HandoutStyle.minimumParagraphLines) }
    return units
  }

  private func bullet(_ text: String, isFirst: Bool) -> [FlowUnit] {
    let indent = HandoutStyle.bulletIndent
    var units = lines(
      text, style: HandoutStyle.body, x: geometry.left + indent,
      width: geometry.textWidth - indent, orphans: true)
    if units.isEmpty {
      units = [
        FlowUnit(
          height: typesetter.size(of: "•", style: HandoutStyle.body).height,
          items: [])
      ]
    }
    let mark = PlacedText(text: "•", style: HandoutStyle.body, origin: (geometry.left + 4, 0))
    units[0].items.append(.drawing(.text(mark)))
    units[0].spaceBefore = isFirst ? 0 : 3
    return units
  }
}
