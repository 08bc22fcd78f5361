import CCairo
import Testing

@testable import Figures

/// Case 16: labels in right-to-left and joining scripts go through Pango's bidi algorithm and
/// HarfBuzz shaping, never drawn character by character in logical order.
@Suite struct ShapingTests {
  /// The x positions (points) of the grapheme that starts at each character of `text`, as
  /// Pango lays the label out.
  static func positions(of text: String) -> [Character: Double] {
    let typesetter = Typesetter()
    let layout = typesetter.makeLayout(text, style: .label)
    defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
    var result: [Character: Double] = [:]
    var byteIndex = 0
    for character in text {
      var rect = PangoRectangle()
      pango_layout_index_to_pos(layout, Int32(byteIndex), &rect)
      // A right-to-left character's rectangle has a negative width: take its left edge.
      let left = min(rect.x, rect.x + rect.width)
      result[character] = Double(left) / 1024
      byteIndex += String(character).utf8.count
    }
    return result
  }

  @Test func hebrewRunsRightToLeftBetweenLatinAndDigits() {
    let x = Self.positions(of: "abc שלום 123")
    // Logical order ש ל ו ם is drawn right to left: the first letter sits rightmost.
    #expect(x["ש"]! > x["ל"]! && x["ל"]! > x["ו"]! && x["ו"]! > x["ם"]!)
    // The Latin run stays on the left, left to right. By the bidi algorithm the number after
    // the Hebrew word joins its right-to-left run (the space between takes the direction of
    // the strong letters around it): "abc 123 םולש", the digits still in reading order.
    #expect(x["a"]! < x["b"]! && x["b"]! < x["c"]! && x["c"]! < x["1"]!)
    #expect(x["1"]! < x["2"]! && x["2"]! < x["3"]! && x["3"]! < x["ם"]!)
  }

  @Test func arabicLettersJoinIntoContextualForms() {
    // Joined (initial, medial, final) forms are narrower than the isolated letters side by
    // side; a renderer that drew each letter alone would give the sum of their widths.
    let typesetter = Typesetter()
    let word = "مرحبا"
    let joined = typesetter.size(of: word, style: .label).width
    let isolated = word.map { typesetter.size(of: String($0), style: .label).width }
      .reduce(0, +)
    #expect(joined < isolated - 0.5)
  }
}
