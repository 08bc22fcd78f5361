import Figures

/// Stable, descriptive file names for figures, relative to a text's folder.
///
/// Layers, heads and tokens are 1-based in names, as in captions; token numbers are padded to
/// three digits so names sort in reading order.
enum FigureNames {
  /// `figures/heatmap-layer1-head2.svg`, or `…@3x.png` for a PNG scale other than 2.
  static func heatmap(layer: Int, head: Int, format: OutputFormat, scale: Double = 2) -> String {
    "figures/heatmap-layer\(layer + 1)-head\(head + 1)\(suffix(format, scale))"
  }

  /// `figures/step-token003-layer1-head1.svg` for the query at 0-based `queryIndex`.
  static func step(
    queryIndex: Int, layer: Int, head: Int, format: OutputFormat, scale: Double = 2
  ) -> String {
    let number = String(queryIndex + 1)
    let padded = String(repeating: "0", count: max(0, 3 - number.count)) + number
    return "figures/step-token\(padded)-layer\(layer + 1)-head\(head + 1)"
      + suffix(format, scale)
  }

  private static func suffix(_ format: OutputFormat, _ scale: Double) -> String {
    guard format == .png, scale != 2 else { return ".\(format.rawValue)" }
    let text = scale == scale.rounded() ? String(Int(scale)) : String(scale)
    return "@\(text)x.png"
  }
}
