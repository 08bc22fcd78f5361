import AttentionEngine

/// Lays out the bottleneck picture: above, the tokens before the current one pass one by
/// one into a recurrent state of fixed size whose last value alone reaches the current
/// token; below, attention joins the current token directly to every earlier position.
///
/// Labels are the trace's tokens. Prefixes longer than `shownLimit` show their first and
/// last tokens around an ellipsis box that says how many are hidden; the attention half
/// still states the full count of direct lines.
struct BottleneckLayoutBuilder {
  let trace: AttentionTrace
  let current: Int
  let frame: LessonFrame
  static let shownLimit = 14
  static let boxHeight = 20.0
  static let gap = 10.0

  /// The prefix positions drawn, with `nil` for the ellipsis box.
  var shown: [Int?] {
    guard current > Self.shownLimit else { return (0..<current).map { $0 } }
    let head = (0..<4).map { Optional($0) }
    let tail = (current - (Self.shownLimit - 5)..<current).map { Optional($0) }
    return head + [nil] + tail
  }

  private var width: Int { trace.layerInput.columns }

  /// The finished layout.
  func build() -> FigureLayout {
    let title = frame.title(
      "Why attention: one fixed-size state versus direct access to every position")
    var items = [title.item]
    let boxes = tokenBoxes(y: 0)
    let rnnTop = title.bottom + 6
    items += recurrent(top: rnnTop, boxes: boxes)
    let attentionTop = rnnTop + 116
    items += attention(top: attentionTop, boxes: boxes)
    let right = (boxes.last.map { $0.rect.maxX } ?? LessonFrame.margin) + 150
    return frame.finish(
      items, contentRight: right, contentBottom: attentionTop + 128,
      caption: LessonCaption.caption(
        for: trace,
        heads: "no single head is drawn: the lines stand for what any attention head can"
          + " reach, the state for a recurrent network of the same width"),
      altText: altText)
  }

  private struct Box {
    var index: Int?
    var text: String
    var rect: Rect
  }

  private func tokenBoxes(y: Double) -> [Box] {
    var x = LessonFrame.margin + 8
    return shown.map { index in
      let text =
        index.map { frame.typesetter.label(trace.tokens[$0].label, maximumCharacters: 12) }
        ?? "… \(current - (Self.shownLimit - 1)) more"
      let width = max(26, frame.size(text).width + 10)
      defer { x += width + Self.gap }
      return Box(
        index: index, text: text, rect: Rect(x: x, y: y, width: width, height: Self.boxHeight))
    }
  }

  private func moved(_ rect: Rect, _ dy: Double) -> Rect {
    Rect(x: rect.x, y: rect.y + dy, width: rect.width, height: rect.height)
  }

  private func boxItems(_ box: Box, dy: Double) -> [LayoutItem] {
    let rect = moved(box.rect, dy)
    let style = box.index == nil ? LessonFrame.note : TextStyle.label
    return [
      .fill(rect, RGBColor(white: 0.96), tag: nil),
      .stroke(rect, Palette.rule, width: 0.6),
      frame.centred(
        box.text, midX: rect.midX, midY: rect.midY, style: style,
        tag: box.index.map { .keyLabel($0) }),
    ]
  }

  private func currentBox(x: Double, y: Double) -> (items: [LayoutItem], rect: Rect) {
    let text = frame.typesetter.label(trace.tokens[current].label, maximumCharacters: 12)
    let style = LessonFrame.highlighted
    let rect = Rect(
      x: x, y: y, width: max(30, frame.size(text, style).width + 12), height: Self.boxHeight)
    return (
      [
        .fill(rect, .white, tag: nil), .stroke(rect, Palette.highlight, width: 1.4),
        frame.centred(
          text, midX: rect.midX, midY: rect.midY, style: style, tag: .queryLabel(current)),
      ], rect
    )
  }

  private func recurrent(top: Double, boxes: [Box]) -> [LayoutItem] {
    var items = [
      frame.text(
        "Recurrent: the prefix squeezed through one state", x: LessonFrame.margin, y: top,
        style: LessonFrame.heading)
    ]
    let tokenY = top + 22
    let stateY = tokenY + 46
    var previous: Rect?
    for box in boxes {
      items += boxItems(box, dy: tokenY)
      let token = moved(box.rect, tokenY)
      let state = Rect(x: token.midX - 8, y: stateY, width: 16, height: 16)
      items += frame.arrow(from: (token.midX, token.maxY), to: (token.midX, state.y - 1))
      if let previous {
        items += frame.arrow(from: (previous.maxX, previous.midY), to: (state.x - 1, state.midY))
      }
      items.append(.fill(state, RGBColor(white: 0.75), tag: nil))
      previous = state
    }
    guard let last = previous else { return items }
    let end = currentBox(x: (boxes.last?.rect.maxX ?? 0) + 30, y: stateY - 2)
    items += frame.arrow(from: (last.maxX, last.midY), to: (end.rect.x - 1, end.rect.midY))
    items += end.items
    items.append(
      frame.text(
        "everything before \(LessonCaption.quoted(trace, current)) must fit in one vector"
          + " of \(width) numbers, updated \(current) times",
        x: LessonFrame.margin + 8, y: stateY + 26, style: LessonFrame.note))
    return items
  }

  private func attention(top: Double, boxes: [Box]) -> [LayoutItem] {
    var items = [
      frame.text(
        "Attention: a direct line to every earlier position", x: LessonFrame.margin, y: top,
        style: LessonFrame.heading)
    ]
    let tokenY = top + 22
    let end = currentBox(x: (boxes.last?.rect.maxX ?? LessonFrame.margin) + 30, y: tokenY + 62)
    for box in boxes {
      items += boxItems(box, dy: tokenY)
      guard box.index != nil else { continue }
      let token = moved(box.rect, tokenY)
      items.append(
        .line(
          from: (end.rect.midX, end.rect.y), to: (token.midX, token.maxY),
          HeadViewLayoutBuilder.lineColor, width: 1))
    }
    items += end.items
    items.append(
      frame.text(
        "\(LessonCaption.quoted(trace, current)) looks at all \(current) earlier tokens"
          + " (and itself) in one step; nothing has to be squeezed",
        x: LessonFrame.margin + 8, y: tokenY + 92, style: LessonFrame.note))
    return items
  }

  private var altText: String {
    "Two diagrams for the tokens before \(LessonCaption.quoted(trace, current)) (token"
      + " \(current + 1) of \(trace.tokens.count)) of '\(TextSanitizer.visible(trace.text))'."
      + " Above, a recurrent chain passes the \(current) earlier tokens one at a time into a"
      + " single state of \(width) numbers that alone reaches the current token. Below,"
      + " attention draws a direct line from the current token to each earlier token."
  }
}
