import Foundation

/// A little-endian float32 array in C order, read from or written to a `.npy` file.
///
/// Writing produces format version 1.0 with the header numpy itself writes (`'<f4'`,
/// `fortran_order: False`, padded with spaces so the data starts at a multiple of 64
/// bytes), so the same array always gives the same bytes. Reading accepts versions 1.0
/// and 2.0 with descr `'<f4'` and C order only.
public struct NpyArray: Sendable, Equatable {
  /// The shape in row-major order, outermost axis first; empty for a scalar.
  public var shape: [Int]
  /// The values in C order (the last axis varies fastest).
  public var values: [Float]

  /// Creates an array; `values.count` must equal the product of `shape`.
  public init(shape: [Int], values: [Float]) {
    precondition(shape.allSatisfy { $0 >= 0 }, "npy dimensions are never negative")
    precondition(shape.reduce(1, *) == values.count, "the values must fill the shape")
    self.shape = shape
    self.values = values
  }

  /// Reads the `.npy` file at `path`.
  ///
  /// - Throws: `ModelFormatError` naming the path and the problem.
  public init(contentsOf path: String) throws {
    let file = try MappedFile(path: path)
    self = try NpyCoding.decode(file)
  }

  /// The complete `.npy` file content (version 1.0).
  public func encoded() -> [UInt8] {
    NpyCoding.encode(self)
  }

  /// Writes the array to `path`, replacing any file there.
  ///
  /// - Throws: `ModelFormatError` of kind `.unwritableFile`.
  public func write(to path: String) throws {
    do {
      try Data(encoded()).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw ModelFormatError(
        .unwritableFile, path: path, detail: "the file could not be written")
    }
  }
}
