import ModelFormats

/// The hyperparameters of SmolLM2 as its GGUF file's metadata states them.
///
/// SmolLM2-135M-Instruct: 30 layers, width 576, 9 query heads of size 64 sharing 3
/// key/value heads, feed-forward width 1536, rotary base 100000, RMSNorm `ε` 1e-5,
/// vocabulary 49152, context 8192.
public struct SmolLM2Configuration: Sendable, Equatable {
  /// The number of decoder layers (`llama.block_count`).
  public var layerCount: Int
  /// The model width (`llama.embedding_length`).
  public var width: Int
  /// The number of query heads per layer (`llama.attention.head_count`).
  public var headCount: Int
  /// The number of key/value heads per layer (`llama.attention.head_count_kv`).
  public var keyValueHeadCount: Int
  /// The hidden width of the feed-forward block (`llama.feed_forward_length`).
  public var feedForwardWidth: Int
  /// The rotary base `θ` (`llama.rope.freq_base`).
  public var ropeBase: Double
  /// The RMSNorm `ε` (`llama.attention.layer_norm_rms_epsilon`).
  public var rmsEpsilon: Float
  /// The context length the model was trained for (`llama.context_length`).
  public var contextLength: Int

  /// The size of every query, key and value head: `width / headCount`.
  public var headSize: Int { width / headCount }
  /// How many query heads read each key/value head; query head `h` reads `h / groupSize`.
  public var groupSize: Int { headCount / keyValueHeadCount }

  /// Reads the hyperparameters of the `general.architecture` of `file`.
  ///
  /// - Throws: `ModelFormatError` for a missing or mistyped key, and
  ///   `EngineError.invalidConfiguration` when the heads do not divide evenly.
  public init(file: GGUFFile) throws {
    let arch = try file.string("general.architecture")
    layerCount = try file.int("\(arch).block_count")
    width = try file.int("\(arch).embedding_length")
    headCount = try file.int("\(arch).attention.head_count")
    keyValueHeadCount = try file.int("\(arch).attention.head_count_kv")
    feedForwardWidth = try file.int("\(arch).feed_forward_length")
    ropeBase = try file.double("\(arch).rope.freq_base")
    rmsEpsilon = try file.float("\(arch).attention.layer_norm_rms_epsilon")
    contextLength = try file.int("\(arch).context_length")
    try check()
  }

  private func check() throws {
    guard layerCount > 0, headCount > 0, keyValueHeadCount > 0,
      width % headCount == 0, headCount % keyValueHeadCount == 0, headSize % 2 == 0
    else {
      throw EngineError.invalidConfiguration(
        "the GGUF file declares '\(headCount)' query heads, '\(keyValueHeadCount)' key/value "
          + "heads and width '\(width)', which do not divide evenly; use a Llama file whose "
          + "heads divide its width")
    }
  }
}
