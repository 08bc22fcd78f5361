import AttentionEngine

/// Writes the plain-text alternative of a figure: what it shows, for screen readers.
///
/// Labels appear in their sanitized visible form (controls escaped, edge spaces as `␣`)
/// and in single quotes; the text is not HTML-escaped.
enum AltTextWriter {
  /// The description of a heatmap; for up to 12 tokens it names each query's strongest key.
  static func heatmap(
    trace: AttentionTrace, request: FigureRequest, quantityName: String, scale: ValueScale
  ) -> String {
    let head = trace.head(layer: request.layer, head: request.head)
    let phrase = CaptionWriter.headPhrase(for: trace, layer: request.layer, head: request.head)
    let masked = head.visibility.filter { !$0 }.count
    var parts = [
      "Heatmap of \(quantityName.lowercased()) for \(phrase) of"
        + " \(trace.model.displayName).",
      "Rows are queries (attending from), columns are keys (attending to), over"
        + " \(trace.tokens.count) tokens: \(tokenList(trace)).",
      "Colour range \(scale.format(scale.minimum)) to \(scale.format(scale.maximum));"
        + " \(masked) of \(head.visibility.count) cells are masked.",
    ]
    if trace.tokens.count <= HeatmapGeometry.valueLimit {
      parts.append(strongestKeys(trace: trace, head: head))
    }
    return parts.joined(separator: " ")
  }

  /// The description of a step figure for one query, with the true range of each of its
  /// two vector colour scales (`q` and `k`; `v`, `weight · v` and the output).
  static func step(
    trace: AttentionTrace, request: FigureRequest, query: Int,
    vectorScales: (keys: ValueScale, values: ValueScale)
  ) -> String {
    let head = trace.head(layer: request.layer, head: request.head)
    let phrase = CaptionWriter.headPhrase(for: trace, layer: request.layer, head: request.head)
    let visible = (0..<head.tokenCount).filter {
      head.isVisible(queryIndex: query, keyIndex: $0)
    }
    let weights = visible.map { "\(quoted(trace, $0)) \(format(head.weights[query, $0]))" }
    return "Attention step of query \(quoted(trace, query)) (token \(query + 1) of"
      + " \(head.tokenCount)) in \(phrase) of \(trace.model.displayName): its query vector"
      + " is compared with the keys of \(visible.count) visible tokens, the scores are"
      + " scaled by 1/√\(head.headSize) and turned into weights"
      + (weights.isEmpty ? " (none: every key is masked)" : " (\(weights.joined(separator: ", ")))")
      + "; each value vector times its weight, summed, gives the output vector."
      + " Colours: q and k entries \(range(vectorScales.keys)); v, weight · v and output"
      + " entries \(range(vectorScales.values))."
  }

  private static func range(_ scale: ValueScale) -> String {
    "from \(scale.format(scale.minimum)) to \(scale.format(scale.maximum))"
      + (scale.clippingNote.map { " (\($0))" } ?? "")
  }

  private static func strongestKeys(trace: AttentionTrace, head: HeadTrace) -> String {
    let rows = (0..<head.tokenCount).map { query -> String in
      let visible = (0..<head.tokenCount).filter {
        head.isVisible(queryIndex: query, keyIndex: $0)
      }
      guard let best = visible.max(by: { head.weights[query, $0] < head.weights[query, $1] })
      else { return "\(quoted(trace, query)) is fully masked" }
      return "\(quoted(trace, query)) → \(quoted(trace, best))"
        + " \(format(head.weights[query, best]))"
    }
    return "Strongest weight per query: \(rows.joined(separator: "; "))."
  }

  private static func tokenList(_ trace: AttentionTrace) -> String {
    let shown = trace.tokens.indices.prefix(12).map { quoted(trace, $0) }
    let rest = trace.tokens.count - shown.count
    return shown.joined(separator: ", ") + (rest > 0 ? " and \(rest) more" : "")
  }

  private static func quoted(_ trace: AttentionTrace, _ index: Int) -> String {
    "'\(TextSanitizer.label(trace.tokens[index].label))'"
  }

  private static func format(_ value: Float) -> String {
    FixedDecimal.format(value, decimals: 2)
  }
}
