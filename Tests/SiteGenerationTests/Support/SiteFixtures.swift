@testable import SiteGeneration

/// A hand-made site of three tokens, causal, head size 2, for goldens and structure tests.
///
/// The tokens are hostile on purpose: markup, quotes and TeX-like text must all come out
/// literally.
enum SiteFixtures {
  static let labels = ["The", "<b>cat</b>", "$x_1^2$"]
  static let weights: [[String?]] = [
    ["1.0000", nil, nil],
    ["0.4000", "0.6000", nil],
    ["0.2000", "0.3000", "0.5000"],
  ]

  static func token(_ position: Int) -> TokenEntry {
    let spans = ["0–3", "4–14", "15–22"]
    return TokenEntry(
      position: position, text: labels[position], id: [464, 7, 42][position],
      span: spans[position], kind: "normal", href: fileName(position))
  }

  static func fileName(_ position: Int) -> String { "token-00\(position).html" }

  static let facts = [
    PageFact(term: "Model", detail: "tiny test model"),
    PageFact(term: "Mask", detail: "causal"),
  ]

  static func indexPage() -> IndexPage {
    IndexPage(
      path: "tiny/index.html", title: "Tiny <site> & \"friends\"",
      sourceText: "The <b>cat</b> $x_1^2$", facts: facts,
      untrainedNote: "Random weights.",
      heatmap: FigureReference(
        source: "figures/heatmap.svg", altText: "Heatmap of 3 tokens, 3 masked cells.",
        caption: "Rows are queries, columns are keys."),
      weights: WeightTable(
        keyLabels: labels,
        rows: (0..<3).map {
          WeightTable.Row(queryLabel: labels[$0], href: fileName($0), cells: weights[$0])
        }),
      tokens: (0..<3).map(token),
      data: .object([("tokens", .array(labels.map(JSONValue.string)))]))
  }

  static func tokenPage(_ position: Int) -> TokenPage {
    let steps = (0..<3).map { key in
      KeyStep(
        token: token(key),
        numbers: weights[position][key].map {
          KeyStep.Numbers(
            key: "[0.5000, -0.5000]", rawScore: "0.2500", scaledScore: "0.1768", weight: $0,
            value: "[1.0000, 2.0000]", weightedValue: "[\($0), 0.0000]")
        })
    }
    return TokenPage(
      path: "tiny/" + fileName(position), title: "Query \(position) · \(labels[position])",
      token: token(position), facts: facts, untrainedNote: nil, query: "[1.0000, 0.0000]",
      scaling: "Each score is divided by √2.", keys: steps, weightSum: "1.0000",
      weightedSum: "[1.0000, 2.0000]", output: "[1.0000, 2.0000]", fullyMaskedNote: nil,
      figure: FigureReference(
        source: "figures/step-\(position).svg", altText: "Steps of query \(position).",
        caption: "Query \(position) against every key."),
      previous: position > 0
        ? PageLink(href: fileName(position - 1), label: labels[position - 1]) : nil,
      next: position < 2
        ? PageLink(href: fileName(position + 1), label: labels[position + 1]) : nil,
      index: PageLink(href: "index.html", label: "All tokens"))
  }

  static func site() -> Site {
    Site(indexPages: [indexPage()], tokenPages: (0..<3).map(tokenPage))
  }
}
