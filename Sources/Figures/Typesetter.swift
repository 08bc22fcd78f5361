import CCairo

/// Measures and prepares text with Pango, for one figure on one thread.
///
/// Every string passes `TextSanitizer` first; then any character no installed font covers
/// is replaced by a visible `⟨U+XXXX⟩` placeholder and its code points are remembered for
/// a warning. Sizes are in points: the Pango context runs at 72 dpi with hinted metrics
/// off, so measurements do not depend on the output format or the PNG scale.
final class Typesetter {
  /// The font families in order of preference; fontconfig falls back beyond them.
  ///
  /// Emoji come from that fallback (Noto Color Emoji here): naming the emoji font in the
  /// list makes Pango draw plain digits with its grey keycap glyphs.
  static let fontFamilies =
    "DejaVu Sans, Noto Sans, Noto Sans Symbols2, Noto Sans CJK SC, Noto Sans Arabic,"
    + " Noto Sans Hebrew, Noto Sans Devanagari"

  private let context: OpaquePointer
  private var coverage: [String: String] = [:]
  /// Code points that no installed font covers, met while preparing text.
  private(set) var uncoveredScalars: Set<UInt32> = []

  init() {
    let fontMap = pango_cairo_font_map_get_default()
    context = pango_font_map_create_context(fontMap)
    pango_cairo_context_set_resolution(context, 72)
    let options = cairo_font_options_create()
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
    pango_cairo_context_set_font_options(context, options)
    cairo_font_options_destroy(options)
    pango_context_set_language(context, pango_language_from_string("en"))
  }

  deinit {
    g_object_unref(UnsafeMutableRawPointer(context))
  }

  /// A token label made safe, with edge spaces shown and uncovered characters replaced.
  func label(_ raw: String, maximumCharacters: Int = 32) -> String {
    covered(TextSanitizer.label(raw, maximumCharacters: maximumCharacters))
  }

  /// Running text made safe, with uncovered characters replaced.
  func text(_ raw: String) -> String {
    covered(TextSanitizer.visible(raw))
  }

  /// The logical size of `text` in points, wrapped at `wrapWidth` if given.
  func size(of text: String, style: TextStyle, wrapWidth: Double? = nil)
    -> (width: Double, height: Double)
  {
    let layout = makeLayout(text, style: style, wrapWidth: wrapWidth)
    defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
    var logical = PangoRectangle()
    pango_layout_get_extents(layout, nil, &logical)
    return (Double(logical.width) / 1024, Double(logical.height) / 1024)
  }

  /// A new Pango layout of `text`; the caller releases it with `g_object_unref`.
  func makeLayout(_ text: String, style: TextStyle, wrapWidth: Double? = nil)
    -> OpaquePointer
  {
    let layout = pango_layout_new(context)!
    let font = pango_font_description_from_string(Self.fontFamilies)
    pango_font_description_set_absolute_size(font, style.size * 1024)
    pango_font_description_set_weight(
      font, style.isBold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
    pango_font_description_set_style(
      font, style.isItalic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
    pango_layout_set_font_description(layout, font)
    pango_font_description_free(font)
    if let wrapWidth {
      pango_layout_set_width(layout, Int32(wrapWidth * 1024))
      pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
    }
    pango_layout_set_text(layout, text, Int32(text.utf8.count))
    return layout
  }

  /// Points the shared Pango context at a Cairo context before drawing on it.
  func attach(to cairo: OpaquePointer) {
    pango_cairo_update_context(cairo, context)
  }

  /// The code points no font covers, as a warning, or `nil` when every one is covered.
  var coverageWarning: String? {
    guard !uncoveredScalars.isEmpty else { return nil }
    let list = uncoveredScalars.sorted()
      .map { "U+" + TextSanitizer.hex($0, digits: 4) }.joined(separator: ", ")
    return "no installed font covers \(list); they are drawn as '⟨U+…⟩' placeholders."
      + " Install a font that covers them, such as a Noto family."
  }

  private func covered(_ text: String) -> String {
    if let known = coverage[text] { return known }
    var result = text
    if unknownGlyphs(in: text) > 0 {
      result = text.map { character in
        let piece = String(character)
        guard unknownGlyphs(in: piece) > 0 else { return piece }
        let scalars = character.unicodeScalars.map(\.value)
        uncoveredScalars.formUnion(scalars)
        return scalars.map { "⟨U+\(TextSanitizer.hex($0, digits: 4))⟩" }.joined()
      }.joined()
    }
    coverage[text] = result
    return result
  }

  private func unknownGlyphs(in text: String) -> Int32 {
    let layout = makeLayout(text, style: .label)
    defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
    return pango_layout_get_unknown_glyphs_count(layout)
  }
}
