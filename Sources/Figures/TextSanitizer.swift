import Tokenization

/// Makes any string safe and visible for drawing: Cairo and Pango only ever receive the
/// result, which is valid UTF-8 without NUL, without control or bidi-control characters.
///
/// NUL becomes `␀`; other C0/C1 controls and DEL become `\xnn` in lower-case hex (tab,
/// newline and carriage return become `\t`, `\n`, `\r`); invisible format characters (zero-width space, bidi
/// overrides and isolates, BOM, noncharacters) become `⟨U+XXXX⟩`. For labels, leading and
/// trailing spaces become `␣` so a token such as `" the"` keeps its visible space.
enum TextSanitizer {
  /// The visible form of a token label, at most `maximumCharacters` characters long.
  static func label(_ text: String, maximumCharacters: Int = 32) -> String {
    var result = visible(text)
    result = markEdgeSpaces(result)
    if result.count > maximumCharacters {
      result = String(result.prefix(maximumCharacters - 1)) + "…"
    }
    return result.isEmpty ? "␣" : result
  }

  /// The visible form of running text such as a caption (spaces kept as they are).
  static func visible(_ text: String) -> String {
    var result = ""
    result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      result += escape(scalar) ?? String(scalar)
    }
    return result
  }

  /// The escape for one scalar, or `nil` when it may be drawn as it is.
  static func escape(_ scalar: Unicode.Scalar) -> String? {
    switch scalar.value {
    case 0: return "␀"
    case 9: return "\\t"
    case 10: return "\\n"
    case 13: return "\\r"
    case 0x01...0x1F, 0x7F...0x9F: return "\\x" + hex(scalar.value, digits: 2).lowercased()
    default:
      return isInvisibleFormat(scalar) ? "⟨\(scalar.codePointName)⟩" : nil
    }
  }

  /// The code point in upper-case hex, zero-padded to `digits`.
  static func hex(_ value: UInt32, digits: Int) -> String {
    let text = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, digits - text.count)) + text
  }

  /// Whether a scalar draws as nothing and could hide or reorder text.
  ///
  /// Joiners (U+200C, U+200D) and variation selectors stay: emoji and Indic and
  /// Persian text need them.
  private static func isInvisibleFormat(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x061C, 0x180E, 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2060...0x2064,
      0x2066...0x2069, 0xFEFF, 0xFFF9...0xFFFB:
      return true
    default:
      return scalar.value & 0xFFFE == 0xFFFE || (0xFDD0...0xFDEF).contains(scalar.value)
    }
  }

  private static func markEdgeSpaces(_ text: String) -> String {
    let leading = text.prefix { $0 == " " }.count
    guard leading < text.count else { return String(repeating: "␣", count: leading) }
    let trailing = text.reversed().prefix { $0 == " " }.count
    let middle = text.dropFirst(leading).dropLast(trailing)
    return String(repeating: "␣", count: leading) + middle
      + String(repeating: "␣", count: trailing)
  }
}
