/// Why a command failed, as the user should read it.
public enum CLIError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The command line itself is wrong (exit code 64).
  case usage(String)
  /// The input or the environment is wrong (exit code 1).
  case failure(String)

  /// The process exit code for this error.
  public var exitCode: Int32 {
    switch self {
    case .usage: return 64
    case .failure: return 1
    }
  }

  public var description: String {
    switch self {
    case .usage(let message), .failure(let message): return message
    }
  }
}
