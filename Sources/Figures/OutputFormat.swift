/// A file format a figure can be written in; all three come from the same drawing.
///
/// PNG is a raster image (its pixel size is the figure size in points times
/// `RenderOptions.scale`); SVG and PDF are vector files measured in points.
public enum OutputFormat: String, CaseIterable, Sendable {
  /// A raster PNG image.
  case png
  /// A Scalable Vector Graphics file with canonical, byte-stable ids.
  case svg
  /// A one-page PDF document with fixed metadata dates.
  case pdf

  /// Picks the format for a file extension such as `png` or `.SVG` (case-insensitive).
  ///
  /// Returns `nil` for any extension that is not one of the three formats.
  public init?(pathExtension: String) {
    var name = pathExtension.lowercased()
    if name.hasPrefix(".") { name.removeFirst() }
    self.init(rawValue: name)
  }
}
