/// Renames Cairo's SVG ids so the file depends only on the drawing, not on process state.
///
/// Cairo numbers glyphs, surfaces, clips and patterns (`glyph0-1`, `surface5`, `clip3`)
/// from counters that live as long as the process. Each id becomes its letter prefix,
/// a dash and its rank of first definition (`glyph-1`, `surface-1`), and every reference
/// (`href="#…"`, `url(#…)`) follows. Nothing else in the file changes.
enum SVGCanonicalizer {
  /// The canonical form of an SVG document as Cairo writes it.
  static func canonicalize(_ svg: [UInt8]) -> [UInt8] {
    let renames = renaming(definitionsIn: svg)
    var output: [UInt8] = []
    output.reserveCapacity(svg.count)
    var index = 0
    while index < svg.count {
      if let prefixLength = referencePrefixLength(in: svg, at: index) {
        output.append(contentsOf: svg[index..<index + prefixLength])
        index += prefixLength
        let end = identifierEnd(in: svg, from: index)
        let name = Array(svg[index..<end])
        output.append(contentsOf: renames[name] ?? name)
        index = end
      } else {
        output.append(svg[index])
        index += 1
      }
    }
    return output
  }

  private static func renaming(definitionsIn svg: [UInt8]) -> [[UInt8]: [UInt8]] {
    var renames: [[UInt8]: [UInt8]] = [:]
    var counts: [[UInt8]: Int] = [:]
    let marker = Array(#" id=""#.utf8)
    var index = 0
    while let found = find(marker, in: svg, from: index) {
      let start = found + marker.count
      let end = identifierEnd(in: svg, from: start)
      let name = Array(svg[start..<end])
      if renames[name] == nil {
        let prefix = Array(name.prefix { isLetter($0) })
        let rank = (counts[prefix] ?? 0) + 1
        counts[prefix] = rank
        renames[name] = prefix + Array("-\(rank)".utf8)
      }
      index = end
    }
    return renames
  }

  /// The length of `id="`, `"#` or `(#` at `index`, if one starts there.
  private static func referencePrefixLength(in svg: [UInt8], at index: Int) -> Int? {
    for prefix in prefixes where svg.count - index >= prefix.count {
      if svg[index..<index + prefix.count].elementsEqual(prefix) { return prefix.count }
    }
    return nil
  }

  private static let prefixes = [Array(#" id=""#.utf8), Array("\"#".utf8), Array("(#".utf8)]

  private static func identifierEnd(in svg: [UInt8], from start: Int) -> Int {
    var end = start
    while end < svg.count, isLetter(svg[end]) || isDigitOrDash(svg[end]) { end += 1 }
    return end
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (65...90).contains(byte) || (97...122).contains(byte) || byte == 95
  }

  private static func isDigitOrDash(_ byte: UInt8) -> Bool {
    (48...57).contains(byte) || byte == 45
  }

  private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
    guard haystack.count >= needle.count else { return nil }
    var index = start
    while index <= haystack.count - needle.count {
      if haystack[index..<index + needle.count].elementsEqual(needle) { return index }
      index += 1
    }
    return nil
  }
}
