/// One metadata value of a GGUF file, keeping the exact type the file declares.
public enum GGUFValue: Sendable, Equatable {
  /// An unsigned 8-bit integer (type id 0).
  case uint8(UInt8)
  /// A signed 8-bit integer (type id 1).
  case int8(Int8)
  /// An unsigned 16-bit integer (type id 2).
  case uint16(UInt16)
  /// A signed 16-bit integer (type id 3).
  case int16(Int16)
  /// An unsigned 32-bit integer (type id 4).
  case uint32(UInt32)
  /// A signed 32-bit integer (type id 5).
  case int32(Int32)
  /// An unsigned 64-bit integer (type id 10).
  case uint64(UInt64)
  /// A signed 64-bit integer (type id 11).
  case int64(Int64)
  /// An IEEE float32 (type id 6).
  case float32(Float)
  /// An IEEE float64 (type id 12).
  case float64(Double)
  /// A boolean stored as one byte, 0 or 1 (type id 7).
  case bool(Bool)
  /// A UTF-8 string with a uint64 length (type id 8).
  case string(String)
  /// An array; GGUF arrays are homogeneous, and may nest.
  case array([GGUFValue])

  /// The value as `Int` when it is an integer of any width that fits, else nil.
  public var intValue: Int? {
    switch self {
    case .uint8(let v): return Int(v)
    case .int8(let v): return Int(v)
    case .uint16(let v): return Int(v)
    case .int16(let v): return Int(v)
    case .uint32(let v): return Int(v)
    case .int32(let v): return Int(v)
    case .uint64(let v): return Int(exactly: v)
    case .int64(let v): return Int(v)
    default: return nil
    }
  }

  /// The value as `Double` when it is a float of either width, else nil.
  public var doubleValue: Double? {
    switch self {
    case .float32(let v): return Double(v)
    case .float64(let v): return v
    default: return nil
    }
  }

  /// The string, when the value is one.
  public var stringValue: String? {
    if case .string(let v) = self { return v }
    return nil
  }

  /// The flag, when the value is a boolean.
  public var boolValue: Bool? {
    if case .bool(let v) = self { return v }
    return nil
  }

  /// The elements, when the value is an array.
  public var arrayValue: [GGUFValue]? {
    if case .array(let v) = self { return v }
    return nil
  }

  /// A short name of the stored type for messages, such as 'uint32' or 'array'.
  public var typeName: String {
    switch self {
    case .uint8: return "uint8"
    case .int8: return "int8"
    case .uint16: return "uint16"
    case .int16: return "int16"
    case .uint32: return "uint32"
    case .int32: return "int32"
    case .uint64: return "uint64"
    case .int64: return "int64"
    case .float32: return "float32"
    case .float64: return "float64"
    case .bool: return "bool"
    case .string: return "string"
    case .array: return "array"
    }
  }
}
