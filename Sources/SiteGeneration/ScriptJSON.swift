/// A JSON value whose object keys keep the order they were given, so output is byte-stable.
public indirect enum JSONValue: Sendable, Equatable {
  /// `null`.
  case null
  /// `true` or `false`.
  case bool(Bool)
  /// A number; NaN and the infinities are written as `null`, never as bare literals.
  case number(Double)
  /// A string.
  case string(String)
  /// An array.
  case array([JSONValue])
  /// An object with keys in the given order.
  case object([(String, JSONValue)])

  /// Compares two values; objects compare key by key in order.
  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.number(let a), .number(let b)): return a == b || (a.isNaN && b.isNaN)
    case (.string(let a), .string(let b)): return a == b
    case (.array(let a), .array(let b)): return a == b
    case (.object(let a), .object(let b)):
      return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: return false
    }
  }
}

/// Serialises JSON for use inside an HTML `<script>` element.
public enum ScriptJSON {
  /// Encodes `value` compactly, safe to place between `<script …>` and `</script>`.
  ///
  /// Besides JSON's own escapes, `<` `>` `&` U+2028 and U+2029 are written as `\u003c`,
  /// `\u003e`, `\u0026`, `\u2028` and `\u2029`, so no `</script`, `<!--` or line separator
  /// can appear in the output; `JSON.parse` still gives back the exact strings.
  public static func encode(_ value: JSONValue) -> SafeHTML {
    var output = ""
    write(value, to: &output)
    return SafeHTML(trusted: output)
  }

  private static func write(_ value: JSONValue, to output: inout String) {
    switch value {
    case .null: output += "null"
    case .bool(let flag): output += flag ? "true" : "false"
    case .number(let number): output += numberText(number)
    case .string(let text): writeString(text, to: &output)
    case .array(let items):
      output += "["
      for (index, item) in items.enumerated() {
        if index > 0 { output += "," }
        write(item, to: &output)
      }
      output += "]"
    case .object(let members):
      output += "{"
      for (index, member) in members.enumerated() {
        if index > 0 { output += "," }
        writeString(member.0, to: &output)
        output += ":"
        write(member.1, to: &output)
      }
      output += "}"
    }
  }

  /// The shortest round-trip decimal form, or `null` for a non-finite number.
  static func numberText(_ number: Double) -> String {
    guard number.isFinite else { return "null" }
    if number == 0 { return "0" }
    if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
    return "\(number)"
  }

  private static func writeString(_ text: String, to output: inout String) {
    output += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case "<", ">", "&", "\u{2028}", "\u{2029}": output += unicodeEscape(scalar)
      case _ where scalar.value < 0x20 || scalar.value == 0x7F: output += unicodeEscape(scalar)
      default: output.unicodeScalars.append(scalar)
      }
    }
    output += "\""
  }

  private static func unicodeEscape(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16)
    return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}
