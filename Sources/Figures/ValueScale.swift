/// Maps numbers to colours and says what range the colour bar shows.
///
/// Weights use the fixed range 0...1. Signed values (scores) on a diverging map are
/// centred at 0 (`0 ↦ 0.5`, `±colorLimit ↦ 0 or 1`) while the bar shows only the real
/// minimum to maximum; on a sequential map they stretch from minimum to maximum. The
/// colour limit is the largest magnitude unless the scale is clipped (see
/// `robustSigned(_:colormap:)`), and then entries beyond it take the end colours.
struct ValueScale {
  let colormap: Colormap
  /// The low end of the colour bar: the true minimum.
  let minimum: Double
  /// The high end of the colour bar: the true maximum.
  let maximum: Double
  /// Whether 0 sits at the middle colour of the map.
  let isCentredAtZero: Bool
  /// Decimals used for every number printed with this scale.
  let decimals: Int
  /// The magnitude that reaches the end colours of a centred map; values beyond share them.
  let colorLimit: Double

  /// The largest magnitude of the range.
  var largestMagnitude: Double { max(abs(minimum), abs(maximum)) }

  /// Whether some values lie beyond `±colorLimit` and are drawn at the end colours.
  var isClipped: Bool { isCentredAtZero && colorLimit < largestMagnitude }

  /// The scale for attention weights: 0 to 1, two decimals.
  static func weights(_ colormap: Colormap) -> ValueScale {
    ValueScale(
      colormap: colormap, minimum: 0, maximum: 1, isCentredAtZero: false, decimals: 2,
      colorLimit: 1)
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
      isCentredAtZero: colormap.isDiverging, decimals: decimals, colorLimit: largest)
  }

  /// The scale for signed vector entries whose few outliers would wash out the rest.
  ///
  /// Like `signed(_:colormap:)`, but on a diverging map the colours saturate at
  /// `L = 2 · p95(|x|)`, rounded up to the scale's decimals, when the largest magnitude
  /// is at least `1.5 · L` (so at most 5% of the entries are clipped, and only when that
  /// deepens every other colour by half or more); otherwise nothing is clipped. The range
  /// (`minimum`, `maximum`) stays the true one.
  static func robustSigned(_ values: [Double], colormap: Colormap) -> ValueScale {
    let plain = signed(values, colormap: colormap)
    let magnitudes = values.filter(\.isFinite).map(abs).sorted()
    guard plain.isCentredAtZero, !magnitudes.isEmpty else { return plain }
    let rank = Int((0.95 * Double(magnitudes.count - 1)).rounded(.up))
    let steps = (0..<plain.decimals).reduce(1.0) { value, _ in value * 10 }
    let limit = (2 * magnitudes[rank] * steps).rounded(.up) / steps
    guard limit > 0, plain.largestMagnitude >= 1.5 * limit else { return plain }
    return ValueScale(
      colormap: colormap, minimum: plain.minimum, maximum: plain.maximum,
      isCentredAtZero: true, decimals: plain.decimals, colorLimit: limit)
  }

  /// Where `value` falls on the colormap, 0...1.
  func position(of value: Double) -> Double {
    if isCentredAtZero {
      guard colorLimit > 0 else { return 0.5 }
      return 0.5 + 0.5 * min(max(value / colorLimit, -1), 1)
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

  /// What a clipped scale's legend must say (`beyond ±7.2 shown at full colour`), or
  /// `nil` when nothing is clipped.
  var clippingNote: String? {
    isClipped ? "beyond ±\(format(colorLimit)) shown at full colour" : nil
  }

  /// The values to mark on the colour bar, from low to high: the true minimum and
  /// maximum, then 0 unless it lies within 12% of the range of a mark already kept, then
  /// on a clipped scale `±colorLimit` unless within 15%.
  var ticks: [Double] {
    if minimum == 0, maximum == 1 { return [0, 0.25, 0.5, 0.75, 1] }
    guard maximum > minimum else { return [minimum] }
    let span = maximum - minimum
    var ticks = [minimum, maximum]
    var candidates: [(value: Double, room: Double)] = [(0, 0.12)]
    if isClipped { candidates += [(-colorLimit, 0.15), (colorLimit, 0.15)] }
    for candidate in candidates where candidate.value > minimum && candidate.value < maximum {
      if ticks.allSatisfy({ abs($0 - candidate.value) > span * candidate.room }) {
        ticks.append(candidate.value)
      }
    }
    return ticks.sorted()
  }
}
