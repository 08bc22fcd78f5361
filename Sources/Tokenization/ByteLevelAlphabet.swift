/// The GPT-2 byte-level alphabet: one printable scalar for each of the 256 byte values.
///
/// Bytes `!`–`~` (33–126), `¡`–`¬` (161–172) and `®`–`ÿ` (174–255) stand for themselves;
/// the other 68 bytes, in increasing order, take U+0100, U+0101, … (so space 0x20 is `Ġ`
/// U+0120 and line feed 0x0A is `Ċ` U+010A). Vocabulary pieces are spelled in this alphabet.
enum ByteLevelAlphabet {
  /// The scalar of each byte, indexed by byte value.
  static let scalars: [Unicode.Scalar] = {
    var scalars: [Unicode.Scalar] = []
    var next: UInt32 = 256
    for byte in 0...255 {
      if isPrintable(UInt8(byte)) {
        scalars.append(Unicode.Scalar(UInt8(byte)))
      } else {
        scalars.append(Unicode.Scalar(next)!)
        next += 1
      }
    }
    return scalars
  }()

  /// The byte of each alphabet scalar.
  static let bytes: [UInt32: UInt8] = {
    var bytes: [UInt32: UInt8] = [:]
    for (byte, scalar) in scalars.enumerated() { bytes[scalar.value] = UInt8(byte) }
    return bytes
  }()

  /// The piece spelling of `bytes`.
  static func piece(of bytes: some Sequence<UInt8>) -> String {
    var view = String.UnicodeScalarView()
    for byte in bytes { view.append(scalars[Int(byte)]) }
    return String(view)
  }

  /// The bytes a piece spells, or `nil` when it has a scalar outside the alphabet.
  static func bytes(of piece: String) -> [UInt8]? {
    var result: [UInt8] = []
    for scalar in piece.unicodeScalars {
      guard let byte = bytes[scalar.value] else { return nil }
      result.append(byte)
    }
    return result
  }

  private static func isPrintable(_ byte: UInt8) -> Bool {
    (33...126).contains(byte) || (161...172).contains(byte) || (174...255).contains(byte)
  }
}
