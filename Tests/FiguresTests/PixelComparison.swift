import CCairo

/// Decodes PNGs with Cairo and compares them pixel by pixel.
enum PixelComparison {
  struct DecodeError: Error {}

  /// The pixel size of a PNG.
  static func size(_ png: [UInt8]) throws -> (width: Int, height: Int) {
    let pixels = try decode(png)
    return (pixels.width, pixels.height)
  }

  /// The fraction of pixels where some channel differs by more than `threshold` (0...255);
  /// images of different sizes differ everywhere.
  static func fractionDiffering(_ a: [UInt8], _ b: [UInt8], threshold: Int) throws -> Double {
    let first = try decode(a)
    let second = try decode(b)
    guard first.width == second.width, first.height == second.height else { return 1 }
    var differing = 0
    for (x, y) in zip(first.pixels, second.pixels) where x != y {
      let channels = [0, 8, 16].map { abs(Int((x >> $0) & 0xFF) - Int((y >> $0) & 0xFF)) }
      if channels.max()! > threshold { differing += 1 }
    }
    return Double(differing) / Double(max(1, first.pixels.count))
  }

  private final class Reader {
    let bytes: [UInt8]
    var offset = 0
    init(_ bytes: [UInt8]) { self.bytes = bytes }
  }

  private static func decode(_ png: [UInt8]) throws
    -> (width: Int, height: Int, pixels: [UInt32])
  {
    let reader = Reader(png)
    let surface = cairo_image_surface_create_from_png_stream(
      { closure, data, length in
        let reader = Unmanaged<Reader>.fromOpaque(closure!).takeUnretainedValue()
        let count = Int(length)
        guard reader.offset + count <= reader.bytes.count else { return CAIRO_STATUS_READ_ERROR }
        for index in 0..<count { data![index] = reader.bytes[reader.offset + index] }
        reader.offset += count
        return CAIRO_STATUS_SUCCESS
      }, Unmanaged.passUnretained(reader).toOpaque())!
    defer { cairo_surface_destroy(surface) }
    guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { throw DecodeError() }
    cairo_surface_flush(surface)
    let width = Int(cairo_image_surface_get_width(surface))
    let height = Int(cairo_image_surface_get_height(surface))
    let stride = Int(cairo_image_surface_get_stride(surface))
    let data = cairo_image_surface_get_data(surface)!
    var pixels: [UInt32] = []
    pixels.reserveCapacity(width * height)
    for row in 0..<height {
      let line = UnsafeRawPointer(data + row * stride).assumingMemoryBound(to: UInt32.self)
      for column in 0..<width { pixels.append(line[column] & 0xFFFFFF) }
    }
    return (width, height, pixels)
  }
}
