import AttentionEngine
import Foundation
import Lessons

/// `attnviz heads`: ranks every (layer, head) by the weight from one word to another.
struct HeadsCommand: Command {
  let name = "heads"
  let summary = "Rank every layer and head by the weight from one word's token to another's."
  let usage = "TEXT --from WORD --to WORD [--model NAME] [--top N] [--json]"
  var options: [OptionSpecification] {
    [
      TextInput.option,
      .value("from", "WORD", "the attending word (the query)"),
      .value("to", "WORD", "the attended word (the key)"),
      .value("model", "NAME", "'minilm', 'smollm2' or 'teaching'; default: both real models"),
      .value("top", "N", "how many heads to list per model (default 10)"),
      Pipeline.literalSpecialsOption,
      .flag("json", "write JSON for scripts"),
    ]
  }
  var discussion: [String] {
    [
      "A word stands for the first token overlapping its first whole-word, case-insensitive",
      "occurrence. Layers and heads are numbered from 1.",
    ]
  }

  func run(_ arguments: ParsedArguments, console: Console) throws {
    let text = try TextInput.text(from: arguments, command: name)
    guard let from = arguments.value("from"), let to = arguments.value("to") else {
      throw CLIError.usage("'heads' needs '--from WORD' and '--to WORD'")
    }
    let top = try arguments.integer("top", in: 1...10_000, default: 10)
    let models =
      try arguments.value("model").map {
        [try arguments.choice("model", from: ModelCatalog.names, default: $0)]
      } ?? ["minilm", "smollm2"]

    var reports = [Report]()
    for model in models {
      let literal = try Pipeline.literalSpecialTokens(arguments, model: model)
      let trace = try Pipeline.trace(
        of: text, tokenizer: "word",
        model: ModelSettings(name: model, literalSpecialTokens: literal))
      reports.append(try report(trace, from: from, to: to, top: top))
    }
    console.output(arguments.has("json") ? try json(reports) : table(reports))
  }

  struct Report: Encodable {
    struct Row: Encodable {
      var rank: Int
      var layer: Int
      var head: Int
      var keyValueHead: Int
      var weight: Float
    }
    var model: String
    var from: TokenRef
    var to: TokenRef
    var heads: [Row]
  }

  struct TokenRef: Encodable {
    var position: Int
    var label: String
  }

  private func report(_ trace: AttentionTrace, from: String, to: String, top: Int) throws
    -> Report
  {
    let query = try locate(from, in: trace, option: "from")
    let key = try locate(to, in: trace, option: "to")
    guard trace.head(layer: 0, head: 0).isVisible(queryIndex: query, keyIndex: key) else {
      throw CLIError.usage(
        "in model '\(trace.model.name)' the query '\(from)' (token \(query + 1)) cannot see "
          + "the key '\(to)' (token \(key + 1)): a causal model looks only at earlier tokens; "
          + "swap '--from' and '--to', or pick a bidirectional model with '--model minilm'")
    }
    let ranking = HeadRanking(trace: trace, query: query, key: key)
    let rows = ranking.entries.prefix(top).enumerated().map { rank, entry in
      Report.Row(
        rank: rank + 1, layer: entry.layer + 1, head: entry.head + 1,
        keyValueHead: entry.keyValueHead + 1, weight: entry.weight)
    }
    return Report(
      model: trace.model.name,
      from: TokenRef(position: query + 1, label: trace.tokens[query].label),
      to: TokenRef(position: key + 1, label: trace.tokens[key].label), heads: rows)
  }

  private func locate(_ word: String, in trace: AttentionTrace, option: String) throws -> Int {
    guard
      let index = WordLocator.tokenIndex(ofWord: word, in: trace.text, tokens: trace.tokens)
    else {
      throw CLIError.usage(
        "'--\(option) \(word)' is not a whole word of the text; give a word as it appears")
    }
    return index
  }

  private func table(_ reports: [Report]) -> String {
    reports.map { report in
      let format = NumberFormat(decimals: 4)
      var lines = [
        "\(report.model): weight from '\(TerminalText.escaped(report.from.label))' "
          + "(token \(report.from.position)) to '\(TerminalText.escaped(report.to.label))' "
          + "(token \(report.to.position))"
      ]
      let rows = report.heads.map {
        ["\($0.rank)", "\($0.layer)", "\($0.head)", "\($0.keyValueHead)", format.number($0.weight)]
      }
      lines.append(
        TextTable(
          header: ["rank", "layer", "head", "kv head", "weight"], rows: rows,
          rightAligned: [0, 1, 2, 3, 4]
        ).rendered)
      return lines.joined(separator: "\n")
    }.joined(separator: "\n")
  }

  private func json(_ reports: [Report]) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    return String(decoding: try encoder.encode(reports), as: UTF8.self) + "\n"
  }
}
