extension GGUFParser {
  /// The GGUF value type ids, as stored before each value and array.
  enum ValueType: UInt32 {
    case uint8 = 0
    case int8, uint16, int16, uint32, int32, float32, bool, string, array
    case uint64, int64, float64

    /// The fewest bytes one value of this type takes in the file.
    var minimumSize: Int {
      switch self {
      case .uint8, .int8, .bool: return 1
      case .uint16, .int16: return 2
      case .uint32, .int32, .float32: return 4
      case .uint64, .int64, .float64, .string: return 8
      case .array: return 12
      }
    }
  }

  /// Reads one value of the type with id `typeID`.
  mutating func value(ofType typeID: UInt32, depth: Int) throws -> GGUFValue {
    guard let type = ValueType(rawValue: typeID) else {
      throw cursor.error(.malformedHeader, "its value type '\(typeID)' is not a GGUF type")
    }
    switch type {
    case .uint8: return .uint8(try cursor.integer(UInt8.self, for: "a uint8"))
    case .int8: return .int8(try cursor.integer(Int8.self, for: "an int8"))
    case .uint16: return .uint16(try cursor.integer(UInt16.self, for: "a uint16"))
    case .int16: return .int16(try cursor.integer(Int16.self, for: "an int16"))
    case .uint32: return .uint32(try cursor.integer(UInt32.self, for: "a uint32"))
    case .int32: return .int32(try cursor.integer(Int32.self, for: "an int32"))
    case .uint64: return .uint64(try cursor.integer(UInt64.self, for: "a uint64"))
    case .int64: return .int64(try cursor.integer(Int64.self, for: "an int64"))
    case .float32:
      return .float32(Float(bitPattern: try cursor.integer(UInt32.self, for: "a float32")))
    case .float64:
      return .float64(Double(bitPattern: try cursor.integer(UInt64.self, for: "a float64")))
    case .bool: return .bool(try bool())
    case .string: return .string(try string(for: "a string value"))
    case .array: return .array(try array(depth: depth + 1))
    }
  }

  private mutating func bool() throws -> Bool {
    let byte = try cursor.integer(UInt8.self, for: "a bool")
    guard byte <= 1 else {
      throw cursor.error(.malformedHeader, "a bool value is '\(byte)', not 0 or 1")
    }
    return byte == 1
  }

  /// Reads an element type, a uint64 count and that many values.
  private mutating func array(depth: Int) throws -> [GGUFValue] {
    guard depth <= Self.maximumArrayDepth else {
      throw cursor.error(.malformedHeader, "its arrays nest deeper than '8' levels")
    }
    let typeID = try cursor.integer(UInt32.self, for: "the array element type")
    let count = try cursor.count(for: "the array length")
    guard let type = ValueType(rawValue: typeID) else {
      throw cursor.error(.malformedHeader, "its array type '\(typeID)' is not a GGUF type")
    }
    guard count <= cursor.remaining / type.minimumSize else {
      throw cursor.error(
        .truncatedFile,
        "its array of '\(count)' elements cannot fit in the '\(cursor.remaining)' bytes left")
    }
    var elements: [GGUFValue] = []
    elements.reserveCapacity(count)
    for _ in 0..<count {
      elements.append(try value(ofType: typeID, depth: depth))
    }
    return elements
  }
}
