import Foundation

/// The sizes of a BERT encoder, as read from the Hugging Face `config.json`.
public struct MiniLMConfiguration: Sendable, Equatable, Decodable {
  /// The width of every token vector (384 for all-MiniLM-L6-v2).
  public var hiddenSize: Int
  /// The number of heads per layer; `hiddenSize` divides evenly by it.
  public var headCount: Int
  /// The number of encoder layers.
  public var layerCount: Int
  /// The width of the feed-forward layer between its two projections.
  public var intermediateSize: Int
  /// The number of rows of the position table, counting `[CLS]` and `[SEP]`.
  public var positionCount: Int
  /// The number of vocabulary rows of the word table.
  public var vocabularySize: Int
  /// The `ε` of every LayerNorm.
  public var layerNormEpsilon: Float
  /// The feed-forward activation's name; only `gelu` (the exact, erf form) is supported.
  public var activation: String

  private enum CodingKeys: String, CodingKey {
    case hiddenSize = "hidden_size"
    case headCount = "num_attention_heads"
    case layerCount = "num_hidden_layers"
    case intermediateSize = "intermediate_size"
    case positionCount = "max_position_embeddings"
    case vocabularySize = "vocab_size"
    case layerNormEpsilon = "layer_norm_eps"
    case activation = "hidden_act"
  }

  /// The size of each head's query, key and value vectors.
  public var headSize: Int { hiddenSize / headCount }

  /// Reads and checks the `config.json` at `url`.
  ///
  /// - Throws: `EngineError.invalidConfiguration` naming the file when it is not valid JSON,
  ///   lacks a key, or describes a model this encoder cannot run.
  public static func load(from url: URL) throws -> MiniLMConfiguration {
    let configuration: MiniLMConfiguration
    do {
      configuration = try JSONDecoder().decode(Self.self, from: Data(contentsOf: url))
    } catch {
      throw EngineError.invalidConfiguration(
        "'\(url.path)' is not a readable BERT config.json (\(Self.reason(error))); "
          + "run 'bash scripts/setup-models.sh' to reinstall it")
    }
    try configuration.check(path: url.path)
    return configuration
  }

  private func check(path: String) throws {
    let sizes = [hiddenSize, headCount, layerCount, intermediateSize, positionCount]
    guard sizes.allSatisfy({ $0 > 0 }), vocabularySize > 0, hiddenSize % headCount == 0
    else {
      throw EngineError.invalidConfiguration(
        "'\(path)' gives sizes a BERT encoder cannot have (width '\(hiddenSize)', "
          + "'\(headCount)' heads); reinstall it with 'bash scripts/setup-models.sh'")
    }
    guard activation == "gelu" else {
      throw EngineError.invalidConfiguration(
        "'\(path)' asks for activation '\(activation)', but only 'gelu' is supported; "
          + "use an all-MiniLM-L6-v2 config.json")
    }
  }

  private static func reason(_ error: Error) -> String {
    switch error {
    case DecodingError.keyNotFound(let key, _): return "no key '\(key.stringValue)'"
    case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
      return "wrong value at '\(context.codingPath.map(\.stringValue).joined(separator: "."))'"
    case is DecodingError: return "not valid JSON"
    default: return "unreadable"
    }
  }
}
