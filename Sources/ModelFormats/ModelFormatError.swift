/// Why a model file could not be read: names the file, the tensor or key, and the problem.
///
/// `description` is two sentences: what is wrong (with values in single quotes) and how to
/// fix it. Compare `kind` in code; the wording of `detail` may change.
public struct ModelFormatError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The closed set of problems a reader reports.
  public enum Kind: String, Equatable, Sendable {
    /// The file could not be opened, measured or mapped.
    case unreadableFile
    /// The file could not be written.
    case unwritableFile
    /// The file ends before a structure it declares.
    case truncatedFile
    /// The magic bytes, version or header text are not of the expected format.
    case malformedHeader
    /// A tensor or array declares an element type the format does not define.
    case unknownDtype
    /// The element type is valid in the format, but this reader cannot convert it to floats.
    case unsupportedDtype
    /// A shape is negative, overflows, or does not fit the element type's block size.
    case invalidShape
    /// A tensor's byte range is outside the data section, misaligned, or of the wrong length.
    case invalidOffsets
    /// Two tensors claim the same bytes.
    case overlappingTensors
    /// A tensor or metadata key is missing.
    case notFound
    /// A metadata value has another type than the caller asked for.
    case wrongValueType
  }

  /// What went wrong, as a closed choice for code to compare.
  public var kind: Kind
  /// The path of the file as the caller gave it.
  public var path: String
  /// The tensor the problem concerns, if any.
  public var tensor: String?
  /// The metadata key (GGUF) or header field (safetensors) the problem concerns, if any.
  public var key: String?
  /// One sentence saying what is wrong, with values in single quotes.
  public var detail: String

  /// Creates an error; `detail` is one sentence without a final full stop.
  public init(
    _ kind: Kind, path: String, tensor: String? = nil, key: String? = nil, detail: String
  ) {
    self.kind = kind
    self.path = path
    self.tensor = tensor
    self.key = key
    self.detail = detail
  }

  /// The path, tensor and key, what went wrong, and how to fix it, for a person to read.
  public var description: String {
    var subject = "'\(path)'"
    if let tensor { subject += ", tensor '\(tensor)'" }
    if let key { subject += ", key '\(key)'" }
    return "\(subject): \(detail). \(remedy)"
  }

  private var remedy: String {
    switch kind {
    case .unreadableFile:
      return "Check that the path exists and is a readable regular file."
    case .unwritableFile:
      return "Check that the folder exists and is writable, and that the disk has room."
    case .truncatedFile, .invalidOffsets, .overlappingTensors:
      return "The file is damaged or incomplete; obtain it again "
        + "(for the built-in models run 'scripts/setup-models.sh')."
    case .malformedHeader, .unknownDtype, .invalidShape:
      return "Check that the file is of the expected format and was written by a "
        + "conforming tool."
    case .unsupportedDtype:
      return "Convert the tensor to a supported type first: safetensors 'F32', 'F16', "
        + "'BF16'; GGUF 'F32', 'F16', 'Q8_0', 'Q4_1'."
    case .notFound, .wrongValueType:
      return "Check the name and type against the names the file lists."
    }
  }
}
