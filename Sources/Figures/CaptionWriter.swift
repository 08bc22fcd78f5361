import AttentionEngine
import Tokenization

/// Writes the caption every figure carries: model, layer and head, mask, tokenizer,
/// token treatment and, for untrained models, what the figure can and cannot show.
enum CaptionWriter {
  /// The caption for one head of `trace`; `layer` and `head` are 0-based and printed 1-based.
  static func caption(for trace: AttentionTrace, layer: Int, head: Int) -> String {
    var sentences = [
      "Model: \(trace.model.displayName).",
      "\(headPhrase(for: trace, layer: layer, head: head).capitalizedFirst).",
      "Mask: \(trace.model.maskDescription).",
      "Tokenizer: \(trace.tokenizerName); \(tokenTreatment(trace.tokens))",
    ]
    if !trace.model.isTrained {
      sentences.append(
        "The weights are untrained: this figure shows the computation,"
          + " not learned behaviour.")
    }
    return sentences.joined(separator: " ")
  }

  /// "layer 1 of 2, head 2 of 2", 1-based for readers.
  static func headPhrase(for trace: AttentionTrace, layer: Int, head: Int) -> String {
    let shared = trace.head(layer: layer, head: head).keyValueHead
    let sharing = shared == head ? "" : " (reads key/value head \(shared + 1))"
    return "layer \(layer + 1) of \(trace.layerCount), head \(head + 1) of"
      + " \(trace.headCount)\(sharing)"
  }

  /// How subwords and special tokens appear on the axes.
  static func tokenTreatment(_ tokens: [Token]) -> String {
    let special = uniqueLabels(tokens.filter { $0.kind == .special })
    var parts = ["each token is labelled with the text it covers"]
    if special.isEmpty {
      parts.append("there are no special tokens")
    } else {
      parts.append("special tokens (\(special)) are kept as rows and columns")
    }
    if tokens.contains(where: { $0.kind == .partialCharacter }) {
      parts.append("⟨XX⟩ marks bytes of a character split across tokens")
    }
    let unknown = tokens.filter { $0.kind == .unknown }
    if !unknown.isEmpty {
      let covered = unknown.prefix(3).map { "‘\($0.label)’ (\(characters($0.span.count)))" }
      parts.append(
        "an unknown token ([UNK]) stands for a whole word the vocabulary cannot piece and is"
          + " labelled with the text it covers: " + covered.joined(separator: ", ")
          + (unknown.count > 3 ? ", …" : ""))
    }
    return parts.joined(separator: "; ") + "."
  }

  /// "1 character", "5 characters".
  static func characters(_ count: Int) -> String {
    count == 1 ? "1 character" : "\(count) characters"
  }

  private static func uniqueLabels(_ tokens: [Token]) -> String {
    var seen: [String] = []
    for token in tokens where !seen.contains(token.label) {
      seen.append(token.label)
    }
    return seen.prefix(4).joined(separator: ", ") + (seen.count > 4 ? ", …" : "")
  }
}

extension String {
  /// The string with its first character upper-cased.
  var capitalizedFirst: String {
    guard let first else { return self }
    return first.uppercased() + dropFirst()
  }
}
