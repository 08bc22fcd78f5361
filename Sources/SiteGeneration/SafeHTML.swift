/// A fragment of HTML that the code vouches is already safe to insert as it is.
///
/// Templates insert text values escaped; only a `SafeHTML` value is inserted raw. Build one
/// from `escaping:` (which escapes all of `&<>"'`), or from `trusted:` for markup written in
/// the code itself, never for data.
public struct SafeHTML: Sendable, Hashable, CustomStringConvertible {
  /// The markup, ready to insert.
  public let markup: String

  /// Marks markup written by the program itself as safe; never pass data through this.
  public init(trusted markup: String) {
    self.markup = markup
  }

  /// Escapes `text` so it reads literally in element content and in quoted attributes.
  public init(escaping text: String) {
    self.markup = HTMLEscaping.escape(text)
  }

  /// The markup.
  public var description: String { markup }

  /// Joins fragments with a separator that is itself escaped.
  public static func joined(_ parts: [SafeHTML], separator: String = "") -> SafeHTML {
    let glue = HTMLEscaping.escape(separator)
    return SafeHTML(trusted: parts.map(\.markup).joined(separator: glue))
  }
}

/// Escaping of text for HTML element content and attribute values.
public enum HTMLEscaping {
  /// Replaces `&` `<` `>` `"` `'` with character references, so the result is literal text
  /// both in element content and inside single- or double-quoted attributes.
  ///
  /// Control characters, which HTML forbids even as references, become visible escapes such
  /// as `\x1b` (tab, line feed and carriage return stay). Nothing else is touched: `$`, `_`,
  /// `\` and `^` stay as they are and are never interpreted, and non-ASCII text passes
  /// through as UTF-8.
  public static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
      case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value):
        let hex = String(scalar.value, radix: 16)
        result += "\\x" + (hex.count < 2 ? "0" + hex : hex)
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
