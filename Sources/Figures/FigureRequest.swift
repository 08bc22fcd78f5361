/// The kind of figure to draw.
public enum FigureView: String, CaseIterable, Sendable {
  /// One head's `n × n` matrix: rows are queries, columns keys.
  case heatmap
  /// One query's step: `q`, every key's score, scaled score and weight, values, output.
  case step
}

/// Which `n × n` matrix of a head a heatmap shows.
public enum AttentionQuantity: String, CaseIterable, Sendable {
  /// The softmax weights, from 0 to 1; visible weights of a row sum to one.
  case weights
  /// The raw scores `q · k`, signed.
  case scores
  /// The scaled scores `q · k / √d`, signed.
  case scaledScores = "scaled-scores"
}

/// What to draw: the view, which head, which query, which numbers and colours.
///
/// `layer`, `head` and `queryIndex` are 0-based positions in the trace; figures print
/// them 1-based for readers ("layer 1 of 2").
public struct FigureRequest: Sendable {
  /// The kind of figure.
  public var view: FigureView
  /// The layer, 0-based.
  public var layer: Int
  /// The head within the layer, 0-based.
  public var head: Int
  /// The query token, 0-based; the step view needs one, the heatmap marks it if set.
  public var queryIndex: Int?
  /// The matrix a heatmap shows; the step view always shows all three.
  public var quantity: AttentionQuantity
  /// The colormap for the matrix; `nil` picks viridis for weights and `RdBu_r` for scores.
  public var colormap: Colormap?
  /// Token positions to emphasise; their axis labels are never thinned away.
  public var highlightedTokens: Set<Int>

  /// Creates a request.
  public init(
    view: FigureView, layer: Int = 0, head: Int = 0, queryIndex: Int? = nil,
    quantity: AttentionQuantity = .weights, colormap: Colormap? = nil,
    highlightedTokens: Set<Int> = []
  ) {
    self.view = view
    self.layer = layer
    self.head = head
    self.queryIndex = queryIndex
    self.quantity = quantity
    self.colormap = colormap
    self.highlightedTokens = highlightedTokens
  }
}

/// How to write a figure: the file format, for PNG the pixel density, and the page size.
public struct RenderOptions: Sendable {
  /// The file format.
  public var format: OutputFormat
  /// PNG pixels per point (1, 2 or 3 are typical); ignored by SVG and PDF.
  public var scale: Double
  /// The page: the figure's own size, or a fixed slide it is fitted into.
  public var canvas: FigureCanvas

  /// Creates options; `scale` must be positive.
  public init(format: OutputFormat, scale: Double = 2, canvas: FigureCanvas = .natural) {
    self.format = format
    self.scale = scale
    self.canvas = canvas
  }
}

/// The page a figure is drawn on.
///
/// Figures whose natural shape suits a slide badly are laid out for it: the model view
/// turns its longer axis across, the head view shares token labels along wide rows, the
/// embedding figure and the step view tighten to fit. The whole figure is then scaled by
/// one factor and centred inside a fixed margin. The factor is the largest that fits, but
/// never more than `maximumEnlargement`, so most figures share one text size on a slide.
public enum FigureCanvas: Sendable, Equatable {
  /// The page is exactly the figure's layout size.
  case natural
  /// A fixed page, in points, the figure is fitted into.
  case slide(widthInPoints: Double, heightInPoints: Double)

  /// A 16:9 slide of 960 × 540 points.
  public static let slide16x9 = FigureCanvas.slide(widthInPoints: 960, heightInPoints: 540)
  /// The blank border kept around a figure on a slide, in points.
  public static let slideMargin = 24.0
  /// The largest factor a figure is enlarged by on a slide.
  public static let maximumEnlargement = 1.5

  /// Where a `width × height` point figure goes: the page size, the factor and the offset.
  func placement(width: Double, height: Double)
    -> (pageWidth: Double, pageHeight: Double, factor: Double, x: Double, y: Double)
  {
    guard case .slide(let pageWidth, let pageHeight) = self else {
      return (width, height, 1, 0, 0)
    }
    let room = Self.slideMargin * 2
    let fit = min((pageWidth - room) / width, (pageHeight - room) / height)
    let factor = max(min(fit, Self.maximumEnlargement), 1e-3)
    return (
      pageWidth, pageHeight, factor, (pageWidth - width * factor) / 2,
      (pageHeight - height * factor) / 2
    )
  }
}

/// A finished figure: the file's bytes and what a page needs to describe it.
public struct RenderedFigure: Sendable {
  /// The complete file (PNG, SVG or PDF), byte-identical for identical input.
  public var bytes: [UInt8]
  /// A plain-text description for the `alt` attribute (not escaped; the page escapes it).
  public var altText: String
  /// Problems the reader should know about, such as code points no font covers.
  public var warnings: [String]
  /// The figure width in points (1/72 inch).
  public var widthInPoints: Double
  /// The figure height in points (1/72 inch).
  public var heightInPoints: Double
}
