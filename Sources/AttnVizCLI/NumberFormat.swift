import Foundation

/// Locale-independent fixed-point formatting that never prints `-0.0000`.
struct NumberFormat {
  var decimals: Int

  /// `value` with `decimals` digits after the point.
  func number(_ value: Float) -> String {
    guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "∞" : "-∞") }
    let text = String(format: "%.\(decimals)f", Double(value))
    let isZero = text.allSatisfy { $0 == "-" || $0 == "0" || $0 == "." }
    return isZero && text.hasPrefix("-") ? String(text.dropFirst()) : text
  }

  /// A vector as `[a, b, c]`.
  func vector(_ values: [Float]) -> String {
    "[" + values.map(number).joined(separator: ", ") + "]"
  }
}

/// Makes text safe to print on a terminal: control characters become visible escapes.
enum TerminalText {
  /// `text` with C0/C1 control characters and DEL shown as `\xNN`.
  static func escaped(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
        result += String(format: "\\x%02x", scalar.value)
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
