import Tokenization

/// Everything one head of one layer computed for one text.
///
/// Rows of every `n × n` matrix are queries (the position that attends) and columns are keys
/// (the positions attended to). `n` is the number of tokens and `d` the head size.
public struct HeadTrace: Sendable, Equatable {
  /// The queries, `n × d`: what each position looks for.
  public var queries: Matrix {
    didSet { rawScores = RawScoreStore(backend: rawScores.backend) }
  }
  /// The keys, `n × d`: what each position offers for matching.
  public var keys: Matrix {
    didSet { rawScores = RawScoreStore(backend: rawScores.backend) }
  }
  /// The values, `n × d`: what each position hands over when it is attended to.
  public var values: Matrix
  /// Whether query `i` may see key `j`: `visibility[i * n + j]`.
  public var visibility: [Bool]
  /// The softmax of each row over its visible keys, `n × n`.
  ///
  /// Visible weights of a row sum to one within 1e-6; masked weights are exactly 0; a row
  /// with no visible key is all zeros (and its output is the zero vector).
  public var weights: Matrix
  /// The weighted sums of values, `n × d`: `outputs[i] = Σ_j weights[i, j] · values[j]`.
  public var outputs: Matrix
  /// The key/value head this query head reads (equal to the head index unless heads share).
  public var keyValueHead: Int
  private var rawScores: RawScoreStore

  /// The raw scores `q · k`, `n × n`, for every pair (masked pairs included, for teaching).
  ///
  /// The engine's pass does not keep them: the first access computes `queries · keysᵀ`
  /// with the pass's product backend (`O(n² · d)`), and later accesses return that matrix
  /// in `O(1)`. Setting it stores the given matrix instead.
  public var scores: Matrix {
    get { rawScores.scores(queries: queries, keys: keys) }
    set { rawScores = RawScoreStore(scores: newValue) }
  }

  /// The scores times `1/√d`, `n × n`: what the softmax of each row takes.
  ///
  /// Derived from `scores` on each access (`O(n²)`), so a trace holds no third `n × n`
  /// matrix per head.
  public var scaledScores: Matrix { scores.scaled(by: scale) }

  /// The raw score of one pair, `q_queryIndex · k_keyIndex`, in `O(1)` once `scores` is
  /// computed.
  public func score(queryIndex: Int, keyIndex: Int) -> Float {
    scores[queryIndex, keyIndex]
  }

  /// The scaled score of one pair, `scores[queryIndex, keyIndex] / √d`, in `O(1)` once
  /// `scores` is computed.
  public func scaledScore(queryIndex: Int, keyIndex: Int) -> Float {
    scores[queryIndex, keyIndex] * scale
  }

  /// The factor `1/√d` that turns raw scores into scaled scores.
  public var scale: Float { 1 / Float(headSize).squareRoot() }

  /// The number of tokens.
  public var tokenCount: Int { weights.rows }
  /// The head size `d`.
  public var headSize: Int { queries.columns }

  /// Creates a head trace with the raw scores given.
  public init(
    queries: Matrix, keys: Matrix, values: Matrix, scores: Matrix, visibility: [Bool],
    weights: Matrix, outputs: Matrix, keyValueHead: Int
  ) {
    self.queries = queries
    self.keys = keys
    self.values = values
    self.visibility = visibility
    self.weights = weights
    self.outputs = outputs
    self.keyValueHead = keyValueHead
    self.rawScores = RawScoreStore(scores: scores)
  }

  /// Creates a head trace whose raw scores are `queries · keysᵀ`, computed with `backend`
  /// when first asked for.
  public init(
    queries: Matrix, keys: Matrix, values: Matrix, visibility: [Bool],
    weights: Matrix, outputs: Matrix, keyValueHead: Int, scoreBackend backend: ProductBackend
  ) {
    self.queries = queries
    self.keys = keys
    self.values = values
    self.visibility = visibility
    self.weights = weights
    self.outputs = outputs
    self.keyValueHead = keyValueHead
    self.rawScores = RawScoreStore(backend: backend)
  }

  /// Whether two traces hold the same matrices, raw scores included.
  public static func == (lhs: HeadTrace, rhs: HeadTrace) -> Bool {
    lhs.queries == rhs.queries && lhs.keys == rhs.keys && lhs.values == rhs.values
      && lhs.visibility == rhs.visibility && lhs.weights == rhs.weights
      && lhs.outputs == rhs.outputs && lhs.keyValueHead == rhs.keyValueHead
      && lhs.scores == rhs.scores
  }

