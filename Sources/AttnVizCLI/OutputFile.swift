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
  /// Every folder a file goes into is checked for write permission first, so a folder that
  /// refuses files stops the build before it replaces anything, instead of leaving a site
  /// half old and half new.
  ///
  /// - Throws: `CLIError.failure` naming the path that could not be written.
  func write(into folder: URL) throws {
    let folders = Set(map { folder.appending(path: $0.path).deletingLastPathComponent().path })
    for path in folders.sorted() {
      let existing = Self.nearestExisting(path)
      guard access(existing, W_OK) == 0 else {
        throw CLIError.failure(
          "writing the output: '\(existing)' is not writable, so nothing was written; "
            + "make it writable or choose another --output")
      }
    }
    do {
      try AtomicFileWriter.createFolder(folder)
      for file in sorted(by: { $0.path < $1.path }) {
        try AtomicFileWriter.write(file.bytes, to: folder.appending(path: file.path))
      }
    } catch let error as SiteGenerationError {
      throw CLIError.failure("writing the output: \(error.description)")
    }
  }

  /// `path` itself if it exists, else its nearest existing ancestor.
  private static func nearestExisting(_ path: String) -> String {
    var current = URL(fileURLWithPath: path)
    while !FileManager.default.fileExists(atPath: current.path), current.path != "/" {
      current = current.deletingLastPathComponent()
    }
    return current.path
  }
}
