import AttentionEngine
import Foundation
import Tokenization

/// `attnviz trace`: one token's attention step with every number, in the terminal.
struct TraceCommand: Command {
  let name = "trace"
  let summary = "Print one token's attention step: q, each k, scores, weights, v and output."
  let usage = "TEXT --token TOKEN [--layer L] [--head H] [model options]"
  var options: [OptionSpecification] {
    [
      TextInput.option,
      .value("token", "TOKEN", "the query token: its text or its position from 1"),
      .value("layer", "L", "the layer, from 1 (default 1)"),
      .value("head", "H", "the head, from 1 (default 1)"),
      .value("decimals", "N", "decimals shown (default 4)"),
    ] + Pipeline.modelOptions
  }

  func run(_ arguments: ParsedArguments, console: Console) throws {
    let text = try TextInput.text(from: arguments, command: name)
    guard let selector = arguments.value("token") else {
      throw CLIError.usage("'trace' needs '--token TOKEN', a token's text or its position")
    }
    let (tokenizer, settings) = try Pipeline.settings(from: arguments)
    let trace = try Pipeline.trace(of: text, tokenizer: tokenizer, model: settings)
    let (layer, head) = try Pipeline.head(
      layer: try arguments.integer("layer", in: 1...64, default: 1),
      head: try arguments.integer("head", in: 1...64, default: 1), in: trace)
    let query = try Pipeline.tokenIndex(selector, in: trace.tokens, text: trace.text)
    let decimals = try arguments.integer("decimals", in: 1...8, default: 4)
    console.output(
      report(trace, layer: layer, head: head, query: query, decimals: decimals))
  }

  private func report(
    _ trace: AttentionTrace, layer: Int, head: Int, query: Int, decimals: Int
  ) -> String {
    let h = trace.head(layer: layer, head: head)
    let format = NumberFormat(decimals: decimals)
    let label = { (index: Int) in TerminalText.escaped(trace.tokens[index].label) }
    var lines = [
      "query: token \(query + 1) '\(label(query))'\(kindNote(trace.tokens[query]))"
        + " · layer \(layer + 1) of "
        + "\(trace.layerCount), head \(head + 1) of \(trace.headCount) · "
        + "\(trace.model.displayName)",
      "mask: \(trace.model.maskDescription) · tokenizer: \(trace.tokenizerName)",
      "q = \(format.vector(h.queries.row(query)))",
      "",
    ]
    var rows = [[String]]()
    for key in 0..<h.tokenCount {
      let visible = h.isVisible(queryIndex: query, keyIndex: key)
      rows.append([
        "\(key + 1)", label(key), format.vector(h.keys.row(key)),
        visible ? format.number(h.scores[query, key]) : "—",
        visible ? format.number(h.scaledScore(queryIndex: query, keyIndex: key)) : "—",
        visible ? format.number(h.weights[query, key]) : "masked",
      ])
    }
    let header = ["#", "key", "k", "q·k", "q·k/√\(h.headSize)", "weight"]
    lines.append(TextTable(header: header, rows: rows, rightAligned: [3, 4, 5]).rendered)
    let total = h.weights.row(query).reduce(0, +)
    lines.append("sum of weights over visible keys = \(format.number(total))")
    lines.append("")
    for key in 0..<h.tokenCount where h.isVisible(queryIndex: query, keyIndex: key) {
      lines.append(
        "v\(key + 1) = \(format.vector(h.values.row(key)))  × \(format.number(h.weights[query, key]))"
      )
    }
    lines.append("output = Σ weight · v = \(format.vector(h.outputs.row(query)))")
    if !trace.model.isTrained {
      lines.append("")
      lines.append(
        "note: the teaching model's weights are untrained; these numbers show the "
          + "computation, not learned behaviour.")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// What the header says about a query token that is not an ordinary piece of text.
  private func kindNote(_ token: Token) -> String {
    let covers =
      token.span.isEmpty
      ? "inserted, covers no text"
      : "covers \(token.span.count) character\(token.span.count == 1 ? "" : "s"), offsets "
        + "\(token.span.lowerBound)–\(token.span.upperBound)"
    switch token.kind {
    case .normal: return ""
    case .special: return " (special token, id \(token.id), \(covers))"
    case .unknown: return " (unknown token [UNK], id \(token.id), \(covers))"
    case .partialCharacter: return " (part of a character, id \(token.id), \(covers))"
    }
  }
}
