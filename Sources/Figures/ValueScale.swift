/// Maps numbers to colours and says what range the colour bar shows.
///
/// Weights use the fixed range 0...1. Signed values (scores) on a diverging map are
/// centred at 0 (`0 ↦ 0.5`, `±maxAbs ↦ 0 or 1`) while the bar shows only the real
/// minimum to maximum; on a sequential map they stretch from minimum to maximum.
struct ValueScale {
  let colormap: Colormap
  /// The low end of the colour bar.
  let minimum: Double
  /// The high end of the colour bar.
  let maximum: Double
  /// Whether 0 sits at the middle colour of the map.
  let isCentredAtZero: Bool
  /// Decimals used for every number printed with this scale.
  let decimals: Int

  /// The scale for attention weights: 0 to 1, two decimals.
  static func weights(_ colormap: Colormap) -> ValueScale {
    ValueScale(
      colormap: colormap, minimum: 0, maximum: 1, isCentredAtZero: false, decimals: 2)
  }

  /// The scale for signed values; non-finite values are left out of the range.
  static func signed(_ values: [Double], colormap: Colormap) -> ValueScale {
    let finite = values.filter(\.isFinite)
    let low = finite.min() ?? 0
    let high = finite.max() ?? 0
    let largest = max(abs(low), abs(high))
    let decimals = largest >= 100 ? 0 : (largest >= 10 ? 1 : 2)
    return ValueScale(
      colormap: colormap, minimum: low, maximum: high,
      isCentredAtZero: colormap.isDiverging, decimals: decimals)
  }

  /// Where `value` falls on the colormap, 0...1.
  func position(of value: Double) -> Double {
    if isCentredAtZero {
      let largest = max(abs(minimum), abs(maximum))
      return largest == 0 ? 0.5 : 0.5 + 0.5 * value / largest
    }
    return maximum > minimum ? (value - minimum) / (maximum - minimum) : 0.5
  }

  /// The colour of `value`.
  func color(of value: Double) -> RGBColor {
    colormap.color(at: position(of: value))
  }

  /// `value` printed with this scale's decimals.
  func format(_ value: Double) -> String {
    FixedDecimal.format(value, decimals: decimals)
  }

  /// The values to mark on the colour bar, from low to high.
  var ticks: [Double] {
    if minimum == 0, maximum == 1 { return [0, 0.25, 0.5, 0.75, 1] }
    guard maximum > minimum else { return [minimum] }
    var ticks = [minimum, maximum]
    let span = maximum - minimum
    if minimum < 0, maximum > 0, -minimum > span * 0.12, maximum > span * 0.12 {
      ticks.insert(0, at: 1)
    }
    return ticks
  }
}
