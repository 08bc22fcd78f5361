import AttentionEngine
import SiteGeneration
import Tokenization

/// The figure files the pages of one text link, relative to the text's folder.
public struct TraceFigurePaths: Sendable, Equatable {
  /// The heatmap of the head's weights, shown on the index page.
  public var heatmap: String
  /// One step figure per query position, in position order.
  public var querySteps: [String]
  /// The full-precision `.npy` files of the head's weights and scaled scores, or `nil`.
  public var data: TraceDataFiles?

  /// Creates the paths.
  public init(heatmap: String, querySteps: [String], data: TraceDataFiles? = nil) {
    self.heatmap = heatmap
    self.querySteps = querySteps
    self.data = data
  }
}

/// The `.npy` files that hold a traced head's numbers at full float32 precision, relative
/// to the text's folder: query × key arrays of the weights and of the scaled scores.
public struct TraceDataFiles: Sendable, Equatable {
  /// The weights; a masked key holds its true weight, 0.
  public var weights: String
  /// The scaled scores q·k/√d; a masked key holds −∞.
  public var scaledScores: String

  /// Creates the paths.
  public init(weights: String, scaledScores: String) {
    self.weights = weights
    self.scaledScores = scaledScores
  }
}

/// Turns one head of an `AttentionTrace` into the page models of one text: an index page and
/// one page per query token.
///
/// Pages go to `folder/index.html` and `folder/token-NNN.html` (positions counted from 1,
/// zero-padded to at least three digits). Numbers are written with `decimals` digits after the
/// point, independent of the locale, and never as `-0.0000`; masked keys are listed as masked,
/// never as zero weights.
public struct TracePages: Sendable {
  /// The trace to show.
  public var trace: AttentionTrace
  /// The layer, counted from 0.
  public var layer: Int
  /// The head within the layer, counted from 0.
  public var head: Int
  /// The text's folder relative to the site root, such as `the-cat-sat`.
  public var folder: String
  /// The title of the index page, also quoted on every token page.
  public var title: String
  /// The figure files to link.
  public var figures: TraceFigurePaths
  /// How many digits follow the decimal point.
  public var decimals: Int

  /// Creates the pages' builder; `figures` holds one step figure per token.
  public init(
    trace: AttentionTrace, layer: Int, head: Int, folder: String, title: String,
    figures: TraceFigurePaths, decimals: Int = 4
  ) {
    precondition(trace.layers.indices.contains(layer), "layer exists in the trace")
    precondition(trace.layers[layer].heads.indices.contains(head), "head exists in the layer")
    precondition(figures.querySteps.count == trace.tokens.count, "one step figure per token")
    self.trace = trace
    self.layer = layer
    self.head = head
    self.folder = folder
    self.title = title
    self.figures = figures
    self.decimals = decimals
  }

  private var headTrace: HeadTrace { trace.head(layer: layer, head: head) }
  private var coverage: SourceCoverage {
    SourceCoverage(text: trace.text, tokens: trace.tokens, removed: trace.removedScalarOffsets)
  }
  private var count: Int { trace.tokens.count }

  /// The index page and every token page, in position order.
  public func site() -> Site {
    Site(indexPages: [indexPage()], tokenPages: (0..<count).map(tokenPage(queryIndex:)))
  }

  /// The file name of the page of the query at 0-based `queryIndex`, numbered from 1 as
  /// readers count: `token-007.html` is the seventh token.
  public static func tokenFileName(queryIndex: Int) -> String {
    let digits = String(queryIndex + 1)
    return "token-" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits + ".html"
  }

  /// The index page: caption facts, token strip, heatmap and weight table.
  public func indexPage() -> IndexPage {
    IndexPage(
      path: folder + "/index.html", title: title, sourceText: trace.text, facts: facts,
      untrainedNote: untrainedNote,
      heatmap: FigureReference(
        source: figures.heatmap, altText: heatmapAltText,
        caption: "Attention weights of layer \(layer + 1), head \(head + 1): rows are queries"
          + " (attending from), columns are keys (attending to). Model:"
          + " \(trace.model.displayName)."),
      weights: weightsNote == nil ? weightTable : WeightTable(keyLabels: [], rows: []),
      tokens: trace.tokens.indices.map(entry), data: data, weightsNote: weightsNote,
      sourceRuns: coverage.runs, removedNote: coverage.note, precisionNote: precisionNote,
      dataLinks: figures.data.map {
        [
          PageLink(href: $0.weights, label: "weights (.npy)"),
          PageLink(href: $0.scaledScores, label: "scaled scores (.npy)"),
        ]
      } ?? [])
  }

