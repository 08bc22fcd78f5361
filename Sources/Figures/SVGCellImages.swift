/// Asks SVG viewers to draw the cell grids of `.raster` items with sharp cell edges.
///
/// Cairo's SVG surface embeds each raster as a tiny PNG (one pixel per cell) and, up to
/// at least 1.16, drops the nearest-neighbour filter, so browsers smooth a scaled grid
/// into blobs. Every `<image>` whose PNG is opaque 8-bit RGB gains
/// `image-rendering="optimizeSpeed"` (SVG 1.1) and `style="image-rendering:pixelated"`
/// (CSS, which browsers prefer). Only `.raster` items paint such PNGs: colour emoji and
/// Cairo's fallback images carry alpha and keep their smoothing. A tag that already says
/// how to render is left alone; nothing else in the file changes.
enum SVGCellImages {
  /// The attributes inserted after `<image`.
  static let attributes = Array(
    #" image-rendering="optimizeSpeed" style="image-rendering:pixelated""#.utf8)

  /// `svg` with every cell-grid image marked for pixelated rendering.
  static func markPixelated(_ svg: [UInt8]) -> [UInt8] {
    let opening = Array("<image".utf8)
    var output: [UInt8] = []
    output.reserveCapacity(svg.count + 4096)
    var index = 0
    while let found = find(opening, in: svg, from: index) {
      let nameEnd = found + opening.count
      output.append(contentsOf: svg[index..<nameEnd])
      let tagEnd = find([UInt8(ascii: ">")], in: svg, from: nameEnd) ?? svg.count
      if isCellGrid(svg[nameEnd..<tagEnd]) { output.append(contentsOf: attributes) }
      index = nameEnd
    }
    output.append(contentsOf: svg[index...])
    return output
  }

  /// Whether the attributes of an `<image` tag embed an opaque 8-bit RGB PNG and say
  /// nothing yet about rendering.
  private static func isCellGrid(_ tag: ArraySlice<UInt8>) -> Bool {
    let tag = Array(tag)
    guard tag.first == UInt8(ascii: " "),
      find(Array("image-rendering".utf8), in: tag, from: 0) == nil
    else { return false }
    let marker = Array("data:image/png;base64,".utf8)
    guard let start = find(marker, in: tag, from: 0).map({ $0 + marker.count }),
      tag.count - start >= 36,
      let header = decodeBase64(tag[start..<start + 36])
    else { return false }
    // The IHDR chunk starts at byte 8; bytes 24 and 25 are its bit depth and colour type.
    return header.count > 25 && header[24] == 8 && header[25] == 2
  }

  private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
    guard haystack.count >= needle.count, start <= haystack.count - needle.count else {
      return nil
    }
    var index = start
    while index <= haystack.count - needle.count {
      if haystack[index] == needle[0],
        haystack[index..<index + needle.count].elementsEqual(needle)
      {
        return index
      }
      index += 1
    }
    return nil
  }

  /// The bytes of a base64 `text` whose length is a multiple of 4 and which holds no `=`;
  /// `nil` for any other character.
  private static func decodeBase64(_ text: ArraySlice<UInt8>) -> [UInt8]? {
    var bytes: [UInt8] = []
    var chunk: UInt32 = 0
    for (offset, character) in text.enumerated() {
      guard let value = sextet(character) else { return nil }
      chunk = chunk << 6 | UInt32(value)
      if offset % 4 == 3 {
        bytes += [UInt8(chunk >> 16 & 0xFF), UInt8(chunk >> 8 & 0xFF), UInt8(chunk & 0xFF)]
        chunk = 0
      }
    }
    return bytes
  }

  private static func sextet(_ character: UInt8) -> UInt8? {
    switch character {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): character - UInt8(ascii: "A")
    case UInt8(ascii: "a")...UInt8(ascii: "z"): character - UInt8(ascii: "a") + 26
    case UInt8(ascii: "0")...UInt8(ascii: "9"): character - UInt8(ascii: "0") + 52
    case UInt8(ascii: "+"): 62
    case UInt8(ascii: "/"): 63
    default: nil
    }
  }
}
