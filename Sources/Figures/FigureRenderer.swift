import AttentionEngine

/// Draws figures of an `AttentionTrace`: one layout in points, one Cairo draw routine,
/// and a surface per format.
///
/// Rendering is deterministic: the same trace, request and options give byte-identical
/// PNG, SVG and PDF files in any process. Each call builds its own Pango context, so
/// concurrent calls on different threads are independent.
public struct FigureRenderer: Sendable {
  /// Creates a renderer.
  public init() {}

  /// Draws `request` of `trace` as a complete file in `options.format`.
  ///
  /// - Throws: `FigureError` for an out-of-range layer, head or query, a step view without
  ///   a query, an empty trace, an invalid scale or a PNG over Cairo's size limit.
  public func render(
    _ request: FigureRequest, of trace: AttentionTrace, options: RenderOptions
  ) throws -> RenderedFigure {
    try validate(request, trace: trace)
    let typesetter = Typesetter()
    let layout = try layout(
      for: request, of: trace, typesetter: typesetter, canvas: options.canvas)
    return try write(layout, typesetter: typesetter, options: options)
  }

  /// Writes a finished layout in `options.format` on `options.canvas`.
  func write(
    _ layout: FigureLayout, typesetter: Typesetter, options: RenderOptions
  ) throws -> RenderedFigure {
    let bytes = try SurfaceWriter(typesetter: typesetter).bytes(of: layout, options: options)
    let page = options.canvas.placement(
      width: layout.widthInPoints, height: layout.heightInPoints)
    return RenderedFigure(
      bytes: bytes, altText: layout.altText,
      warnings: layout.warnings + (typesetter.coverageWarning.map { [$0] } ?? []),
      widthInPoints: page.pageWidth, heightInPoints: page.pageHeight)
  }

  /// The layout of `request` in points, before any surface is involved, shaped for
  /// `canvas` (on a slide, the step view narrows long vectors to fit).
  func layout(
    for request: FigureRequest, of trace: AttentionTrace, typesetter: Typesetter,
    canvas: FigureCanvas = .natural
  ) throws -> FigureLayout {
    try validate(request, trace: trace)
    switch request.view {
    case .heatmap:
      return HeatmapLayoutBuilder(trace: trace, request: request, typesetter: typesetter)
        .build()
    case .step:
      guard let query = request.queryIndex else {
        throw FigureError.missingQueryIndex(tokenCount: trace.tokens.count)
      }
      return StepLayoutBuilder(
        trace: trace, request: request, query: query, typesetter: typesetter, canvas: canvas
      ).build()
    }
  }

  private func validate(_ request: FigureRequest, trace: AttentionTrace) throws {
    guard !trace.tokens.isEmpty, trace.layerCount > 0, trace.headCount > 0 else {
      throw FigureError.emptyTrace
    }
    guard (0..<trace.layerCount).contains(request.layer) else {
      throw FigureError.layerOutOfRange(layer: request.layer, layerCount: trace.layerCount)
    }
    let heads = trace.layers[request.layer].heads.count
    guard (0..<heads).contains(request.head) else {
      throw FigureError.headOutOfRange(head: request.head, headCount: heads)
    }
    if let query = request.queryIndex, !(0..<trace.tokens.count).contains(query) {
      throw FigureError.queryOutOfRange(queryIndex: query, tokenCount: trace.tokens.count)
    }
    if request.view == .step, request.queryIndex == nil {
      throw FigureError.missingQueryIndex(tokenCount: trace.tokens.count)
    }
  }
}
