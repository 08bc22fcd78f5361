/// Locale-independent formatting of numbers with a fixed count of decimals.
public enum FixedDecimal {
  /// Formats `value` rounded half away from zero to `decimals` digits after a `.`.
  ///
  /// The result never depends on the locale, never reads `-0.0000` (a value that rounds to
  /// zero loses its sign), and writes non-finite values as `NaN`, `+inf` and `-inf`.
  /// Magnitudes of 1e15 and beyond fall back to Swift's shortest exponent form.
  public static func format(_ value: Double, decimals: Int = 4) -> String {
    precondition((0...12).contains(decimals), "decimals lie in 0...12")
    guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "+inf" : "-inf") }
    let factor = power(decimals)
    let scaled = (abs(value) * factor).rounded(.toNearestOrAwayFromZero)
    guard scaled < 9e15 else { return "\(value)" }

    let digits = String(UInt64(scaled))
    let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
    let whole = padded.dropLast(decimals)
    let fraction = padded.suffix(decimals)
    let sign = value < 0 && scaled > 0 ? "-" : ""
    return sign + whole + (decimals > 0 ? "." + fraction : "")
  }

  /// Formats a `Float` the same way, widening it to `Double` first.
  public static func format(_ value: Float, decimals: Int = 4) -> String {
    format(Double(value), decimals: decimals)
  }

  private static func power(_ exponent: Int) -> Double {
    (0..<exponent).reduce(1.0) { result, _ in result * 10 }
  }
}
