import Foundation

/// Writes test bytes to a fresh file in the system's temporary folder.
enum TemporaryFile {
  /// Writes `bytes` to a new file, passes its path to `body`, and deletes it afterwards.
  ///
  /// A mapping made inside `body` stays valid after the file is deleted.
  static func with<T>(
    _ bytes: [UInt8], suffix: String, _ body: (String) throws -> T
  ) throws -> T {
    let path = unusedPath(suffix: suffix)
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    return try body(path)
  }

  /// A path in the temporary folder where nothing exists yet.
  static func unusedPath(suffix: String) -> String {
    let name = "attnviz-formats-\(UUID().uuidString)\(suffix)"
    return FileManager.default.temporaryDirectory.appendingPathComponent(name).path
  }
}

extension Array where Element == UInt8 {
  /// Appends `value` in little-endian byte order.
  mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
    Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
  }

  /// Appends the raw little-endian bit patterns of 16-bit values.
  mutating func appendHalves(_ halves: [UInt16]) {
    for half in halves { appendLittleEndian(half) }
  }
}
