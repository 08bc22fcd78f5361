import AttentionEngine

/// Writes the captions of lesson figures: model, which heads (or how they are combined),
/// mask and tokenizer, as every figure must state them.
enum LessonCaption {
  /// The caption for a figure of `trace`; `heads` says which layers and heads it shows.
  static func caption(for trace: AttentionTrace, heads: String, note: String? = nil)
    -> String
  {
    var sentences = [
      "Model: \(trace.model.displayName).",
      heads.capitalizedFirst + ".",
      "Mask: \(trace.model.maskDescription).",
      "Tokenizer: \(trace.tokenizerName); \(CaptionWriter.tokenTreatment(trace.tokens))",
    ]
    if let note { sentences.append(note) }
    if !trace.model.isTrained {
      sentences.append(
        "The weights are untrained: this figure shows the computation,"
          + " not learned behaviour.")
    }
    return sentences.joined(separator: " ")
  }

  /// The label of token `index`, sanitized and quoted for running text.
  static func quoted(_ trace: AttentionTrace, _ index: Int) -> String {
    "'\(TextSanitizer.label(trace.tokens[index].label))'"
  }

  /// The 1-based phrase for one layer, such as "all 4 heads of layer 2 of 3".
  static func layerPhrase(_ trace: AttentionTrace, layer: Int) -> String {
    let heads = trace.layers[layer].heads
    let groups = Set(heads.map(\.keyValueHead)).count
    let sharing =
      groups < heads.count ? " (\(groups) key/value heads shared by groups of heads)" : ""
    return "all \(heads.count) heads of layer \(layer + 1) of \(trace.layerCount)\(sharing)"
  }

  /// `value` with `decimals` places, locale-free, minus sign U+2212.
  static func format(_ value: Double, decimals: Int = 2) -> String {
    FixedDecimal.format(value, decimals: decimals)
  }
}
