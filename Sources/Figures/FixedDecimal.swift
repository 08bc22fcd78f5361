/// Formats numbers with a fixed count of decimals, independent of locale.
///
/// Negative numbers use the minus sign U+2212; a value that rounds to zero prints without
/// a sign; NaN and infinities print as `NaN`, `∞` and `−∞`.
enum FixedDecimal {
  /// `value` rounded half away from zero to `decimals` places, such as `−0.25`.
  static func format(_ value: Double, decimals: Int) -> String {
    guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "−∞" : "∞") }
    var factor = 1.0
    for _ in 0..<decimals { factor *= 10 }
    let scaled = (abs(value) * factor).rounded(.toNearestOrAwayFromZero)
    guard scaled < 1e15 else { return (value < 0 ? "−" : "") + "\(abs(value))" }
    let digits = String(Int64(scaled))
    let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
    let whole = padded.dropLast(decimals)
    let fraction = padded.suffix(decimals)
    let sign = value < 0 && scaled != 0 ? "−" : ""
    return sign + whole + (decimals > 0 ? "." + fraction : "")
  }

  /// `format` for a `Float`.
  static func format(_ value: Float, decimals: Int) -> String {
    format(Double(value), decimals: decimals)
  }
}
