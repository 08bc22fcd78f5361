import AttentionEngine

/// Lays out one query's step: `q`, then for every key `k_j`, `q·k_j`, `q·k_j/√d` and the
/// weight (masked keys marked, never shown as 0), the value vector `v_j` and the weighted
/// value `weight_j · v_j`, then the row sum and the output `Σ_j weight_j · v_j`.
///
/// `q` and the keys share one colour scale, the values, weighted values and output
/// another, each with its own bar stating its true range; a scale whose few outliers
/// would wash out the rest saturates at a robust limit and its bar says so.
///
/// Up to 48 keys every row prints its numbers; longer texts shrink the rows, thin the
/// labels (never hiding the query or a highlighted token), keep the bars and draw each
/// column of cells as one image. On a
/// slide, vectors too long to print their numbers get the widest strips that fit unshrunk.
struct StepLayoutBuilder {
  let trace: AttentionTrace
  let request: FigureRequest
  let query: Int
  let typesetter: Typesetter
  var canvas = FigureCanvas.natural
  /// The width a vector strip without numbers aims at, in points.
  var vectorBudget = 256.0
  static let margin = 18.0
  static let numberRowLimit = 48

  private var head: HeadTrace { trace.head(layer: request.layer, head: request.head) }
  private var count: Int { head.tokenCount }
  private var showsNumbers: Bool { count <= Self.numberRowLimit }
  private var rowHeight: Double { showsNumbers ? 18 : max(2, 720 / Double(count)) }

  /// The finished layout.
  func build() -> FigureLayout {
    guard canvas.isSlide, head.headSize > VectorStrip.valueLimit else { return layout() }
    return canvas.largestFitting(Array(stride(from: 96.0, through: 256, by: 16))) {
      var builder = self
      builder.vectorBudget = $0
      return builder.layout()
    }.layout
  }

  private func layout() -> FigureLayout {
    let parts = StepParts(
      trace: trace, head: head, request: request, query: query, typesetter: typesetter,
      vectorBudget: vectorBudget)
    var items: [LayoutItem] = []
    let title = typesetter.text(titleText)
    items.append(.text(PlacedText(text: title, style: .title, origin: (Self.margin, Self.margin))))
    let queryY = Self.margin + typesetter.size(of: title, style: .title).height + 12
    items += parts.queryRow(y: queryY)
    let headerY = queryY + 28
    items += parts.header(y: headerY)
    let rowsY = headerY + 18
    items += parts.keyRows(y: rowsY, rowHeight: rowHeight, showsNumbers: showsNumbers)
    let totalsY = rowsY + rowHeight * Double(count) + 6
    items += parts.totals(y: totalsY)
    let side = parts.sidePanel(x: parts.columns.right + 24, y: headerY)
    items += side.items
    let width = max(side.right + Self.margin, 480)
    let caption = captionItem(y: max(totalsY + 46, side.bottom + 14), width: width)
    items.append(caption.item)
    return FigureLayout(
      widthInPoints: width.rounded(.up),
      heightInPoints: (caption.bottom + Self.margin).rounded(.up),
      items: items,
      altText: AltTextWriter.step(
        trace: trace, request: request, query: query,
        vectorScales: (parts.keyVectors.scale, parts.valueVectors.scale)))
  }

  private var titleText: String {
    "Attention step of query '\(TextSanitizer.label(trace.tokens[query].label))'"
      + " (token \(query + 1) of \(count)), "
      + CaptionWriter.headPhrase(for: trace, layer: request.layer, head: request.head)
  }

  private func captionItem(y: Double, width: Double) -> (item: LayoutItem, bottom: Double) {
    let wrap = width - 2 * Self.margin
    let text = typesetter.text(
      CaptionWriter.caption(for: trace, layer: request.layer, head: request.head))
    var style = TextStyle.caption
    style.color = Palette.secondaryText
    let height = typesetter.size(of: text, style: style, wrapWidth: wrap).height
    return (
      .text(PlacedText(text: text, style: style, origin: (Self.margin, y), wrapWidth: wrap)),
      y + height
    )
  }
}
