/// The fixed measurements and fonts of a handout, in points.
///
/// Fonts are the figures' Pango families (`Typesetter.fontFamilies`) so text and figures
/// match on the page.
enum HandoutStyle {
  /// The blank border on every side of the text block.
  static let margin = 50.0
  /// The border of a landscape figure page: half an inch, which printers still print.
  static let landscapeMargin = 36.0
  /// The band below the text block that holds the footer.
  static let footerBand = 22.0
  /// The largest factor a figure is enlarged by to reach the text width.
  static let maximumFigureScale = 1.2
  /// The smallest size in points a figure's text should print at: 6 pt is the usual
  /// floor for legible print (map and chart labels); below it a figure is turned to a
  /// landscape page when that prints it larger.
  static let minimumFigureTextSize = 6.0
  /// The fewest rows of a table a page may hold when the table splits across pages.
  static let minimumTableRows = 3
  /// The fewest lines of a paragraph a page may hold when it splits across pages.
  static let minimumParagraphLines = 2

  static let body = TextStyle(size: 10.5)
  static let bodyBold = TextStyle(size: 10.5, isBold: true)
  static let title = TextStyle(size: 20, isBold: true)
  static let subtitle = TextStyle(size: 12, color: Palette.secondaryText)
  static let section = TextStyle(size: 15, isBold: true)
  static let subsection = TextStyle(size: 12.5, isBold: true)
  static let caption = TextStyle(size: 9, isItalic: true, color: Palette.secondaryText)
  static let tableBody = TextStyle(size: 9.5)
  static let tableHeader = TextStyle(size: 9.5, isBold: true)
  static let footer = TextStyle(size: 8.5, color: Palette.secondaryText)
  static let promptLabel = TextStyle(size: 10.5, isBold: true, color: Palette.highlight)

  /// The space between paragraphs and other blocks.
  static let blockGap = 7.0
  /// The indent of bullet text from the left margin.
  static let bulletIndent = 16.0
  /// The inner padding of the answer box.
  static let boxPadding = 7.0
  /// The horizontal padding inside table cells.
  static let cellPaddingX = 5.0
  /// The vertical padding inside table cells.
  static let cellPaddingY = 3.0

  /// The shading behind the answer of a prompt.
  static let answerFill = RGBColor(white: 0.94)
  /// The shading behind a table header.
  static let headerFill = RGBColor(white: 0.90)
  /// Table and title rules.
  static let rule = RGBColor(white: 0.70)
}
