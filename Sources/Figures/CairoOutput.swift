import CCairo

/// What every Cairo surface attnviz writes shares: collecting the streamed bytes, PDF
/// metadata that never depends on the clock, and turning a Cairo status into an error.
enum CairoOutput {
  /// Pins the PDF dates (Cairo would stamp the current time) and sets a stable title and
  /// creator, so the same input gives the same bytes.
  static func pinPDFMetadata(of surface: OpaquePointer, title: String) {
    let date = "2000-01-01T00:00:00Z"
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date)
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date)
    let safeTitle = String(TextSanitizer.visible(title).prefix(200))
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, safeTitle)
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "attnviz")
  }

  /// Throws `FigureError.drawingFailed` unless `status` is success.
  static func check(_ status: cairo_status_t) throws {
    guard status == CAIRO_STATUS_SUCCESS else {
      throw FigureError.drawingFailed(status: String(cString: cairo_status_to_string(status)))
    }
  }
}

/// Collects the bytes Cairo streams out through `write`.
final class CairoByteSink {
  /// The bytes written so far.
  var bytes: [UInt8] = []

  /// The write callback; its closure argument is an unretained `CairoByteSink`.
  static let write: cairo_write_func_t = { closure, data, length in
    guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
    let sink = Unmanaged<CairoByteSink>.fromOpaque(closure).takeUnretainedValue()
    sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
    return CAIRO_STATUS_SUCCESS
  }
}
