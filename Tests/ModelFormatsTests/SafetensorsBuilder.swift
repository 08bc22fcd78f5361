/// Assembles safetensors bytes from header JSON text and a data section, for tests.
struct SafetensorsBuilder {
  /// The JSON header exactly as it will appear in the file.
  var header: String
  /// The bytes after the header.
  var data: [UInt8]

  /// The case-23 tensors: `attn` (BF16, 4 values) then `w` (F16, 2 values).
  static let case23Data: [UInt8] = {
    var bytes: [UInt8] = []
    bytes.appendHalves([0x3F80, 0x3E80, 0xC000, 0x3DCD])
    bytes.appendHalves([0x3C00, 0x3400])
    return bytes
  }()

  /// The case-23 tensor entries, to be placed after an optional `__metadata__` entry.
  static let case23Entries =
    #""attn": {"dtype": "BF16", "shape": [4], "data_offsets": [0, 8]}, "#
    + #""w": {"dtype": "F16", "shape": [2], "data_offsets": [8, 12]}"#

  /// The file bytes: an 8-byte little-endian header length, the header, the data.
  var bytes: [UInt8] {
    var result: [UInt8] = []
    result.appendLittleEndian(UInt64(header.utf8.count))
    result += Array(header.utf8)
    return result + data
  }

  /// Writes the file to a temporary path, opens it with `body`, then deletes it.
  func open<T>(_ body: (String) throws -> T) throws -> T {
    try TemporaryFile.with(bytes, suffix: ".safetensors", body)
  }
}
