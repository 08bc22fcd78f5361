import Foundation
import ModelFormats
import Tokenization

/// all-MiniLM-L6-v2, a trained 6-layer BERT encoder, run through the shared attention engine.
///
/// Each token vector is its word row plus its learned position row plus the token-type-0
/// row, normalised (LayerNorm). Each layer is post-LayerNorm:
/// `h = LN(x + Attention(x))`, then `x ← LN(h + W₂ · GELU(W₁ · h))`, with every head run by
/// `ScaledDotProductAttention` and nothing masked (every query sees every key). GELU is the
/// exact erf form; `ε` comes from `config.json`. Products use BLAS, so the last bits may
/// differ between processors.
public struct MiniLMModel: AttentionModel {
  /// The model's short name in captions, errors and file names.
  public static let name = "minilm"

  /// The sizes read from `config.json`.
  public let configuration: MiniLMConfiguration
  /// The model's own WordPiece tokenizer over its `vocab.txt`.
  public let tokenizer: WordPieceTokenizer
  let weights: MiniLMWeights

  /// Loads the model from a folder holding `model.safetensors`, `vocab.txt` and
  /// `config.json` (the `models/minilm` folder that `scripts/setup-models.sh` fills).
  ///
  /// Reads about 90 MB of weights into memory.
  /// - Throws: `ModelLoadingError` naming the first missing file; `EngineError` for a
  ///   config or tensor shape the encoder cannot run; `ModelFormatError` for a damaged
  ///   safetensors file; `TokenizationError` for an unreadable vocabulary.
  public static func load(from folder: URL) throws -> MiniLMModel {
    let files = ["config.json", "vocab.txt", "model.safetensors"].map {
      folder.appendingPathComponent($0)
    }
    for file in files where !FileManager.default.fileExists(atPath: file.path) {
      throw ModelLoadingError(model: name, path: file.path)
    }

    let configuration = try MiniLMConfiguration.load(from: files[0])
    let vocabulary = try Vocabulary(contentsOf: files[1])
    let tensors = try SafetensorsFile(path: files[2].path)
    return MiniLMModel(
      configuration: configuration,
      tokenizer: try WordPieceTokenizer(vocabulary: vocabulary),
      weights: try MiniLMWeights(file: tensors, configuration: configuration))
  }

  /// The number of rows of the position table (512), counting `[CLS]` and `[SEP]`.
  public var positionLimit: Int { weights.positionEmbeddings.rows }

  public var modelDescription: ModelDescription {
    let c = configuration
    return ModelDescription(
      name: Self.name,
      displayName: "all-MiniLM-L6-v2 (BERT encoder, \(c.layerCount) layers × "
        + "\(c.headCount) heads)",
      isTrained: true, isCausal: false,
      positionEncoding: "learned absolute, added to the token vectors")
  }
}
