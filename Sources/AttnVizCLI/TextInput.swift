import Foundation

/// Reads the text a command works on: from the command line, a file, or standard input.
enum TextInput {
  /// The option that names a text file.
  static let option = OptionSpecification.value(
    "text-file", "PATH", "read the text from PATH ('-' for standard input) instead of TEXT")

  /// The text given as the only positional argument or through `--text-file`.
  ///
  /// - Throws: `CLIError.usage` when there is no text or two, `CLIError.failure` for an
  ///   unreadable file or one that is not valid UTF-8.
  static func text(from arguments: ParsedArguments, command: String) throws -> String {
    let file = arguments.value("text-file")
    switch (arguments.positionals.count, file) {
    case (0, nil):
      throw CLIError.usage(
        "'\(command)' needs a text; write it in quotes, as in "
          + "'attnviz \(command) \"The cat sat.\"', or use '--text-file PATH'")
    case (0, let path?):
      return try read(path)
    case (1, nil):
      return arguments.positionals[0]
    default:
      throw CLIError.usage(
        "'\(command)' takes one text; quote the whole sentence as one argument, "
          + "or give only '--text-file'")
    }
  }

  /// The contents of `path` (or standard input for `-`) as UTF-8 text.
  static func read(_ path: String) throws -> String {
    let data: Data
    if path == "-" {
      data = FileHandle.standardInput.readDataToEndOfFile()
    } else {
      guard let contents = FileManager.default.contents(atPath: path) else {
        throw CLIError.failure(
          "cannot read the text file '\(path)'; check that it exists and is readable")
      }
      data = contents
    }
    return try decode(data, path: path)
  }

  /// Decodes UTF-8 strictly, naming the byte offset of the first invalid sequence.
  static func decode(_ data: Data, path: String) throws -> String {
    if let text = String(validating: data, as: UTF8.self) { return text }
    let offset = firstInvalidOffset(in: Array(data))
    throw CLIError.failure(
      "the text file '\(path)' is not valid UTF-8 (first bad byte at offset \(offset)); "
        + "convert it, for example with 'iconv -t UTF-8'")
  }

  private static func firstInvalidOffset(in bytes: [UInt8]) -> Int {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let scalar): offset += scalar.count
      case .error, .emptyInput: return offset
      }
    }
  }
}
