/// The `attnviz` command line: parses arguments, runs a subcommand, and turns every error
/// into one line on standard error and an exit code (0 success, 64 usage, 1 failure).
public enum AttnViz {
  /// The version `--version` prints.
  public static let version = "0.1.0"

  static let commands: [any Command] = [
    BuildCommand(), RenderCommand(), TokensCommand(), TraceCommand(), ModelsCommand(),
    HeadsCommand(),
  ]

  /// Runs `attnviz` with `arguments` (without the program name) and returns the exit code.
  public static func run(_ arguments: [String], console: Console = .standard) -> Int32 {
    do {
      try dispatch(arguments, console: console)
      return 0
    } catch let error as CLIError {
      console.error("attnviz: error: \(error.description)\n")
      return error.exitCode
    } catch {
      console.error("attnviz: error: \(error)\n")
      return 1
    }
  }

  private static func dispatch(_ arguments: [String], console: Console) throws {
    guard let first = arguments.first else {
      console.error(overview)
      throw CLIError.usage("no command given; choose one of \(commandList)")
    }
    if first == "--help" || first == "-h" || first == "help" {
      let named = arguments.dropFirst().first.flatMap { name in
        commands.first { $0.name == name }
      }
      console.output(named?.help ?? overview)
      return
    }
    if first == "--version" {
      console.output("attnviz \(version)\n")
      return
    }
    guard let command = commands.first(where: { $0.name == first }) else {
      let hint = suggestion(for: first, among: commands.map(\.name))
      throw CLIError.usage(
        "unknown command '\(first)'\(hint); choose one of \(commandList) or see 'attnviz --help'")
    }
    let rest = Array(arguments.dropFirst())
    if rest.contains("--help") || rest.contains("-h") {
      console.output(command.help)
      return
    }
    let parsed = try parseArguments(rest, options: command.options, command: command.name)
    try command.run(parsed, console: console)
  }

  private static var commandList: String {
    commands.map { "'\($0.name)'" }.joined(separator: ", ")
  }

  static var overview: String {
    let width = commands.map(\.name.count).max() ?? 0
    let rows = commands.map {
      "  \($0.name)\(String(repeating: " ", count: width - $0.name.count))  \($0.summary)"
    }
    return """
      attnviz \(version): figures and a static site that show transformer attention, \
      token by token.

      USAGE: attnviz <command> [options]

      COMMANDS:
      \(rows.joined(separator: "\n"))

      Run 'attnviz <command> --help' for a command's options. Layers and heads are \
      numbered from 1.

      """
  }
}
