import AttentionEngine
import Lessons
import Tokenization

/// The one place that knows the whole way from text to trace.
enum Pipeline {
  /// The options every command that runs a model accepts.
  static let modelOptions: [OptionSpecification] = [
    .value("model", "NAME", "'teaching' (default), 'minilm' or 'smollm2' (see 'attnviz models')"),
    .value("tokenizer", "NAME", "the teaching model's: 'word' (default) or 'character'"),
    .value("width", "N", "teaching model width (default 8)"),
    .value("heads", "N", "teaching model heads per layer (default 2)"),
    .value("layers", "N", "teaching model layers (default 2)"),
    .value("seed", "N", "teaching model seed (default 7)"),
    .value("mask", "MASK", "'causal' (default, as in a decoder) or 'none' (bidirectional)"),
    literalSpecialsOption,
  ]

  /// The flag that reads typed special-token strings as plain text (literal mode).
  static let literalSpecialsOption = OptionSpecification.flag(
    "literal-specials",
    "read '[MASK]', '<|endoftext|>' and other special tokens typed in the text as plain text")

  /// Reads the model options into settings.
  static func settings(from arguments: ParsedArguments) throws -> (String, ModelSettings) {
    var model = ModelSettings()
    model.name = try arguments.choice("model", from: ModelCatalog.names, default: "teaching")
    let teachingOnly = ["tokenizer", "width", "heads", "layers", "seed", "mask"]
    if model.name != "teaching",
      let option = teachingOnly.first(where: { arguments.value($0) != nil })
    {
      throw CLIError.usage(
        "'--\(option)' applies to the teaching model only; model '\(model.name)' has its own "
          + "tokenizer, size and mask")
    }
    let tokenizer = try arguments.choice(
      "tokenizer", from: ManifestReader.tokenizerNames, default: "word")
    var c = model.teaching
    c.width = try arguments.integer("width", in: 2...512, default: c.width)
    c.headCount = try arguments.integer("heads", in: 1...64, default: c.headCount)
    c.layerCount = try arguments.integer("layers", in: 1...48, default: c.layerCount)
    c.seed = UInt64(try arguments.integer("seed", in: 0...Int(Int32.max), default: 7))
    let mask = try arguments.choice(
      "mask", from: AttentionMask.allCases.map(\.rawValue), default: c.mask.rawValue)
    c.mask = AttentionMask(rawValue: mask)!
    model.teaching = c
    model.literalSpecialTokens = try literalSpecialTokens(arguments, model: model.name)
    return (tokenizer, model)
  }

  /// Whether `--literal-specials` was given, refused for the teaching model, whose
  /// tokenizers match no special tokens.
  static func literalSpecialTokens(_ arguments: ParsedArguments, model: String) throws -> Bool {
    guard arguments.has("literal-specials") else { return false }
    guard model != "teaching" else {
      throw CLIError.usage(
        "'--literal-specials' applies to models 'minilm' and 'smollm2' only; the teaching "
          + "tokenizers match no special tokens, so add '--model minilm' or drop the flag")
    }
    return true
  }

  /// The tokenizer called `name`.
  static func tokenizer(named name: String) throws -> any Tokenizer {
    switch name {
    case "character":
      return CharacterTokenizer()
    default:
      do {
        return WordTokenizer(vocabulary: try .teachingWords())
      } catch let error as TokenizationError {
        throw CLIError.failure("loading the word vocabulary: \(error.description)")
      }
    }
  }

  /// The teaching model the settings describe.
  static func teachingModel(_ settings: ModelSettings) throws -> any AttentionModel {
    do {
      return try TeachingModel(configuration: settings.teaching)
    } catch let error as EngineError {
      throw CLIError.usage(error.description)
    }
  }

  /// Tokenizes `text`, or says why it cannot.
  static func tokens(of text: String, tokenizer: any Tokenizer) throws -> [Token] {
    do {
      return try tokenizer.tokens(in: text)
    } catch let error as TokenizationError {
      throw CLIError.failure("tokenizing: \(error.description)")
    }
  }

  /// Runs `text` through the tokenizer and model the settings name.
  static func trace(of text: String, tokenizer name: String, model settings: ModelSettings)
    throws -> AttentionTrace
  {
    let (model, tokenizer) = try ModelCatalog.load(settings, tokenizer: name)
    let tokens = try tokens(of: text, tokenizer: tokenizer)
    do {
      var trace = try model.trace(of: tokens, text: text, tokenizerName: tokenizer.name)
      trace.removedScalarOffsets = tokenizer.removedScalarOffsets(in: text)
      return trace
    } catch let error as EngineError {
      throw CLIError.failure("running the model: \(error.description)")
    }
  }

  /// Turns a 1-based layer and head into indices, checking them against the trace.
  static func head(
    layer: Int, head: Int, in trace: AttentionTrace
  ) throws -> (layer: Int, head: Int) {
    guard (1...trace.layerCount).contains(layer) else {
      throw CLIError.usage(
        "layer \(layer) does not exist; this model has layers 1 to \(trace.layerCount)")
    }
    guard (1...trace.headCount).contains(head) else {
      throw CLIError.usage(
        "head \(head) does not exist; this model has heads 1 to \(trace.headCount)")
    }
    return (layer - 1, head - 1)
  }

  /// The 0-based index of the token `selector` names: a 1-based position, a token's label
  /// (its first occurrence), or a word of `text` (the first token of its first occurrence, so
  /// `mat` finds the byte-level token `␣mat`).
  static func tokenIndex(_ selector: String, in tokens: [Token], text: String) throws -> Int {
    if let position = Int(selector) {
      guard (1...tokens.count).contains(position) else {
        throw CLIError.usage(
          "token \(position) does not exist; the text has tokens 1 to \(tokens.count)")
      }
      return position - 1
    }
    if let index = tokens.firstIndex(where: { $0.label == selector })
      ?? tokens.firstIndex(where: { $0.label.lowercased() == selector.lowercased() })
      ?? WordLocator.tokenIndex(ofWord: selector, in: text, tokens: tokens)
    {
      return index
    }
    let labels = tokens.map(\.label)
    throw CLIError.usage(
      "no token is '\(selector)'\(suggestion(for: selector, among: labels)); give a token's "
        + "text or its position from 1 to \(tokens.count) (see 'attnviz tokens')")
  }
}
