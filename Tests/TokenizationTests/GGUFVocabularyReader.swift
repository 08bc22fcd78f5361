import Foundation

/// Reads the tokenizer arrays from a GGUF file's metadata, for tests only.
///
/// GGUF (version 2 or 3, little-endian): magic `GGUF`, version UInt32, tensor count and
/// key/value count UInt64, then per key a UInt64-length UTF-8 name, a UInt32 value type and
/// the value. Only the metadata is read; the tensors are never touched.
struct GGUFVocabularyReader {
  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  private let data: Data
  private var offset = 0
  private(set) var strings: [String: String] = [:]
  private(set) var stringArrays: [String: [String]] = [:]
  private(set) var integerArrays: [String: [Int]] = [:]

  /// Reads the metadata of the GGUF file at `url`.
  init(url: URL) throws {
    data = try Data(contentsOf: url, options: .alwaysMapped)
    guard try bytes(4) == Array("GGUF".utf8) else { throw Failure(description: "not GGUF") }
    let version = try integer(4)
    guard version == 2 || version == 3 else {
      throw Failure(description: "unsupported GGUF version \(version)")
    }
    _ = try integer(8)
    let count = try integer(8)
    for _ in 0..<count { try readEntry() }
  }

  private mutating func readEntry() throws {
    let key = try string()
    let type = try integer(4)
    switch type {
    case 8: strings[key] = try string()
    case 9: try readArray(key: key)
    default: try skip(type: type)
    }
  }

  private mutating func readArray(key: String) throws {
    let type = try integer(4)
    let count = try integer(8)
    if type == 8 {
      stringArrays[key] = try (0..<count).map { _ in try string() }
    } else if let width = Self.integerWidths[type] {
      integerArrays[key] = try (0..<count).map { _ in try integer(width) }
    } else {
      for _ in 0..<count { try skip(type: type) }
    }
  }

  /// Byte widths of the fixed-size value types (integers, floats, bool).
  private static let widths: [Int: Int] = [
    0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8,
  ]
  private static let integerWidths: [Int: Int] = [0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4]

  private mutating func skip(type: Int) throws {
    if type == 8 {
      _ = try string()
    } else if type == 9 {
      let inner = try integer(4)
      for _ in 0..<(try integer(8)) { try skip(type: inner) }
    } else if let width = Self.widths[type] {
      _ = try bytes(width)
    } else {
      throw Failure(description: "unknown GGUF value type \(type)")
    }
  }

  private mutating func string() throws -> String {
    let length = try integer(8)
    return String(decoding: try bytes(length), as: UTF8.self)
  }

  /// A little-endian unsigned integer of `width` bytes (signed values are non-negative here).
  private mutating func integer(_ width: Int) throws -> Int {
    try bytes(width).reversed().reduce(0) { $0 << 8 | Int($1) }
  }

  private mutating func bytes(_ count: Int) throws -> [UInt8] {
    guard count >= 0, offset + count <= data.count else {
      throw Failure(description: "GGUF metadata ends early at byte \(offset)")
    }
    defer { offset += count }
    let start = data.startIndex + offset
    return Array(data[start..<start + count])
  }
}
