import Diagnostics

/// A named colour scale that maps a position in 0...1 to a colour.
///
/// Names follow matplotlib (`viridis`, `magma`, `inferno`, `plasma`, `cividis` are
/// sequential; `PuOr`, `RdBu`, `coolwarm` are diverging); a `_r` suffix reverses a map.
/// Colours between the 256 table entries are interpolated linearly in sRGB.
public struct Colormap: Sendable, Equatable {
  /// The name as given, such as `magma_r`.
  public let name: String
  /// Whether the map is diverging: its middle colour stands for zero.
  public let isDiverging: Bool
  let colors: [RGBColor]

  /// The colormap called `name`; letter case is ignored and `_r` reverses it.
  ///
  /// - Throws: `FigureError.unknownColormap` naming the nearest known name.
  public static func named(_ name: String) throws -> Colormap {
    let reversed = name.hasSuffix("_r")
    let base = reversed ? String(name.dropLast(2)) : name
    guard
      let table = ColormapTables.all.first(where: {
        $0.name.lowercased() == base.lowercased()
      })
    else {
      let suggestion = NameSuggestion.nearest(to: name, among: allNames)
      throw FigureError.unknownColormap(name: name, suggestion: suggestion)
    }
    let colors = parseHex(table.hex)
    return Colormap(
      name: table.name + (reversed ? "_r" : ""), isDiverging: table.isDiverging,
      colors: reversed ? colors.reversed() : colors)
  }

  /// Every accepted name, the plain maps first and then their `_r` reversals.
  public static var allNames: [String] {
    let plain = ColormapTables.all.map(\.name)
    return plain + plain.map { $0 + "_r" }
  }

  /// The default map for weights: viridis.
  static let defaultSequential = try! Colormap.named("viridis")
  /// The default map for signed values: `RdBu_r` (blue negative, red positive).
  static let defaultDiverging = try! Colormap.named("RdBu_r")

  /// The colour at `position`, clamped to 0...1; NaN gives the low end.
  public func color(at position: Double) -> RGBColor {
    let t = position.isNaN ? 0 : min(max(position, 0), 1)
    let scaled = t * Double(colors.count - 1)
    let low = Int(scaled.rounded(.down))
    let high = min(low + 1, colors.count - 1)
    return colors[low].mixed(with: colors[high], fraction: scaled - Double(low))
  }

  private static func parseHex(_ text: String) -> [RGBColor] {
    let digits = Array(text.utf8.filter { $0 != 10 && $0 != 32 })
    precondition(digits.count % 6 == 0, "colormap tables hold whole RRGGBB entries")
    return stride(from: 0, to: digits.count, by: 6).map { start in
      func component(_ offset: Int) -> Double {
        let pair = String(decoding: digits[start + offset..<start + offset + 2], as: UTF8.self)
        return Double(UInt8(pair, radix: 16)!) / 255
      }
      return RGBColor(red: component(0), green: component(2), blue: component(4))
    }
  }
}
