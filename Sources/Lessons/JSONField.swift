import Diagnostics
import Foundation

/// A JSON value read from a manifest, carrying its path (`texts[0].model.width`) so every
/// error can say exactly where it is.
struct JSONField {
  let value: Any
  let path: String

  /// The fields of an object, checked against the keys the format knows.
  func object(allowing keys: Set<String>) throws -> [String: JSONField] {
    guard let dictionary = value as? [String: Any] else {
      throw problem("must be an object like {\"key\": value}")
    }
    var fields = [String: JSONField]()
    for key in dictionary.keys.sorted() {
      guard keys.contains(key) else {
        let near = NameSuggestion.nearest(to: key, among: keys.sorted())
        let hint = near.map { " (did you mean '\($0)'?)" } ?? ""
        throw problem(
          "has an unknown field '\(key)'\(hint); the fields are "
            + keys.sorted().map { "'\($0)'" }.joined(separator: ", "))
      }
      fields[key] = JSONField(value: dictionary[key]!, path: child(key))
    }
    return fields
  }

  /// The elements of an array.
  func array() throws -> [JSONField] {
    guard let elements = value as? [Any] else { throw problem("must be an array like [ … ]") }
    return elements.enumerated().map { JSONField(value: $1, path: "\(path)[\($0)]") }
  }

  /// The value as a string.
  func string() throws -> String {
    guard let text = value as? String else { throw problem("must be a string in quotes") }
    return text
  }

  /// The value as a whole number in `range`.
  func integer(in range: ClosedRange<Int>) throws -> Int {
    guard let number = value as? NSNumber, !isBoolean(number),
      let whole = Int(exactly: number.doubleValue), range.contains(whole)
    else {
      throw problem(
        "must be a whole number from \(range.lowerBound) to \(range.upperBound)")
    }
    return whole
  }

  /// The value as a number in `range`.
  func number(in range: ClosedRange<Double>) throws -> Double {
    guard let number = value as? NSNumber, !isBoolean(number),
      range.contains(number.doubleValue)
    else {
      throw problem("must be a number from \(range.lowerBound) to \(range.upperBound)")
    }
    return number.doubleValue
  }

  /// The value as `true` or `false`.
  func boolean() throws -> Bool {
    guard let number = value as? NSNumber, isBoolean(number) else {
      throw problem("must be true or false, without quotes")
    }
    return number.boolValue
  }

  /// The value as one of `choices`.
  func choice(_ choices: [String]) throws -> String {
    let text = try string()
    guard choices.contains(text) else {
      throw problem(
        "is '\(text)', which is not one of "
          + choices.map { "'\($0)'" }.joined(separator: ", "))
    }
    return text
  }

  /// An error that names this field.
  func problem(_ message: String) -> ManifestFieldProblem {
    ManifestFieldProblem(message: "'\(path)' \(message)")
  }

  private func child(_ key: String) -> String {
    path.isEmpty ? key : "\(path).\(key)"
  }

  private func isBoolean(_ number: NSNumber) -> Bool {
    // JSON booleans arrive as NSNumbers of Objective-C type "c" (char).
    String(cString: number.objCType) == "c"
  }
}

/// A problem with one field, before the manifest's path is attached.
struct ManifestFieldProblem: Error {
  let message: String
}
