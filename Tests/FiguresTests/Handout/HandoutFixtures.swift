import AttentionEngine
import Figures
import Tokenization

/// Small handout documents for tests, with figures computed by the teaching model.
enum HandoutFixtures {
  /// Hand-made word tokens; each token's span counts Unicode scalars.
  static func tokens(_ words: [String]) -> [Token] {
    var offset = 0
    return words.enumerated().map { index, word in
      defer { offset += word.unicodeScalars.count + 1 }
      return Token(
        id: 20 + index, piece: word, span: offset..<offset + word.unicodeScalars.count,
        kind: .normal, label: word)
    }
  }

  /// A teaching-model trace of "the cat sat on the mat".
  static func trace() throws -> AttentionTrace {
    let words = ["the", "cat", "sat", "on", "the", "mat"]
    return try TeachingModel().trace(
      of: tokens(words), text: words.joined(separator: " "), tokenizerName: "word-level")
  }

  /// A paragraph of about eight lines.
  static let longParagraph = String(
    repeating: "Each query compares itself with every visible key, and the softmax"
      + " turns those scores into weights that sum to one. ", count: 5)

  /// A short lesson handout: headings, text, a prompt, a table and three figures.
  static func lesson() throws -> HandoutDocument {
    let trace = try trace()
    return HandoutDocument(
      title: "How attention works", subtitle: "A one-head walk through six tokens",
      blocks: [
        .heading("1 Tokens look at each other", level: 1),
        .paragraph(longParagraph),
        .bullets(["Queries ask.", "Keys answer.", "Values are what gets mixed: " + longParagraph]),
        .figure(
          .trace(FigureRequest(view: .heatmap, queryIndex: 3), trace),
          caption: "Weights of layer 1, head 1: each row sums to one."),
        .heading("Predict, then check", level: 2),
        .prompt(
          question: "Which key does 'sat' attend to most?",
          answer: "Read row 3 of the heatmap: the brightest cell is its largest weight."),
        .figure(
          .lesson(.softmax(trace, layer: 0, head: 0, query: 3)),
          caption: "Scores become weights."),
        .heading("2 The numbers", level: 1),
        .table(header: ["key", "score", "weight"], rows: numberRows(6)),
        .figure(.lesson(.embedding(trace)), caption: "From text to vectors."),
      ])
  }

  /// `count` rows of a worked-numbers table.
  static func numberRows(_ count: Int) -> [[String]] {
    (0..<count).map { ["token \($0 + 1)", "\(Double($0) * 0.25 - 1)", "0.\($0 % 10)5"] }
  }
}

extension HandoutFixtures {
  /// Text that must be drawn literally: markup, TeX, controls, RTL, CJK and emoji.
  static let hostile = "<script>alert(1)</script> $x_1^2$ a\u{0}b c\u{1B}d"
  /// Right-to-left, CJK and emoji words.
  static let world = "שלום 注意力 🙂"

  /// A document of awkward content: hostile text, a long answer and a wide table.
  static func stress() -> HandoutDocument {
    HandoutDocument(
      title: "<b>T</b>\u{0}", subtitle: "&amp; " + world,
      blocks: [
        .heading(hostile, level: 1), .paragraph(hostile), .paragraph(world),
        .bullets([hostile, world]),
        .prompt(question: hostile, answer: String(repeating: longParagraph, count: 2)),
        .paragraph(String(repeating: longParagraph, count: 4)),
        .prompt(question: world, answer: String(repeating: longParagraph, count: 14)),
        .table(
          header: [hostile, "a much longer header that has to wrap", "value"],
          rows: [[world, longParagraph, "−1.25"], ["x", "y", "3e-4"]]),
      ])
  }
}
