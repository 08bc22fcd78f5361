import Foundation
import ModelFormats
import Tokenization

/// SmolLM2-135M-Instruct, a Llama-style decoder read from a quantised GGUF file, run through
/// the shared attention engine.
///
/// Per layer: `h = x + W_O · attention(RMSNorm(x))`, then `x' = h + SwiGLU(RMSNorm(h))`.
/// Query head `h` reads key/value head `h / 3`; queries and keys rotate by position on
/// adjacent dimension pairs in GGUF row order (see `RotaryEmbedding`); attention is causal.
/// Every weight is dequantised to `Float` once, at load (about 540 MB). The final RMSNorm
/// and the tied output embedding only make next-token logits, which the trace does not
/// hold, so they are not run.
public struct SmolLM2Model: AttentionModel {
  /// The name of the weights file that `scripts/setup-models.sh` installs.
  public static let fileName = "SmolLM2-135M-Instruct.Q4_1.gguf"

  /// The most tokens a trace takes.
  ///
  /// A full trace keeps two `n × n` `Float` matrices (raw scores and weights; scaled scores
  /// are derived) for each of the 270 heads: `270 · 2 · 4 · n²` bytes, 8.4 GiB at 2048 tokens
  /// but 33.8 GiB at 4096, so 2048 is the largest power of two that fits a 24 GiB machine
  /// with the weights and working copies; the model's own context of 8192 would need
  /// 135 GiB.
  public static let defaultPositionLimit = 2048

  /// The hyperparameters from the file's metadata.
  public let configuration: SmolLM2Configuration
  /// The tokenizer built from the file's vocabulary, merges and token types; adds no BOS.
  public var tokenizer: ByteLevelBPETokenizer
  /// The most tokens a trace takes (see `defaultPositionLimit`).
  public let positionLimit: Int
  /// The token embedding, `vocabulary × width`; also the (tied) output embedding.
  let embedding: Matrix
  let layers: [SmolLM2Layer]
  let rotary: RotaryEmbedding

  /// Loads the model from `folder` (normally `models/smollm2`), from the first `.gguf`
  /// file in it by name.
  ///
  /// - Throws: `ModelLoadingError` when the folder has no `.gguf` file, `ModelFormatError`
  ///   for a damaged file or a missing tensor or key, `TokenizationError` for a bad
  ///   vocabulary.
  public static func load(from folder: URL) throws -> SmolLM2Model {
    try SmolLM2Model(file: GGUFFile(path: try weightsFile(in: folder).path))
  }

  /// The `.gguf` file `load(from:)` reads in `folder`.
  ///
  /// - Throws: `ModelLoadingError` naming `fileName` in `folder` when there is none.
  public static func weightsFile(in folder: URL) throws -> URL {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    guard let name = names.filter({ $0.hasSuffix(".gguf") }).sorted().first else {
      throw ModelLoadingError(
        model: "smollm2", path: folder.appendingPathComponent(fileName).path)
    }
    return folder.appendingPathComponent(name)
  }

  /// Reads the configuration, every weight and the tokenizer from an opened GGUF file.
  public init(file: GGUFFile, positionLimit: Int = defaultPositionLimit) throws {
    let config = try SmolLM2Configuration(file: file)
    configuration = config
    tokenizer = try ByteLevelBPETokenizer(
      tokens: try file.stringArray("tokenizer.ggml.tokens"),
      merges: try file.stringArray("tokenizer.ggml.merges"),
      tokenTypes: try file.intArray("tokenizer.ggml.token_type"),
      splitsDigits: true, maxTokens: config.contextLength,
      name: "byte-level BPE (SmolLM2, from the GGUF file)")
    let reader = SmolLM2TensorReader(file: file, prefix: "")
    embedding = try reader.matrix(
      "token_embd.weight", tokenizer.pieces.count, config.width)
    layers = try (0..<config.layerCount).map {
      try SmolLM2Layer(index: $0, file: file, config: config)
    }
    rotary = RotaryEmbedding(headSize: config.headSize, base: config.ropeBase)
    self.positionLimit = min(positionLimit, config.contextLength)
  }

  /// The model for captions: trained, causal, rotary positions on queries and keys.
  public var modelDescription: ModelDescription {
    ModelDescription(
      name: "smollm2",
      displayName: "SmolLM2-135M-Instruct (Llama decoder, \(configuration.layerCount) "
        + "layers × \(configuration.headCount) query heads, "
        + "\(configuration.keyValueHeadCount) key/value heads, Q4_1)",
      isTrained: true, isCausal: true,
      positionEncoding: "rotary, applied to queries and keys")
  }
}
