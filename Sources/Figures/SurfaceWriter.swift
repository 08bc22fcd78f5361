import CCairo

/// Writes a layout through the one draw routine onto a PNG, SVG or PDF surface.
struct SurfaceWriter {
  let typesetter: Typesetter

  /// The complete file for `layout` in `options.format`.
  ///
  /// - Throws: `FigureError.imageTooLarge` for PNGs past Cairo's size limit,
  ///   `FigureError.drawingFailed` when Cairo reports an error.
  func bytes(of layout: FigureLayout, options: RenderOptions) throws -> [UInt8] {
    guard options.scale.isFinite, options.scale > 0 else {
      throw FigureError.invalidScale(options.scale)
    }
    switch options.format {
    case .png: return try png(layout, scale: options.scale, canvas: options.canvas)
    case .svg:
      let svg = try vector(layout, format: .svg, canvas: options.canvas)
      return SVGCellImages.markPixelated(SVGCanonicalizer.canonicalize(svg))
    case .pdf: return try vector(layout, format: .pdf, canvas: options.canvas)
    }
  }

  private func png(
    _ layout: FigureLayout, scale: Double, canvas: FigureCanvas
  ) throws -> [UInt8] {
    let page = canvas.placement(width: layout.widthInPoints, height: layout.heightInPoints)
    let width = Int((page.pageWidth * scale).rounded(.up))
    let height = Int((page.pageHeight * scale).rounded(.up))
    guard width <= 32767, height <= 32767 else {
      throw FigureError.imageTooLarge(widthInPixels: width, heightInPixels: height)
    }
    let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height))!
    defer { cairo_surface_destroy(surface) }
    try paint(layout, on: surface, scale: scale, canvas: canvas)
    let sink = CairoByteSink()
    let status = cairo_surface_write_to_png_stream(
      surface, CairoByteSink.write, Unmanaged.passUnretained(sink).toOpaque())
    try CairoOutput.check(status)
    return sink.bytes
  }

  private func vector(
    _ layout: FigureLayout, format: OutputFormat, canvas: FigureCanvas
  ) throws -> [UInt8] {
    let sink = CairoByteSink()
    let closure = Unmanaged.passUnretained(sink).toOpaque()
    let page = canvas.placement(width: layout.widthInPoints, height: layout.heightInPoints)
    let width = page.pageWidth
    let height = page.pageHeight
    let surface: OpaquePointer
    if format == .svg {
      surface = cairo_svg_surface_create_for_stream(CairoByteSink.write, closure, width, height)
      cairo_svg_surface_restrict_to_version(surface, CAIRO_SVG_VERSION_1_1)
    } else {
      surface = cairo_pdf_surface_create_for_stream(CairoByteSink.write, closure, width, height)
      CairoOutput.pinPDFMetadata(of: surface, title: layout.altText)
    }
    try paint(layout, on: surface, scale: 1, canvas: canvas)
    cairo_surface_finish(surface)
    let status = cairo_surface_status(surface)
    cairo_surface_destroy(surface)
    try CairoOutput.check(status)
    return sink.bytes
  }

  private func paint(
    _ layout: FigureLayout, on surface: OpaquePointer, scale: Double, canvas: FigureCanvas
  ) throws {
    let cairo = cairo_create(surface)!
    defer { cairo_destroy(cairo) }
    cairo_scale(cairo, scale, scale)
    let page = canvas.placement(width: layout.widthInPoints, height: layout.heightInPoints)
    if canvas != .natural {
      cairo_set_source_rgb(cairo, 1, 1, 1)
      cairo_paint(cairo)
      cairo_translate(cairo, page.x, page.y)
      cairo_scale(cairo, page.factor, page.factor)
    }
    FigureDrawer(typesetter: typesetter).draw(layout, on: cairo)
    try CairoOutput.check(cairo_status(cairo))
  }
}
