import Diagnostics

/// One option a command accepts.
struct OptionSpecification: Sendable {
  /// The long name without dashes, kebab-case.
  var name: String
  /// The placeholder for the value; `nil` for a flag that takes none.
  var valueName: String?
  /// One line of help.
  var help: String

  static func flag(_ name: String, _ help: String) -> OptionSpecification {
    OptionSpecification(name: name, valueName: nil, help: help)
  }

  static func value(_ name: String, _ valueName: String, _ help: String) -> OptionSpecification {
    OptionSpecification(name: name, valueName: valueName, help: help)
  }
}

/// What a command line said, once split into positionals, options and flags.
struct ParsedArguments: Sendable {
  var positionals: [String] = []
  var values: [String: String] = [:]
  var flags: Set<String> = []

  /// The value of option `name`, if given.
  func value(_ name: String) -> String? { values[name] }

  /// Whether flag `name` was given.
  func has(_ name: String) -> Bool { flags.contains(name) }

  /// The value of option `name` as an integer in `range`, or `defaultValue` when absent.
  func integer(_ name: String, in range: ClosedRange<Int>, default defaultValue: Int) throws
    -> Int
  {
    guard let text = values[name] else { return defaultValue }
    guard let number = Int(text), range.contains(number) else {
      throw CLIError.usage(
        "'--\(name)' takes a whole number from \(range.lowerBound) to \(range.upperBound), "
          + "not '\(text)'; for example '--\(name) \(range.lowerBound)'")
    }
    return number
  }

  /// The value of option `name` as one of `choices`, or `defaultValue` when absent.
  func choice(_ name: String, from choices: [String], default defaultValue: String) throws
    -> String
  {
    guard let text = values[name] else { return defaultValue }
    guard choices.contains(text) else {
      throw CLIError.usage(
        "'--\(name)' does not accept '\(text)'\(suggestion(for: text, among: choices)); "
          + "choose one of \(choices.map { "'\($0)'" }.joined(separator: ", "))")
    }
    return text
  }
}

/// Splits `arguments` by the options a command declares.
///
/// Accepts `--name value`, `--name=value` and flags; `--` ends options. A lone `-` is a
/// positional (standard input).
func parseArguments(
  _ arguments: [String], options: [OptionSpecification], command: String
) throws -> ParsedArguments {
  var parsed = ParsedArguments()
  var index = 0
  var optionsEnded = false
  while index < arguments.count {
    let argument = arguments[index]
    index += 1
    guard !optionsEnded, argument.hasPrefix("-"), argument != "-" else {
      parsed.positionals.append(argument)
      continue
    }
    if argument == "--" {
      optionsEnded = true
      continue
    }
    let body = argument.drop { $0 == "-" }
    let parts = body.split(separator: "=", maxSplits: 1).map(String.init)
    let name = parts.first ?? ""
    guard let option = options.first(where: { $0.name == name }) else {
      let names = options.map(\.name)
      throw CLIError.usage(
        "'\(command)' has no option '\(argument)'"
          + "\(suggestion(for: name, among: names, prefix: "--")); "
          + "see 'attnviz \(command) --help'")
    }
    guard !parsed.flags.contains(name), parsed.values[name] == nil else {
      throw CLIError.usage("'--\(name)' is given twice; give it once")
    }
    guard option.valueName != nil else {
      if parts.count > 1 {
        throw CLIError.usage("'--\(name)' takes no value; write it alone")
      }
      parsed.flags.insert(name)
      continue
    }
    if parts.count > 1 {
      parsed.values[name] = parts[1]
    } else if index < arguments.count {
      parsed.values[name] = arguments[index]
      index += 1
    } else {
      throw CLIError.usage(
        "'--\(name)' needs a value; write '--\(name) \(option.valueName ?? "VALUE")'")
    }
  }
  return parsed
}

/// `; did you mean 'X'?` for the choice nearest to `text`, or nothing when none is near.
func suggestion(for text: String, among choices: [String], prefix: String = "") -> String {
  guard let nearest = NameSuggestion.nearest(to: text, among: choices) else { return "" }
  return " (did you mean '\(prefix)\(nearest)'?)"
}
