import AttentionEngine

extension StepParts {
  /// The row sum of the weights and the output vector `Σ_j weight_j · v_j`.
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
          origin: (columns.valueVector - 8 - outputSize.width, outputY + 9 - outputSize.height / 2))
      ),
    ] + vectors.items(head.outputs.row(query), x: columns.valueVector, y: outputY, height: 18)
  }

  /// The colour bar of the vector entries and the legend, right of the table.
  func sidePanel(x: Double, y: Double) -> (items: [LayoutItem], right: Double, bottom: Double) {
    let builder = ColorBarBuilder(typesetter: typesetter)
    let bar = builder.bar(vectors.scale, title: "vector entries", x: x, y: y, height: 110)
    var entries: [(ColorBarBuilder.Swatch, String)] = [
      (.outline(weightScale.colormap.color(at: 0.35)), "weight (bar length, 0 to 1)")
    ]
    let anyMasked = (0..<head.tokenCount).contains {
      !head.isVisible(queryIndex: query, keyIndex: $0)
    }
    if anyMasked { entries.append((.masked, "masked key")) }
    entries.append((.outline(Palette.highlight), "the query token's own key"))
    let legend = builder.legend(entries, x: x, y: y + bar.height + 16)
    return (
      bar.items + legend.items, x + max(bar.width, legend.width),
      y + bar.height + 16 + legend.height
    )
  }
}
