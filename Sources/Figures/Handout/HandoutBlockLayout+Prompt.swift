extension HandoutBlockLayout {
  /// A "Predict, then check" exercise: the label "Predict", the question, then the
  /// answer under the label "Check" in a shaded box with an accent bar.
  ///
  /// Every unit is kept with the next, so the whole exercise moves to a new page when
  /// it does not fit; one taller than a page flows on line by line, the box continuing.
  func prompt(question: String, answer: String) -> [FlowUnit] {
    var units = lines("Predict", style: HandoutStyle.promptLabel)
    units += lines(question, style: HandoutStyle.body)
    units += answerBox(answer)
    for index in units.indices.dropLast() { units[index].keepWithNext = true }
    return units
  }

  private func answerBox(_ answer: String) -> [FlowUnit] {
    let pad = HandoutStyle.boxPadding
    let bar = 3.0
    let x = geometry.left + bar + pad
    let width = geometry.textWidth - bar - 2 * pad
    var strips = lines("Check", style: HandoutStyle.bodyBold, x: x, width: width)
    strips += lines(answer, style: HandoutStyle.body, x: x, width: width)
    guard !strips.isEmpty else { return [] }
    strips[0].spaceBefore = 5
    strips[0].height += pad
    strips[0].items = strips[0].items.map { $0.shifted(by: pad) }
    strips[strips.count - 1].height += pad
    return strips.map { strip in
      var boxed = strip
      let area = Rect(x: geometry.left, y: 0, width: geometry.textWidth, height: strip.height)
      let accent = Rect(x: geometry.left, y: 0, width: bar, height: strip.height)
      boxed.items =
        [
          .drawing(.fill(area, HandoutStyle.answerFill, tag: nil)),
          .drawing(.fill(accent, Palette.highlight, tag: nil)),
        ] + strip.items
      return boxed
    }
  }
}
