import Foundation
import SiteGeneration

/// One file of a build, held in memory until every file is ready.
struct OutputFile: Sendable {
  /// The path relative to the output folder.
  var path: String
  /// The complete contents.
  var bytes: Data
}

extension [OutputFile] {
  /// Writes every file into `folder`, each atomically, in path order.
  ///
  /// - Throws: `CLIError.failure` naming the path that could not be written.
  func write(into folder: URL) throws {
    do {
      try AtomicFileWriter.createFolder(folder)
      for file in sorted(by: { $0.path < $1.path }) {
        try AtomicFileWriter.write(file.bytes, to: folder.appending(path: file.path))
      }
    } catch let error as SiteGenerationError {
      throw CLIError.failure("writing the output: \(error.description)")
    }
  }
}
