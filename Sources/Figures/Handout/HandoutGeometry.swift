/// Where the text block and footer sit on a page of one paper size, in points from the
/// page's top-left corner.
struct HandoutGeometry: Sendable {
  let paper: PaperSize

  /// The left edge of the text block.
  var left: Double { HandoutStyle.margin }
  /// The width of the text block.
  var textWidth: Double { paper.widthInPoints - 2 * HandoutStyle.margin }
  /// The top edge of the text block.
  var top: Double { HandoutStyle.margin }
  /// The bottom edge of the text block; the footer sits below it, inside the margin.
  var bottom: Double { paper.heightInPoints - HandoutStyle.margin }
  /// The height of the text block.
  var bodyHeight: Double { bottom - top }
  /// The top of the footer line.
  var footerTop: Double { bottom + HandoutStyle.footerBand - 8 }
}