  /// The page of the query at `queryIndex`: its query against every key, step by step.
  public func tokenPage(queryIndex: Int) -> TokenPage {
    let head = headTrace
    let steps = (0..<count).map { step(queryIndex: queryIndex, keyIndex: $0) }
    let visible = (0..<count).filter { head.isVisible(queryIndex: queryIndex, keyIndex: $0) }
    let weightSum = visible.reduce(0.0) { $0 + Double(head.weights[queryIndex, $1]) }
    let mixed = (0..<head.headSize).map { column in
      visible.reduce(0.0) {
        $0 + Double(head.weights[queryIndex, $1]) * Double(head.values[$1, column])
      }
    }

    return TokenPage(
      path: folder + "/" + Self.tokenFileName(queryIndex: queryIndex),
      title: "Query \(queryIndex + 1) ‘\(label(queryIndex))’ · \(title)",
      token: entry(queryIndex), facts: facts, untrainedNote: untrainedNote,
      query: vector(head.queries.row(queryIndex)), scaling: scaling, keys: steps,
      weightSum: number(weightSum), weightedSum: vector(mixed),
      output: vector(head.outputs.row(queryIndex)),
      fullyMaskedNote: head.isFullyMasked(queryIndex: queryIndex) ? fullyMaskedNote : nil,
      figure: stepFigure(queryIndex: queryIndex, visibleCount: visible.count),
      previous: queryIndex > 0 ? link(queryIndex - 1) : nil,
      next: queryIndex + 1 < count ? link(queryIndex + 1) : nil,
      index: PageLink(href: "index.html", label: "All tokens of ‘\(title)’"))
  }

  // MARK: Token page parts

  private func step(queryIndex: Int, keyIndex: Int) -> KeyStep {
    let head = headTrace
    guard head.isVisible(queryIndex: queryIndex, keyIndex: keyIndex) else {
      return KeyStep(token: entry(keyIndex), numbers: nil)
    }
    let weight = Double(head.weights[queryIndex, keyIndex])
    let value = head.values.row(keyIndex)
    return KeyStep(
      token: entry(keyIndex),
      numbers: KeyStep.Numbers(
        key: vector(head.keys.row(keyIndex)),
        rawScore: number(head.scores[queryIndex, keyIndex]),
        scaledScore: number(head.scaledScore(queryIndex: queryIndex, keyIndex: keyIndex)),
        weight: number(weight), value: vector(value),
        weightedValue: vector(value.map { weight * Double($0) })))
  }

  private var scaling: String {
    let size = headTrace.headSize
    let root = Double(size).squareRoot()
    return "Each score is then divided by √d = √\(size) = \(number(root)),"
      + " where d is the head size."
  }

  private var fullyMaskedNote: String {
    "The mask hides every key from this query, so all its weights are 0 and its output is"
      + " the zero vector; this is not a row of equal or zero attention."
  }

  private func stepFigure(queryIndex: Int, visibleCount: Int) -> FigureReference {
    let query = "‘\(label(queryIndex))’ (position \(queryIndex + 1))"
    var alt =
      "How the query of \(query) meets \(visibleCount) visible"
      + " key\(visibleCount == 1 ? "" : "s") of \(count): scores, scaled scores and weights."
    if let top = strongestKey(queryIndex: queryIndex) {
      alt +=
        " The largest weight, \(number(headTrace.weights[queryIndex, top])), goes to"
        + " ‘\(label(top))’ (position \(top + 1))."
    }
    return FigureReference(
      source: figures.querySteps[queryIndex], altText: alt,
      caption: "Query \(query) against every key; layer \(layer + 1), head \(head + 1).")
  }

  private func link(_ index: Int) -> PageLink {
    PageLink(href: Self.tokenFileName(queryIndex: index), label: label(index))
  }

  // MARK: Index page parts

  /// The most tokens whose weights the index page lists as a table and as JSON data.
  ///
  /// Both grow as n²: 64 tokens give 4,096 cells (about 150 KB of HTML). Past it the page
  /// keeps the heatmap, which shows every weight, and each token's page keeps its own row
  /// with every number, so a 512-token text still gives pages that open at once.
  public static let weightTableLimit = 64

  private var precisionNote: String {
    let rounded = "Numbers on this page and the token pages are rounded to \(decimals) decimals."
    guard figures.data != nil else { return rounded }
    return rounded + " Full float32 values of this head, query × key (a masked key holds weight 0"
      + " and scaled score −∞), for numpy.load:"
  }

  private var weightsNote: String? {
    guard count > Self.weightTableLimit else { return nil }
    return "With \(count) tokens the table would have \(count * count) cells, more than this "
      + "page lists (\(Self.weightTableLimit) tokens at most). The heatmap shows every weight, "
      + "and each token's page lists its row with every number."
  }

  private var weightTable: WeightTable {
    let head = headTrace
    let rows = (0..<count).map { query in
      WeightTable.Row(
        queryLabel: label(query), href: Self.tokenFileName(queryIndex: query),
        cells: (0..<count).map { key in
          head.isVisible(queryIndex: query, keyIndex: key)
            ? number(head.weights[query, key]) : nil
        })
    }
    return WeightTable(keyLabels: (0..<count).map(label), rows: rows)
  }

