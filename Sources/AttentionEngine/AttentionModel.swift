import Tokenization

/// A model that runs text through the shared attention engine and returns the full trace.
public protocol AttentionModel: Sendable {
  /// What the model is, for captions.
  var modelDescription: ModelDescription { get }

  /// The largest number of positions the model can take, counting special tokens.
  var positionLimit: Int { get }

  /// Runs the forward pass over `tokens` and records every intermediate.
  ///
  /// - Throws: `EngineError.tooManyPositions` past `positionLimit`, or
  ///   `EngineError.noTokens` for an empty sequence.
  func trace(of tokens: [Token], text: String, tokenizerName: String) throws -> AttentionTrace
}

/// Why the engine could not run.
public enum EngineError: Error, Equatable, Sendable, CustomStringConvertible {
  /// There was nothing to attend over.
  case noTokens
  /// The text has more positions than the model's position table.
  case tooManyPositions(count: Int, limit: Int, model: String)
  /// A configuration value is out of its range.
  case invalidConfiguration(String)

  public var description: String {
    switch self {
    case .noTokens:
      return "the text produced no tokens; give at least one word"
    case .tooManyPositions(let count, let limit, let model):
      return "the text has \(count) tokens but model '\(model)' takes at most \(limit) "
        + "positions; shorten the text to \(limit) tokens or fewer"
    case .invalidConfiguration(let message):
      return message
    }
  }
}
