/// Where the text block and footer sit on a page of one paper size, in points from the
/// page's top-left corner; a landscape page is the same sheet turned a quarter turn.
struct HandoutGeometry: Sendable {
  let paper: PaperSize
  /// Whether the page is turned so that its long side is horizontal.
  var isLandscape = false

  /// The page width in points, as the page is read.
  var pageWidth: Double { isLandscape ? paper.heightInPoints : paper.widthInPoints }
  /// The page height in points, as the page is read.
  var pageHeight: Double { isLandscape ? paper.widthInPoints : paper.heightInPoints }
  /// The blank border around the text block: narrower on a landscape page, which holds
  /// one wide figure that needs all the room it can get.
  var margin: Double { isLandscape ? HandoutStyle.landscapeMargin : HandoutStyle.margin }
  /// The left edge of the text block.
  var left: Double { margin }
  /// The width of the text block.
  var textWidth: Double { pageWidth - 2 * margin }
  /// The top edge of the text block.
  var top: Double { margin }
  /// The bottom edge of the text block; the footer sits below it, inside the margin.
  var bottom: Double { pageHeight - margin }
  /// The height of the text block.
  var bodyHeight: Double { bottom - top }
  /// The top of the footer line.
  var footerTop: Double { bottom + HandoutStyle.footerBand - 8 }
  /// The same sheet turned to landscape.
  var landscape: HandoutGeometry { HandoutGeometry(paper: paper, isLandscape: true) }
}
