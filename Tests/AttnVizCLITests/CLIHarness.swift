import Foundation
import Synchronization

@testable import AttnVizCLI

/// Runs `attnviz` in-process and keeps what it wrote.
final class CLIHarness: Sendable {
  private let outputText = Mutex("")
  private let errorText = Mutex("")

  /// Everything written to standard output.
  var output: String { outputText.withLock { $0 } }
  /// Everything written to standard error.
  var error: String { errorText.withLock { $0 } }

  /// Runs the command line and returns the exit code.
  func run(_ arguments: String...) -> Int32 {
    run(arguments)
  }

  /// Runs the command line and returns the exit code.
  func run(_ arguments: [String]) -> Int32 {
    let console = Console(
      output: { text in self.outputText.withLock { $0 += text } },
      error: { text in self.errorText.withLock { $0 += text } })
    return AttnViz.run(arguments, console: console)
  }
}

/// The files below `folder`, relative paths mapped to contents.
func filesBelow(_ folder: URL) throws -> [String: Data] {
  var result = [String: Data]()
  let enumerator = FileManager.default.enumerator(atPath: folder.path)
  while let path = enumerator?.nextObject() as? String {
    var isDirectory: ObjCBool = false
    let full = folder.appending(path: path)
    if FileManager.default.fileExists(atPath: full.path, isDirectory: &isDirectory),
      !isDirectory.boolValue
    {
      result[path] = try Data(contentsOf: full)
    }
  }
  return result
}
