/// Why a built-in model could not be loaded: a file it needs is missing.
///
/// `description` names the model and the missing path in single quotes and says how to
/// install the weights.
public struct ModelLoadingError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The model's short name, such as `minilm` or `smollm2`.
  public var model: String
  /// The path of the missing file, as the loader looked for it.
  public var path: String

  /// Creates the error for `model`, which needs the missing file at `path`.
  public init(model: String, path: String) {
    self.model = model
    self.path = path
  }

  /// What is missing and how to install it, for a person to read.
  public var description: String {
    "model '\(model)' needs '\(path)', which is missing; run 'bash scripts/setup-models.sh' "
      + "to install the weights"
  }
}
