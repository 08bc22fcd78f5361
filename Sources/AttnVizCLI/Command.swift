/// One subcommand of `attnviz`.
protocol Command: Sendable {
  /// The subcommand's name, as typed.
  var name: String { get }
  /// One line for the command list.
  var summary: String { get }
  /// The usage line after `attnviz NAME`.
  var usage: String { get }
  /// The options it accepts (`--help` is added for every command).
  var options: [OptionSpecification] { get }
  /// Lines of examples and notes shown under the options.
  var discussion: [String] { get }

  /// Runs with parsed arguments.
  func run(_ arguments: ParsedArguments, console: Console) throws
}

extension Command {
  var discussion: [String] { [] }

  /// The full `--help` text.
  var help: String {
    var lines = ["\(summary)", "", "USAGE: attnviz \(name) \(usage)", "", "OPTIONS:"]
    let all = options + [.flag("help", "show this help")]
    let width = all.map { optionLabel($0).count }.max() ?? 0
    for option in all {
      let label = optionLabel(option)
      lines.append(
        "  \(label)\(String(repeating: " ", count: width - label.count))  \(option.help)")
    }
    if !discussion.isEmpty { lines += [""] + discussion }
    return lines.joined(separator: "\n") + "\n"
  }

  private func optionLabel(_ option: OptionSpecification) -> String {
    "--\(option.name)" + (option.valueName.map { " \($0)" } ?? "")
  }
}
