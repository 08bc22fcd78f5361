import AttentionEngine

/// The traces the lesson draws from, made by the caller (who loads the models).
///
/// The pronoun sentence runs through three models; the context pair runs through both real
/// models. Tests may pass teaching-model traces in every slot: the lesson only needs the
/// words of `LessonScript` to be found in each text.
public struct LessonTraces: Sendable {
  /// `LessonScript.pronounSentence` through the causal teaching model (untrained).
  public var teaching: AttentionTrace
  /// `LessonScript.pronounSentence` through the bidirectional encoder (all-MiniLM-L6-v2).
  public var encoder: AttentionTrace
  /// `LessonScript.pronounSentence` through the causal decoder (SmolLM2-135M-Instruct).
  public var decoder: AttentionTrace
  /// The two sentences of `LessonScript.contextPair` through the encoder.
  public var encoderPair: (first: AttentionTrace, second: AttentionTrace)
  /// The two sentences of `LessonScript.contextPair` through the decoder.
  public var decoderPair: (first: AttentionTrace, second: AttentionTrace)

  /// Creates the set of traces.
  public init(
    teaching: AttentionTrace, encoder: AttentionTrace, decoder: AttentionTrace,
    encoderPair: (first: AttentionTrace, second: AttentionTrace),
    decoderPair: (first: AttentionTrace, second: AttentionTrace)
  ) {
    self.teaching = teaching
    self.encoder = encoder
    self.decoder = decoder
    self.encoderPair = encoderPair
    self.decoderPair = decoderPair
  }
}
