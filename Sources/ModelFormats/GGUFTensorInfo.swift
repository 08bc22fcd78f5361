/// Where one tensor of a GGUF file lives and what it holds, after validation.
public struct GGUFTensorInfo: Sendable, Equatable {
  /// The tensor's name, such as 'blk.0.attn_q.weight'.
  public var name: String
  /// The element type.
  public var type: GGMLType
  /// The dimensions as the file lists them: fastest-varying first (`ne[0]` is the row
  /// length).
  public var dimensions: [Int]
  /// The byte offset from the start of the data section; a multiple of the alignment.
  public var offset: Int
  /// The number of bytes the tensor's blocks take.
  public var byteCount: Int

  /// The shape in row-major order, outermost axis first: `dimensions` reversed.
  public var shape: [Int] { dimensions.reversed() }

  /// The number of elements, the product of `dimensions`.
  public var elementCount: Int { dimensions.reduce(1, *) }
}
