import Foundation

/// An opaque sRGB colour with components from 0 to 1.
public struct RGBColor: Sendable, Equatable {
  /// The red component, 0...1.
  public var red: Double
  /// The green component, 0...1.
  public var green: Double
  /// The blue component, 0...1.
  public var blue: Double

  /// Creates a colour from components in 0...1.
  public init(red: Double, green: Double, blue: Double) {
    self.red = red
    self.green = green
    self.blue = blue
  }

  /// Creates a grey of brightness `white` in 0...1.
  init(white: Double) {
    self.init(red: white, green: white, blue: white)
  }

  /// Black.
  static let black = RGBColor(white: 0)
  /// White.
  static let white = RGBColor(white: 1)

  /// The WCAG relative luminance, 0 (black) to 1 (white).
  var relativeLuminance: Double {
    func linear(_ c: Double) -> Double {
      c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
  }

  /// Black or white, whichever contrasts more with this colour (WCAG contrast ratio).
  var contrastingText: RGBColor {
    let l = relativeLuminance
    let withBlack = (l + 0.05) / 0.05
    let withWhite = 1.05 / (l + 0.05)
    return withBlack >= withWhite ? .black : .white
  }

  /// The straight mix `(1 − t) · self + t · other`.
  func mixed(with other: RGBColor, fraction t: Double) -> RGBColor {
    RGBColor(
      red: red + (other.red - red) * t,
      green: green + (other.green - green) * t,
      blue: blue + (other.blue - blue) * t)
  }
}
