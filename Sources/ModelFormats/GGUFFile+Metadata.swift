extension GGUFFile {
  /// The metadata value stored under `key`.
  ///
  /// - Throws: `ModelFormatError` of kind `.notFound` naming the key.
  public func value(_ key: String) throws -> GGUFValue {
    guard let value = metadata[key] else {
      throw ModelFormatError(
        .notFound, path: path, key: key, detail: "the file has no metadata key of that name")
    }
    return value
  }

  /// The string stored under `key`.
  public func string(_ key: String) throws -> String {
    try typed(key, "string") { $0.stringValue }
  }

  /// The integer of any GGUF width stored under `key`, when it fits in `Int`.
  public func int(_ key: String) throws -> Int {
    try typed(key, "integer") { $0.intValue }
  }

  /// The float32 or float64 stored under `key`, as `Double` (float32 widens exactly).
  public func double(_ key: String) throws -> Double {
    try typed(key, "float") { $0.doubleValue }
  }

  /// The float32 or float64 stored under `key`, as `Float` (float64 rounds to nearest).
  public func float(_ key: String) throws -> Float {
    Float(try double(key))
  }

  /// The boolean stored under `key`.
  public func bool(_ key: String) throws -> Bool {
    try typed(key, "bool") { $0.boolValue }
  }

  /// The array of strings stored under `key`, such as 'tokenizer.ggml.tokens'.
  public func stringArray(_ key: String) throws -> [String] {
    try typed(key, "array of strings") { value in
      value.arrayValue.flatMap { array in
        let strings = array.compactMap(\.stringValue)
        return strings.count == array.count ? strings : nil
      }
    }
  }

  /// The array of integers of any width stored under `key`.
  public func intArray(_ key: String) throws -> [Int] {
    try typed(key, "array of integers") { value in
      value.arrayValue.flatMap { array in
        let integers = array.compactMap(\.intValue)
        return integers.count == array.count ? integers : nil
      }
    }
  }

  /// The array of float32 or float64 values stored under `key`, as `Double`.
  public func doubleArray(_ key: String) throws -> [Double] {
    try typed(key, "array of floats") { value in
      value.arrayValue.flatMap { array in
        let numbers = array.compactMap(\.doubleValue)
        return numbers.count == array.count ? numbers : nil
      }
    }
  }

  private func typed<T>(
    _ key: String, _ expected: String, _ convert: (GGUFValue) -> T?
  ) throws -> T {
    let value = try value(key)
    guard let converted = convert(value) else {
      throw ModelFormatError(
        .wrongValueType, path: path, key: key,
        detail: "its value is of type '\(value.typeName)', not \(expected)")
    }
    return converted
  }
}