  /// Whether query `queryIndex` may see key `keyIndex`.
  public func isVisible(queryIndex: Int, keyIndex: Int) -> Bool {
    visibility[queryIndex * tokenCount + keyIndex]
  }

  /// Whether query `queryIndex` sees no key at all.
  public func isFullyMasked(queryIndex: Int) -> Bool {
    !(0..<tokenCount).contains { isVisible(queryIndex: queryIndex, keyIndex: $0) }
  }
}

/// One layer: its heads and what it did to the residual stream.
public struct LayerTrace: Sendable, Equatable {
  /// The heads, in order.
  public var heads: [HeadTrace]
  /// The concatenated head outputs after the output projection, `n × model width`.
  public var attentionOutput: Matrix
  /// The residual stream after the whole layer, `n × model width`.
  public var residualAfter: Matrix

  /// Creates a layer trace.
  public init(heads: [HeadTrace], attentionOutput: Matrix, residualAfter: Matrix) {
    self.heads = heads
    self.attentionOutput = attentionOutput
    self.residualAfter = residualAfter
  }
}

/// What a model is, as figures and pages must state it.
public struct ModelDescription: Sendable, Equatable, Codable {
  /// A short identifier, such as `teaching` or `minilm`.
  public var name: String
  /// A longer human name, such as `teaching model (2 layers × 2 heads, width 8, seed 7)`.
  public var displayName: String
  /// Whether the weights were trained; untrained weights show the computation only.
  public var isTrained: Bool
  /// Whether attention is causal (each query sees itself and earlier keys only).
  public var isCausal: Bool
  /// How positions enter the model, such as `sinusoidal, added to embeddings`.
  public var positionEncoding: String

  /// Creates a description.
  public init(
    name: String, displayName: String, isTrained: Bool, isCausal: Bool,
    positionEncoding: String
  ) {
    self.name = name
    self.displayName = displayName
    self.isTrained = isTrained
    self.isCausal = isCausal
    self.positionEncoding = positionEncoding
  }

  /// The mask in words, for captions.
  public var maskDescription: String {
    isCausal ? "causal (each token sees itself and earlier tokens)" : "none (bidirectional)"
  }
}

/// The whole forward pass of one text: the contract between the engine and every renderer.
public struct AttentionTrace: Sendable, Equatable {
  /// The model that produced it.
  public var model: ModelDescription
  /// The tokenizer's name, for captions.
  public var tokenizerName: String
  /// The source text.
  public var text: String
  /// The tokens, in order; position `i` of every matrix is `tokens[i]`.
  public var tokens: [Token]
  /// The embedding rows looked up by id, `n × model width`, before positions are added.
  public var tokenEmbeddings: Matrix
  /// The position vectors added to the embeddings, `n × model width`; `nil` when positions
  /// enter elsewhere (rotary positions rotate queries and keys instead).
  public var positionEmbeddings: Matrix?
  /// The residual stream entering layer 0, `n × model width`.
  public var layerInput: Matrix
  /// The layers, in order.
  public var layers: [LayerTrace]
  /// The scalar offsets of the characters the tokenizer removed (see
  /// `Tokenizer.removedScalarOffsets(in:)`); set by whoever tokenized the text.
  public var removedScalarOffsets: [Int] = []

  /// Creates a trace.
  public init(
    model: ModelDescription, tokenizerName: String, text: String, tokens: [Token],
    tokenEmbeddings: Matrix, positionEmbeddings: Matrix?, layerInput: Matrix,
    layers: [LayerTrace]
  ) {
    self.model = model
    self.tokenizerName = tokenizerName
    self.text = text
    self.tokens = tokens
    self.tokenEmbeddings = tokenEmbeddings
    self.positionEmbeddings = positionEmbeddings
    self.layerInput = layerInput
    self.layers = layers
  }

  /// The head `head` of layer `layer`.
  public func head(layer: Int, head: Int) -> HeadTrace {
    layers[layer].heads[head]
  }

  /// The attention weights of one head, `n × n`, rows queries and columns keys.
  public func weights(forLayer layer: Int, head: Int) -> Matrix {
    layers[layer].heads[head].weights
  }

  /// The number of layers.
  public var layerCount: Int { layers.count }
  /// The number of heads per layer.
  public var headCount: Int { layers.first?.heads.count ?? 0 }
}
