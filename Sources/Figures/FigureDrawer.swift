import CCairo

/// The one draw routine: paints a `FigureLayout` on any Cairo context, in points.
///
/// PNG, SVG and PDF differ only in the surface behind the context; the caller sets any
/// pixel scale on the context before calling `draw`.
struct FigureDrawer {
  let typesetter: Typesetter

  /// Paints the white background and then every item in order.
  func draw(_ layout: FigureLayout, on cairo: OpaquePointer) {
    typesetter.attach(to: cairo)
    setColor(.white, on: cairo)
    cairo_rectangle(cairo, 0, 0, layout.widthInPoints, layout.heightInPoints)
    cairo_fill(cairo)
    for item in layout.items {
      draw(item, on: cairo)
    }
  }

  private func draw(_ item: LayoutItem, on cairo: OpaquePointer) {
    switch item {
    case .fill(let rect, let color, _):
      setColor(color, on: cairo)
      cairo_rectangle(cairo, rect.x, rect.y, rect.width, rect.height)
      cairo_fill(cairo)
    case .hatch(let rect, let dark, _):
      drawHatch(rect, dark: dark, on: cairo)
    case .stroke(let rect, let color, let width):
      setColor(color, on: cairo)
      cairo_set_line_width(cairo, width)
      cairo_rectangle(cairo, rect.x, rect.y, rect.width, rect.height)
      cairo_stroke(cairo)
    case .line(let from, let to, let color, let width):
      setColor(color, on: cairo)
      cairo_set_line_width(cairo, width)
      cairo_move_to(cairo, from.0, from.1)
      cairo_line_to(cairo, to.0, to.1)
      cairo_stroke(cairo)
    case .text(let placed):
      drawText(placed, on: cairo)
    case .raster(let rect, let columns, let rows, let colors):
      drawRaster(rect, columns: columns, rows: rows, colors: colors, on: cairo)
    }
  }

  /// Masked cells: light grey with dark diagonal strokes, so they never read as zero.
  private func drawHatch(_ rect: Rect, dark: Bool, on cairo: OpaquePointer) {
    setColor(dark ? Palette.fullyMaskedFill : Palette.maskedFill, on: cairo)
    cairo_rectangle(cairo, rect.x, rect.y, rect.width, rect.height)
    cairo_fill(cairo)

    cairo_save(cairo)
    cairo_rectangle(cairo, rect.x, rect.y, rect.width, rect.height)
    cairo_clip(cairo)
    setColor(Palette.hatchStroke, on: cairo)
    cairo_set_line_width(cairo, 0.6)
    // Lines x + y = c at fixed absolute spacing, so neighbouring hatches join up.
    let spacing = 4.0
    var c = ((rect.x + rect.y) / spacing).rounded(.down) * spacing
    while c <= rect.maxX + rect.maxY {
      cairo_move_to(cairo, c - rect.maxY, rect.maxY)
      cairo_line_to(cairo, c - rect.y, rect.y)
      c += spacing
    }
    cairo_stroke(cairo)
    cairo_restore(cairo)
  }

  private func drawRaster(
    _ rect: Rect, columns: Int, rows: Int, colors: [RGBColor], on cairo: OpaquePointer
  ) {
    let image = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(columns), Int32(rows))!
    defer { cairo_surface_destroy(image) }
    cairo_surface_flush(image)
    let stride = Int(cairo_image_surface_get_stride(image))
    let data = cairo_image_surface_get_data(image)!
    for row in 0..<rows {
      let line = UnsafeMutableRawPointer(data + row * stride)
        .assumingMemoryBound(to: UInt32.self)
      for column in 0..<columns {
        line[column] = packed(colors[row * columns + column])
      }
    }
    cairo_surface_mark_dirty(image)

    cairo_save(cairo)
    cairo_rectangle(cairo, rect.x, rect.y, rect.width, rect.height)
    cairo_clip(cairo)
    cairo_translate(cairo, rect.x, rect.y)
    cairo_scale(cairo, rect.width / Double(columns), rect.height / Double(rows))
    cairo_set_source_surface(cairo, image, 0, 0)
    // PNG and PDF honour the filter; SVG viewers learn it from `SVGCellImages`.
    cairo_pattern_set_filter(cairo_get_source(cairo), CAIRO_FILTER_NEAREST)
    cairo_paint(cairo)
    cairo_restore(cairo)
  }

  /// A colour as Cairo's native-endian `0x00RRGGBB`.
  private func packed(_ color: RGBColor) -> UInt32 {
    func byte(_ value: Double) -> UInt32 { UInt32((min(max(value, 0), 1) * 255).rounded()) }
    return byte(color.red) << 16 | byte(color.green) << 8 | byte(color.blue)
  }

  private func drawText(_ placed: PlacedText, on cairo: OpaquePointer) {
    let layout = typesetter.makeLayout(
      placed.text, style: placed.style, wrapWidth: placed.wrapWidth)
    defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
    cairo_save(cairo)
    setColor(placed.style.color, on: cairo)
    cairo_translate(cairo, placed.origin.x, placed.origin.y)
    if placed.quarterTurns != 0 {
      cairo_rotate(cairo, -Double.pi / 2 * Double(placed.quarterTurns))
    }
    cairo_move_to(cairo, 0, 0)
    pango_cairo_update_layout(cairo, layout)
    pango_cairo_show_layout(cairo, layout)
    cairo_restore(cairo)
  }

  private func setColor(_ color: RGBColor, on cairo: OpaquePointer) {
    cairo_set_source_rgb(cairo, color.red, color.green, color.blue)
  }
}

/// The fixed colours every figure shares.
enum Palette {
  /// The background of a masked cell.
  static let maskedFill = RGBColor(white: 0.86)
  /// The background of a cell in a row with no visible key.
  static let fullyMaskedFill = RGBColor(white: 0.70)
  /// The hatching strokes over masked cells.
  static let hatchStroke = RGBColor(white: 0.45)
  /// Thin rules and outlines.
  static let rule = RGBColor(white: 0.55)
  /// Secondary text.
  static let secondaryText = RGBColor(white: 0.30)
  /// The marker of highlighted tokens.
  static let highlight = RGBColor(red: 0.85, green: 0.37, blue: 0.01)
}
