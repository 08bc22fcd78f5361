import Foundation
import Tokenization

/// The settings of the built-in teaching model.
public struct TeachingModelConfiguration: Sendable, Equatable, Codable {
  /// The width of every token vector (the model dimension).
  public var width: Int
  /// The number of heads per layer; `width` must divide evenly by it.
  public var headCount: Int
  /// The number of layers.
  public var layerCount: Int
  /// The seed that fixes every weight.
  public var seed: UInt64
  /// Whether attention is causal (a decoder) or bidirectional (an encoder).
  public var mask: AttentionMask

  /// Creates a configuration; the defaults keep every number of a short sentence on a page.
  public init(
    width: Int = 8, headCount: Int = 2, layerCount: Int = 2, seed: UInt64 = 7,
    mask: AttentionMask = .causal
  ) {
    self.width = width
    self.headCount = headCount
    self.layerCount = layerCount
    self.seed = seed
    self.mask = mask
  }

  /// The size of each head's query, key and value vectors.
  public var headSize: Int { width / headCount }

  /// Checks the ranges a teaching model supports.
  public func validated() throws -> TeachingModelConfiguration {
    guard (2...512).contains(width) else {
      throw EngineError.invalidConfiguration(
        "model width '\(width)' is out of range; use a width from 2 to 512")
    }
    guard (1...64).contains(headCount), width % headCount == 0 else {
      throw EngineError.invalidConfiguration(
        "'\(headCount)' heads do not divide width '\(width)'; use a head count that divides "
          + "the width evenly")
    }
    guard (1...48).contains(layerCount) else {
      throw EngineError.invalidConfiguration(
        "layer count '\(layerCount)' is out of range; use 1 to 48 layers")
    }
    return self
  }
}

/// The built-in teaching model: untrained, seeded weights small enough to print.
///
/// Each layer computes `x ← x + concat(head₁ … head_h) · W_O`, where head `h` is
/// scaled dot-product attention over `Q = x·W_Qʰ`, `K = x·W_Kʰ`, `V = x·W_Vʰ`. Token vectors
/// are seeded per id (so any vocabulary works); positions are sinusoidal and added. Every
/// product uses the reference backend, so every number is the same on every machine.
public struct TeachingModel: AttentionModel {
  /// The configuration.
  public let configuration: TeachingModelConfiguration
  private let layers: [LayerWeights]

  private struct HeadWeights: Sendable {
    var query: Matrix
    var key: Matrix
    var value: Matrix
  }

  private struct LayerWeights: Sendable {
    var heads: [HeadWeights]
    var output: Matrix
  }

  /// Creates the model, drawing every weight from the configuration's seed.
  public init(configuration: TeachingModelConfiguration = .init()) throws {
    self.configuration = try configuration.validated()
    var generator = SeededGenerator(seed: configuration.seed)
    let width = configuration.width
    let size = configuration.headSize
    let projectionScale = (3 / Float(width)).squareRoot()
    layers = (0..<configuration.layerCount).map { _ in
      let heads = (0..<configuration.headCount).map { _ in
        HeadWeights(
          query: generator.matrix(rows: width, columns: size, scale: projectionScale),
          key: generator.matrix(rows: width, columns: size, scale: projectionScale),
          value: generator.matrix(rows: width, columns: size, scale: projectionScale))
      }
      let output = generator.matrix(rows: width, columns: width, scale: projectionScale)
      return LayerWeights(heads: heads, output: output)
    }
  }

  public var positionLimit: Int { 1024 }

  /// The projection matrices of one head, each `width × head size`: a token vector `x`
  /// (a row) gives `q = x · query`, `k = x · key`, `v = x · value`.
  public func projectionWeights(layer: Int, head: Int) -> (
    query: Matrix, key: Matrix, value: Matrix
  ) {
    let weights = layers[layer].heads[head]
    return (weights.query, weights.key, weights.value)
  }

  public var modelDescription: ModelDescription {
    let c = configuration
    return ModelDescription(
      name: "teaching",
      displayName: "teaching model (\(c.layerCount) layers × \(c.headCount) heads, "
        + "width \(c.width), seed \(c.seed))",
      isTrained: false, isCausal: c.mask == .causal,
      positionEncoding: "sinusoidal, added to the token vectors")
  }

  /// The token vector of vocabulary id `id`: `width` uniform values in `[-1, 1)` drawn from
  /// a generator seeded by the model seed and the id.
  public func embedding(forID id: Int) -> [Float] {
    var generator = SeededGenerator(
      seed: configuration.seed &* 0x100_0000_01B3 ^ UInt64(truncatingIfNeeded: id))
    return (0..<configuration.width).map { _ in generator.nextSigned() }
  }

  /// The sinusoidal position vector of `position`: even dimensions `sin(p / 10000^(2i/w))`,
  /// odd dimensions `cos` of the same angle.
  public func positionVector(at position: Int) -> [Float] {
    let width = configuration.width
    return (0..<width).map { dimension in
      let pair = Double(dimension / 2 * 2)
      let angle = Double(position) / pow(10_000, pair / Double(width))
      return Float(dimension % 2 == 0 ? sin(angle) : cos(angle))
    }
  }

  public func trace(
    of tokens: [Token], text: String, tokenizerName: String
  ) throws -> AttentionTrace {
    guard !tokens.isEmpty else { throw EngineError.noTokens }
    guard tokens.count <= positionLimit else {
      throw EngineError.tooManyPositions(
        count: tokens.count, limit: positionLimit, model: "teaching")
    }

    let embeddings = Matrix(rowArrays: tokens.map { embedding(forID: $0.id) })
    let positions = Matrix(rowArrays: tokens.indices.map(positionVector(at:)))
    let input = embeddings + positions
    let visibility = configuration.mask.visibility(tokenCount: tokens.count)

    var stream = input
    var layerTraces = [LayerTrace]()
    for weights in layers {
      let layer = runLayer(weights, on: stream, visibility: visibility)
      layerTraces.append(layer)
      stream = layer.residualAfter
    }

    return AttentionTrace(
      model: modelDescription, tokenizerName: tokenizerName, text: text, tokens: tokens,
      tokenEmbeddings: embeddings, positionEmbeddings: positions, layerInput: input,
      layers: layerTraces)
  }

  private func runLayer(
    _ weights: LayerWeights, on stream: Matrix, visibility: [Bool]
  ) -> LayerTrace {
    let heads = weights.heads.enumerated().map { index, head in
      ScaledDotProductAttention.run(
        queries: stream.multiplied(by: head.query, backend: .reference),
        keys: stream.multiplied(by: head.key, backend: .reference),
        values: stream.multiplied(by: head.value, backend: .reference),
        visibility: visibility, keyValueHead: index, backend: .reference)
    }
    let joined = Matrix.concatenatingColumns(heads.map(\.outputs))
    let projected = joined.multiplied(by: weights.output, backend: .reference)
    return LayerTrace(
      heads: heads, attentionOutput: projected, residualAfter: stream + projected)
  }
}
