import AttentionEngine
import Figures

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
  /// The teaching model's W_Q, W_K, W_V of layer 1, head 1, so the projections figure can
  /// print them; `nil` draws them as blocks.
  public var teachingProjections: ProjectionWeights?

  /// Creates the set of traces.
  public init(
    teaching: AttentionTrace, encoder: AttentionTrace, decoder: AttentionTrace,
    encoderPair: (first: AttentionTrace, second: AttentionTrace),
    decoderPair: (first: AttentionTrace, second: AttentionTrace),
    teachingProjections: ProjectionWeights? = nil
  ) {
    self.teachingProjections = teachingProjections
    self.teaching = teaching
    self.encoder = encoder
    self.decoder = decoder
    self.encoderPair = encoderPair
    self.decoderPair = decoderPair
  }
}
