/// Where one tensor of a safetensors file lives and what it holds, after validation.
public struct SafetensorsTensorInfo: Sendable, Equatable {
  /// The tensor's name as spelled in the header.
  public var name: String
  /// The element type.
  public var dtype: SafetensorsDtype
  /// The shape in row-major order (outermost axis first), as the header lists it.
  public var shape: [Int]
  /// The byte range inside the data section (which starts right after the header).
  public var dataOffsets: Range<Int>

  /// The number of elements, the product of `shape` (1 for a scalar).
  public var elementCount: Int { shape.reduce(1, *) }
}
