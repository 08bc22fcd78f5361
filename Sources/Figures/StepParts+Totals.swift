import AttentionEngine

extension StepParts {
  /// The row sum of the weights and, under the weighted values it sums, the output vector
  /// `Σ_j weight_j · v_j`.
  func totals(y: Double) -> [LayoutItem] {
    let visible = (0..<head.tokenCount).filter { head.isVisible(queryIndex: query, keyIndex: $0) }
    let sum = visible.reduce(0.0) { $0 + Double(head.weights[query, $1]) }
    let sumText =
      visible.isEmpty
      ? "sum = 0 (fully masked: no visible key)"
      : "sum of weights = \(FixedDecimal.format(sum, decimals: 3))"
    let bold = TextStyle(size: 9, isBold: true)
    let outputText = "output = Σ weight · v"
    let outputSize = typesetter.size(of: outputText, style: bold)
    let outputY = y + 20
    return [
      .line(
        from: (columns.weightBar, y - 3), to: (columns.weightBar + StepColumns.barLength, y - 3),
        Palette.rule, width: 0.6),
      .text(PlacedText(text: sumText, style: bold, origin: (columns.weightBar, y))),
      .text(
        PlacedText(
          text: outputText, style: bold,
          origin: (
            columns.weightedVector - 8 - outputSize.width, outputY + 9 - outputSize.height / 2
          ))
      ),
      .line(
        from: (columns.weightedVector, y - 3), to: (columns.right, y - 3), Palette.rule,
        width: 0.6),
    ]
      + valueVectors.items(
        head.outputs.row(query), x: columns.weightedVector, y: outputY, height: 18)
  }

  /// The colour bars of the two vector scales and the legend, right of the table.
  func sidePanel(x: Double, y: Double) -> (items: [LayoutItem], right: Double, bottom: Double) {
    let builder = ColorBarBuilder(typesetter: typesetter)
    let keyBar = builder.bar(
      keyVectors.scale, title: Self.keyBarTitle, x: x, y: y, height: Self.barHeight)
    let valueY = y + keyBar.height + 14
    let valueBar = builder.bar(
      valueVectors.scale, title: Self.valueBarTitle, x: x, y: valueY, height: Self.barHeight)
    let legendY = valueY + valueBar.height + 16
    var entries: [(ColorBarBuilder.Swatch, String)] = [
      (.outline(weightScale.colormap.color(at: 0.35)), "weight (bar length, 0 to 1)")
    ]
    let anyMasked = (0..<head.tokenCount).contains {
      !head.isVisible(queryIndex: query, keyIndex: $0)
    }
    if anyMasked { entries.append((.masked, "masked key")) }
    entries.append((.outline(Palette.highlight), "the query token's own key"))
    let others = request.highlightedTokens.subtracting([query])
    entries.append(
      (
        .textSample(.highlightedLabel),
        others.isEmpty ? "the query token" : "query or highlighted token"
      ))
    entries += ColorBarBuilder.markedTokenEntries(trace.tokens)
    let legend = builder.legend(entries, x: x, y: legendY)
    return (
      keyBar.items + valueBar.items + legend.items,
      x + max(keyBar.width, valueBar.width, legend.width), legendY + legend.height
    )
  }

  /// The title of the colour bar of `q` and `k`.
  static let keyBarTitle = "q and k entries"
  /// The title of the colour bar of `v`, `weight · v` and the output.
  static let valueBarTitle = "v, weight · v, output"
  /// The height of each colour bar, in points.
  static let barHeight = 80.0
}
