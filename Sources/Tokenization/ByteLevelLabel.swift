/// The readable label of a byte-level token's bytes.
///
/// Complete UTF-8 characters are shown as text, with a space as `␣`, a line feed as `⏎`,
/// a tab as `⇥`, other C0 controls and DEL as their control pictures (U+2400–U+2421).
/// Bytes that do not form a complete character inside the token (a lead byte whose
/// continuation is in the next token, or continuation bytes whose lead is in the previous
/// one) are shown as upper-case hexadecimal in brackets, run by run: `⟨E2 9D⟩`.
/// A label that would be invisible (only default-ignorable scalars, such as U+FE0F or
/// U+200D) shows their code points (`U+FE0F`), and a label that starts with a combining mark
/// gets the dotted circle U+25CC as its base (`◌́`).
struct ByteLevelLabel {
  /// The label text; never empty for a non-empty token.
  private(set) var text = ""
  /// Whether some bytes did not form a complete character.
  private(set) var isPartial = false

  /// Decodes `bytes` into a label.
  init(_ bytes: ArraySlice<UInt8>) {
    var pending: [UInt8] = []
    var index = bytes.startIndex
    while index < bytes.endIndex {
      if let (scalar, length) = Self.decode(bytes, at: index) {
        flush(&pending)
        text.unicodeScalars.append(contentsOf: Self.visible(scalar).unicodeScalars)
        index += length
      } else {
        pending.append(bytes[index])
        index += 1
      }
    }
    flush(&pending)
    makeVisible()
  }

  private mutating func makeVisible() {
    let scalars = text.unicodeScalars
    if scalars.allSatisfy(\.properties.isDefaultIgnorableCodePoint) {
      text = scalars.map(\.codePointName).joined(separator: " ")
    } else if let first = scalars.first, first.isMark {
      text = "\u{25CC}" + text
    }
  }

  private mutating func flush(_ pending: inout [UInt8]) {
    guard !pending.isEmpty else { return }
    text += "⟨" + pending.map(hex).joined(separator: " ") + "⟩"
    isPartial = true
    pending.removeAll()
  }

  /// The scalar encoded at `index` and its length, if a whole valid sequence starts there.
  static func decode(_ bytes: ArraySlice<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
    let lead = bytes[index]
    let length: Int
    switch lead {
    case 0x00...0x7F: length = 1
    case 0xC2...0xDF: length = 2
    case 0xE0...0xEF: length = 3
    case 0xF0...0xF4: length = 4
    default: return nil
    }
    guard index + length <= bytes.endIndex else { return nil }
    var iterator = bytes[index..<index + length].makeIterator()
    var decoder = UTF8()
    guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return nil }
    return (scalar, length)
  }

  /// A visible stand-in for white space and control scalars, the scalar itself otherwise.
  static func visible(_ scalar: Unicode.Scalar) -> String {
    switch scalar.value {
    case 0x20: return "␣"
    case 0x0A: return "⏎"
    case 0x09: return "⇥"
    case 0x00...0x1F: return String(Unicode.Scalar(0x2400 + scalar.value)!)
    case 0x7F: return "␡"
    default: return String(scalar)
    }
  }
}
