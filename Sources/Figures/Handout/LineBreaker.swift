import CCairo

/// Splits sanitized text into the lines Pango wraps it into, so a paragraph can break
/// across pages between any two lines.
struct LineBreaker {
  let typesetter: Typesetter

  /// One wrapped line: its text (a slice of the input without trailing spaces), its
  /// offset from the left of the wrapping box (non-zero for right-to-left paragraphs,
  /// which Pango aligns right) and its height, in points.
  struct Line: Equatable {
    var text: String
    var offset: Double
    var height: Double
  }

  /// The lines of `text` (already sanitized) wrapped at `width` points in `style`.
  ///
  /// Empty text gives no lines. Each line's height is Pango's logical line height,
  /// so lines with CJK or emoji fallback fonts get the room they need. A line that ends
  /// inside a word (one longer than the line) ends in the hyphen `‐` (U+2010) Pango
  /// draws there, since each line is set again on its own.
  func lines(of text: String, style: TextStyle, width: Double) -> [Line] {
    guard !text.isEmpty else { return [] }
    let layout = typesetter.makeLayout(text, style: style, wrapWidth: width)
    defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
    let bytes = Array(text.utf8)
    let hyphenated = hyphenatedBreaks(layout, bytes: bytes)
    var result: [Line] = []
    let iter = pango_layout_get_iter(layout)!
    defer { pango_layout_iter_free(iter) }
    repeat {
      var top: Int32 = 0
      var bottom: Int32 = 0
      pango_layout_iter_get_line_yrange(iter, &top, &bottom)
      var logical = PangoRectangle()
      pango_layout_iter_get_line_extents(iter, nil, &logical)
      let line = pango_layout_iter_get_line_readonly(iter)!.pointee
      let start = Int(line.start_index)
      var end = min(bytes.count, start + Int(line.length))
      while end > start, bytes[end - 1] == 0x20 { end -= 1 }
      var slice = String(decoding: bytes[start..<end], as: UTF8.self)
      if hyphenated.contains(start + Int(line.length)) { slice += Self.hyphen }
      result.append(
        Line(
          text: slice, offset: Double(logical.x) / 1024, height: Double(bottom - top) / 1024))
    } while pango_layout_iter_next_line(iter) != 0
    return result
  }

  /// The hyphen Pango draws where it breaks a word: U+2010, which the fonts cover.
  static let hyphen = "\u{2010}"

  /// The byte offsets inside `bytes` (the layout's UTF-8 text) before which a line break
  /// makes Pango insert a hyphen: breaks inside a word, after a letter.
  private func hyphenatedBreaks(_ layout: OpaquePointer, bytes: [UInt8]) -> Set<Int> {
    var count: Int32 = 0
    guard let attributes = pango_layout_get_log_attrs_readonly(layout, &count) else {
      return []
    }
    var result = Set<Int>()
    var character = 0
    for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
      if character < Int(count), attributes[character].break_inserts_hyphen != 0 {
        result.insert(offset)
      }
      character += 1
    }
    return result
  }
}
