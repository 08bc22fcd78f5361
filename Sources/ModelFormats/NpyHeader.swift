/// The fields of a `.npy` header dict that this reader accepts.
///
/// Only `{'descr': '<f4', 'fortran_order': False, 'shape': (…)}` in any key order is
/// accepted; anything else makes the parse fail.
struct NpyHeader {
  var shape: [Int]

  /// The data size in bytes, or nil when the shape overflows.
  var byteCount: Int? {
    var total = 4
    for dimension in shape {
      let (product, overflow) = total.multipliedReportingOverflow(by: dimension)
      if overflow { return nil }
      total = product
    }
    return total
  }

  /// Parses the dict text, or returns nil when it is not a float32 C-order header.
  init?(parsing text: String) {
    guard text.hasPrefix("{"),
      Self.field("descr", in: text) == "'<f4'",
      Self.field("fortran_order", in: text) == "False",
      let tuple = Self.field("shape", in: text),
      let shape = Self.dimensions(tuple)
    else { return nil }
    self.shape = shape
  }

  /// The raw text of the value after `'key':`, up to the comma or brace that ends it.
  private static func field(_ key: String, in text: String) -> String? {
    guard let keyRange = text.range(of: "'\(key)':") else { return nil }
    let rest = text[keyRange.upperBound...].drop { $0 == " " }
    if rest.first == "(" {
      guard let close = rest.firstIndex(of: ")") else { return nil }
      return String(rest[...close])
    }
    let end = rest.firstIndex { $0 == "," || $0 == "}" } ?? rest.endIndex
    return String(rest[..<end]).trimmingTrailingSpaces()
  }

  /// The integers of a tuple such as `(2, 3)`, `(4,)` or `()`.
  private static func dimensions(_ tuple: String) -> [Int]? {
    let inner = tuple.dropFirst().dropLast()
    let parts = inner.split(separator: ",").map { $0.filter { $0 != " " } }
    let numbers = parts.filter { !$0.isEmpty }.map { Int($0) }
    guard numbers.allSatisfy({ ($0 ?? -1) >= 0 }) else { return nil }
    return numbers.map { $0! }
  }
}

extension String {
  fileprivate func trimmingTrailingSpaces() -> String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
