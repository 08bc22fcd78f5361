import Foundation
import Tokenization

/// `attnviz tokens`: the tokens of a text with ids and spans.
struct TokensCommand: Command {
  let name = "tokens"
  let summary = "Show how a text becomes tokens: surface text, id, span and kind."
  let usage = "TEXT [--model NAME [--literal-specials] | --tokenizer NAME] [--json]"
  var options: [OptionSpecification] {
    [
      TextInput.option,
      .value("model", "NAME", "use the tokenizer of 'minilm' or 'smollm2' (WordPiece, BPE)"),
      .value("tokenizer", "NAME", "the teaching model's: 'word' (default) or 'character'"),
      Pipeline.literalSpecialsOption,
      .flag("json", "write JSON instead of a table"),
    ]
  }
  var discussion: [String] {
    ["Spans are [start, end) offsets in Unicode scalars of the text."]
  }

  func run(_ arguments: ParsedArguments, console: Console) throws {
    let text = try TextInput.text(from: arguments, command: name)
    let (tokenizerName, settings) = try Pipeline.settings(from: arguments)
    let tokenizer = try ModelCatalog.load(settings, tokenizer: tokenizerName).tokenizer
    let tokens = try Pipeline.tokens(of: text, tokenizer: tokenizer)
    if arguments.has("json") {
      console.output(try json(tokens, tokenizer: tokenizer.name))
    } else {
      console.output(table(tokens))
    }
  }

  private struct Row: Encodable {
    var position: Int
    var label: String
    var piece: String
    var id: Int
    var start: Int
    var end: Int
    var kind: String
  }

  private struct Document: Encodable {
    var tokenizer: String
    var tokens: [Row]
  }

  private func json(_ tokens: [Token], tokenizer: String) throws -> String {
    let rows = tokens.enumerated().map { index, token in
      Row(
        position: index + 1, label: token.label, piece: token.piece, id: token.id,
        start: token.span.lowerBound, end: token.span.upperBound, kind: token.kind.rawValue)
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    let data = try encoder.encode(Document(tokenizer: tokenizer, tokens: rows))
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  private func table(_ tokens: [Token]) -> String {
    let header = ["#", "token", "id", "span", "kind"]
    let rows = tokens.enumerated().map { index, token in
      [
        "\(index + 1)", TerminalText.escaped(token.label), "\(token.id)",
        "\(token.span.lowerBound)..<\(token.span.upperBound)", token.kind.rawValue,
      ]
    }
    return TextTable(header: header, rows: rows).rendered
  }
}