  private var heatmapAltText: String {
    let head = headTrace
    let masked = head.visibility.filter { !$0 }.count
    var alt =
      "Heatmap of attention weights, layer \(layer + 1), head \(self.head + 1), over"
      + " \(count) tokens: rows are queries, columns are keys, \(masked) masked cells."
    let choices = (0..<count).filter { visibleKeyCount(queryIndex: $0) > 1 }
    let pairs = choices.compactMap { query in strongestKey(queryIndex: query).map { (query, $0) } }
    if let best = pairs.max(by: { head.weights[$0.0, $0.1] < head.weights[$1.0, $1.1] }) {
      alt +=
        " The largest weight, \(number(head.weights[best.0, best.1])), is from"
        + " ‘\(label(best.0))’ to ‘\(label(best.1))’."
    }
    return alt + " The table beside it lists every weight."
  }

  private var data: JSONValue {
    let head = headTrace
    let tokens = trace.tokens.enumerated().map { position, token in
      JSONValue.object([
        ("position", number(of: position + 1)), ("text", .string(token.label)),
        ("id", number(of: token.id)),
        ("span", .array([token.span.lowerBound, token.span.upperBound].map(number(of:)))),
        ("kind", .string(token.kind.rawValue)),
      ])
    }
    // Past the table's budget the weights stay out of the page's data too (null).
    let weights: JSONValue =
      weightsNote != nil
      ? .null
      : .array(
        (0..<count).map { query in
          JSONValue.array(
            (0..<count).map { key in
              guard head.isVisible(queryIndex: query, keyIndex: key) else { return .null }
              return .number(Double(number(head.weights[query, key])) ?? .nan)
            })
        })
    return .object([
      ("layer", number(of: layer + 1)), ("head", number(of: self.head + 1)),
      ("decimals", number(of: decimals)), ("tokens", .array(tokens)),
      ("removedOffsets", .array(coverage.removedOffsets.map(number(of:)))),
      ("weights", weights),
    ])
  }

  // MARK: Shared parts

  private var facts: [PageFact] {
    let head = headTrace
    let shared =
      head.keyValueHead == self.head ? "" : " (reads key/value head \(head.keyValueHead + 1))"
    return [
      PageFact(term: "Model", detail: trace.model.displayName),
      PageFact(term: "Layer", detail: "\(layer + 1) of \(trace.layerCount)"),
      PageFact(term: "Head", detail: "\(self.head + 1) of \(trace.headCount)\(shared)"),
      PageFact(term: "Tokenizer", detail: trace.tokenizerName),
      PageFact(term: "Mask", detail: trace.model.maskDescription),
      PageFact(term: "Positions", detail: trace.model.positionEncoding),
      PageFact(
        term: "Tokens",
        detail: "every token, subword pieces and special tokens included, is one row and one"
          + " column; special tokens are marked as special"),
    ]
  }

  private var untrainedNote: String? {
    trace.model.isTrained
      ? nil
      : "This model's weights are random, not learned: the pages show how attention computes,"
        + " not what a trained model attends to."
  }

  private func visibleKeyCount(queryIndex: Int) -> Int {
    (0..<count).filter { headTrace.isVisible(queryIndex: queryIndex, keyIndex: $0) }.count
  }

  private func strongestKey(queryIndex: Int) -> Int? {
    let head = headTrace
    return (0..<count).filter { head.isVisible(queryIndex: queryIndex, keyIndex: $0) }
      .max { head.weights[queryIndex, $0] < head.weights[queryIndex, $1] }
  }

  private func entry(_ position: Int) -> TokenEntry {
    let token = trace.tokens[position]
    return TokenEntry(
      position: position + 1, text: token.label, id: token.id,
      span: "\(token.span.lowerBound)–\(token.span.upperBound)", kind: kindName(token.kind),
      href: Self.tokenFileName(queryIndex: position))
  }

  private func label(_ position: Int) -> String { trace.tokens[position].label }

  private func kindName(_ kind: TokenKind) -> String {
    switch kind {
    case .normal: return "normal"
    case .special: return "special"
    case .unknown: return "unknown"
    case .partialCharacter: return "part of a character"
    }
  }

  private func number(of integer: Int) -> JSONValue { .number(Double(integer)) }
  private func number(_ value: Float) -> String {
    FixedDecimal.format(value, decimals: decimals)
  }
  private func number(_ value: Double) -> String {
    FixedDecimal.format(value, decimals: decimals)
  }
  private func vector(_ values: [Float]) -> String { vector(values.map(Double.init)) }
  private func vector(_ values: [Double]) -> String {
    "[" + values.map(number).joined(separator: ", ") + "]"
  }
}
