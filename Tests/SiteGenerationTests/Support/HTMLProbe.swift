import Foundation

/// Small string probes over generated HTML, enough for structural checks in tests.
enum HTMLProbe {
  /// The double-quoted values of the attributes `names` anywhere in `html`.
  static func attributeValues(named names: [String], in html: String) -> [String] {
    var values: [String] = []
    for name in names {
      var rest = html[...]
      while let start = rest.range(of: " \(name)=\"") {
        let tail = rest[start.upperBound...]
        guard let end = tail.firstIndex(of: "\"") else { break }
        values.append(String(tail[..<end]))
        rest = tail[end...]
      }
    }
    return values
  }

  /// How often `needle` occurs in `html`, ignoring case.
  static func count(_ needle: String, in html: String) -> Int {
    html.lowercased().components(separatedBy: needle.lowercased()).count - 1
  }
}
