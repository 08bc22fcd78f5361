import Tokenization

/// A rectangle in points; `y` grows downwards from the figure's top edge.
struct Rect: Equatable, Sendable {
  var x: Double
  var y: Double
  var width: Double
  var height: Double

  var maxX: Double { x + width }
  var maxY: Double { y + height }
  var midX: Double { x + width / 2 }
  var midY: Double { y + height / 2 }
}

/// What a layout item stands for, so tests can find cells without reading pixels.
enum LayoutTag: Equatable, Sendable {
  /// The heatmap cell of query row `query` and key column `key`.
  case cell(query: Int, key: Int)
  /// A run of masked cells in query row `query`, covering the key columns `keys`.
  case maskedCells(query: Int, keys: Range<Int>)
  /// The label of a query row.
  case queryLabel(Int)
  /// The label of a key column.
  case keyLabel(Int)
  /// A legend entry.
  case legend(String)
}

/// The font of a text item.
struct TextStyle: Equatable, Sendable {
  /// The size in points.
  var size: Double
  var isBold = false
  var isItalic = false
  var color = RGBColor.black

  static let label = TextStyle(size: 9)
  static let caption = TextStyle(size: 9)
  static let title = TextStyle(size: 12, isBold: true)
  static let axisTitle = TextStyle(size: 10, isItalic: true)
  /// A highlighted token's label (and the legend's sample of one): bold, in orange.
  static let highlightedLabel = TextStyle(size: label.size, isBold: true, color: Palette.highlight)
  /// The label of a special or unknown token (`[CLS]`, an `[UNK]` shown by the text it
  /// covers): italic, in the secondary colour.
  static let markedTokenLabel = TextStyle(
    size: label.size, isItalic: true, color: Palette.secondaryText)
  /// What the legend says the italic labels are.
  static let markedTokenLegend = "special or unknown token"

  /// Whether labels of `kind` are drawn as marked: special tokens and unknown ones.
  static func isMarked(_ kind: TokenKind) -> Bool { kind == .special || kind == .unknown }

  /// The style of a token label: bold orange when highlighted, italic when special or
  /// unknown (both when both).
  static func tokenLabel(_ kind: TokenKind, isHighlighted: Bool) -> TextStyle {
    guard isHighlighted else { return isMarked(kind) ? .markedTokenLabel : .label }
    var style = TextStyle.highlightedLabel
    style.isItalic = isMarked(kind)
    return style
  }
}

/// A piece of text and where its box goes; the text is already sanitized and shaped.
struct PlacedText: Equatable, Sendable {
  /// The text exactly as Pango receives it (valid UTF-8, no NUL, no controls).
  var text: String
  var style: TextStyle
  /// The top-left corner of the text box before rotation, in points.
  var origin: (x: Double, y: Double)
  /// Quarter turns counter-clockwise about `origin` (0 or 1).
  var quarterTurns: Int = 0
  /// The wrapping width in points, or `nil` for one line.
  var wrapWidth: Double?
  var tag: LayoutTag?

  static func == (a: PlacedText, b: PlacedText) -> Bool {
    a.text == b.text && a.style == b.style && a.origin == b.origin
      && a.quarterTurns == b.quarterTurns && a.wrapWidth == b.wrapWidth && a.tag == b.tag
  }
}

/// One thing to draw; the draw routine handles each case the same way for every format.
enum LayoutItem: Equatable, Sendable {
  /// A filled rectangle.
  case fill(Rect, RGBColor, tag: LayoutTag?)
  /// A grey rectangle with diagonal hatching: the look of masked cells.
  case hatch(Rect, dark: Bool, tag: LayoutTag?)
  /// A rectangle outline.
  case stroke(Rect, RGBColor, width: Double)
  /// A straight line.
  case line(from: (Double, Double), to: (Double, Double), RGBColor, width: Double)
  /// Text.
  case text(PlacedText)
  /// A grid of `columns × rows` equal cells filling `rect`, colours row-major, drawn as
  /// one image with sharp cell edges (used for large matrices).
  case raster(Rect, columns: Int, rows: Int, colors: [RGBColor])

  static func == (a: LayoutItem, b: LayoutItem) -> Bool {
    switch (a, b) {
    case (.fill(let r1, let c1, let t1), .fill(let r2, let c2, let t2)):
      r1 == r2 && c1 == c2 && t1 == t2
    case (.hatch(let r1, let d1, let t1), .hatch(let r2, let d2, let t2)):
      r1 == r2 && d1 == d2 && t1 == t2
    case (.stroke(let r1, let c1, let w1), .stroke(let r2, let c2, let w2)):
      r1 == r2 && c1 == c2 && w1 == w2
    case (.line(let f1, let t1, let c1, let w1), .line(let f2, let t2, let c2, let w2)):
      f1 == f2 && t1 == t2 && c1 == c2 && w1 == w2
    case (.text(let p1), .text(let p2)): p1 == p2
    default: false
    }
  }

  /// The tag of the item, if it has one.
  var tag: LayoutTag? {
    switch self {
    case .fill(_, _, let tag), .hatch(_, _, let tag): tag
    case .text(let placed): placed.tag
    case .stroke, .line, .raster: nil
    }
  }
}

/// A whole figure in points: its size and the items in drawing order.
struct FigureLayout: Sendable {
  var widthInPoints: Double
  var heightInPoints: Double
  var items: [LayoutItem]
  /// The plain-text description of what the figure shows.
  var altText: String
  /// Problems with the data the reader should know about.
  var warnings: [String] = []
}
