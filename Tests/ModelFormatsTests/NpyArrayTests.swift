import Foundation
import Testing

@testable import ModelFormats

@Suite struct NpyArrayTests {
  static let sample = NpyArray(shape: [2, 3], values: [1.5, -2, 0.1, 3, 1e-30, -0.0])

  /// The bytes `numpy.save` wrote for `sample` (numpy 2.4): magic, version 1.0, header
  /// length 118, the dict with 21 digits of room for the first axis, then the data.
  static let numpyBytes: [UInt8] = {
    var bytes: [UInt8] = [0x93] + Array("NUMPY".utf8) + [1, 0, 118, 0]
    let dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }"
    bytes += Array((dict + String(repeating: " ", count: 58) + "\n").utf8)
    let data = "0000c03f000000c0cdcccc3d000040406042a20d00000080"
    bytes += stride(from: 0, to: data.count, by: 2).map { offset in
      let start = data.index(data.startIndex, offsetBy: offset)
      return UInt8(data[start..<data.index(start, offsetBy: 2)], radix: 16)!
    }
    return bytes
  }()

  private func read(_ bytes: [UInt8]) throws -> NpyArray {
    try TemporaryFile.with(bytes, suffix: ".npy", NpyArray.init(contentsOf:))
  }

  @Test func writerMatchesNumpySaveByteForByte() {
    #expect(Self.sample.encoded() == Self.numpyBytes)
  }

  @Test(arguments: [
    NpyArray(shape: [2, 3], values: [1.5, -2, 0.1, 3, 1e-30, -0.0]),
    NpyArray(shape: [], values: [42]),
    NpyArray(shape: [0], values: []),
    NpyArray(shape: [1, 2, 1], values: [.infinity, -.leastNonzeroMagnitude]),
  ])
  func fileRoundTripKeepsShapeAndBits(array: NpyArray) throws {
    let path = TemporaryFile.unusedPath(suffix: ".npy")
    defer { try? FileManager.default.removeItem(atPath: path) }
    try array.write(to: path)
    let back = try NpyArray(contentsOf: path)
    #expect(back.shape == array.shape)
    #expect(back.values.map(\.bitPattern) == array.values.map(\.bitPattern))
    let headerBytes = back.encoded().count - array.values.count * 4
    #expect(headerBytes % 64 == 0)
  }

  @Test func headerKeysInAnotherOrderAreAccepted() throws {
    var bytes: [UInt8] = [0x93] + Array("NUMPY".utf8) + [1, 0]
    let header = "{'shape': (2,), 'fortran_order': False, 'descr': '<f4'}\n"
    bytes += [UInt8(header.utf8.count), 0] + Array(header.utf8)
    bytes += TinyGGUF.bytes(of: [7, 8])
    #expect(try read(bytes) == NpyArray(shape: [2], values: [7, 8]))
  }

  @Test(arguments: [
    ("'fortran_order': False", "'fortran_order': True"),
    ("'<f4'", "'<f8'"),
    ("NUMPY", "NUMPX"),
  ])
  func otherLayoutsAreRejectedAsMalformed(original: String, replacement: String) throws {
    let text = String(decoding: Self.numpyBytes, as: UTF8.self)
    let changed = Array(text.replacingOccurrences(of: original, with: replacement).utf8)
    let error = #expect(throws: ModelFormatError.self) { try read(changed) }
    #expect(error?.kind == .malformedHeader)
  }

  @Test func extraDataBytesAreRejected() throws {
    let error = #expect(throws: ModelFormatError.self) { try read(Self.numpyBytes + [0]) }
    #expect(error?.kind == .malformedHeader)
  }

  @Test func missingDataBytesAreReportedAsTruncated() throws {
    let error = #expect(throws: ModelFormatError.self) {
      try read(Array(Self.numpyBytes.dropLast(4)))
    }
    #expect(error?.kind == .truncatedFile)
    #expect(error?.detail.contains("'24'") == true)
  }
}
