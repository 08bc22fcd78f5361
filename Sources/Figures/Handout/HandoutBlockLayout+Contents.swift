extension HandoutBlockLayout {
  /// The width kept free at the right of a contents line for its page number.
  static let pageNumberWidth = 36.0

  /// One unit per section: its title wrapped at the left, its page number at the right.
  ///
  /// A line's height never depends on its number, so the pages of a second layout pass
  /// match the first.
  func contents() -> [FlowUnit] {
    var units = sections.enumerated().map { index, section in
      contentsLine(section.title, page: section.page, isFirst: index == 0)
    }
    units.keepEnds(together: HandoutStyle.minimumTableRows)
    return units
  }

  private func contentsLine(_ title: String, page: Int?, isFirst: Bool) -> FlowUnit {
    let style = HandoutStyle.body
    let wrap = geometry.textWidth - Self.pageNumberWidth
    let height = typesetter.size(of: title, style: style, wrapWidth: wrap).height
    var items: [HandoutItem] = [
      .drawing(
        .text(PlacedText(text: title, style: style, origin: (geometry.left, 0), wrapWidth: wrap)))
    ]
    if let page {
      let number = String(page)
      let width = typesetter.size(of: number, style: style).width
      let x = geometry.left + geometry.textWidth - width
      items.append(.drawing(.text(PlacedText(text: number, style: style, origin: (x, 0)))))
    }
    let ruleY = height + 2
    items.append(
      .drawing(
        .line(
          from: (geometry.left, ruleY), to: (geometry.left + geometry.textWidth, ruleY),
          HandoutStyle.rule, width: 0.4)))
    return FlowUnit(height: ruleY + 1, items: items, spaceBefore: isFirst ? 0 : 4)
  }
}
