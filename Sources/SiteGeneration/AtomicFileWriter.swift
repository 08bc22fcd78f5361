import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes files so that a reader sees either the old file or the complete new one.
///
/// The bytes go to a hidden temporary file in the destination's own folder, which is then
/// renamed over the destination; on failure the temporary file is removed. Missing parent
/// folders are created. Errors carry the system's reason (such as `Permission denied`).
public enum AtomicFileWriter {
  /// Writes `data` to `url` atomically.
  ///
  /// - Throws: `SiteGenerationError.writeFailed` naming the path and the system's reason.
  public static func write(_ data: Data, to url: URL) throws {
    let folder = url.deletingLastPathComponent()
    try createFolder(folder)

    let temporary = folder.appending(path: ".\(url.lastPathComponent).\(getpid()).tmp").path
    do {
      try writeNewFile(data, at: temporary)
    } catch let reason as SystemReason {
      unlink(temporary)
      throw SiteGenerationError.writeFailed(path: url.path, reason: reason.text)
    }
    guard rename(temporary, url.path) == 0 else {
      let reason = SystemReason.current
      unlink(temporary)
      throw SiteGenerationError.writeFailed(path: url.path, reason: reason.text)
    }
  }

  /// Creates `folder` and its missing parents.
  ///
  /// - Throws: `SiteGenerationError.writeFailed` naming the first folder that cannot be
  ///   created, or a file that stands where a folder should be.
  public static func createFolder(_ folder: URL) throws {
    var path = ""
    for component in folder.standardizedFileURL.pathComponents {
      path = component == "/" ? "/" : (path.hasSuffix("/") ? path : path + "/") + component
      if mkdir(path, 0o755) != 0 && errno != EEXIST {
        throw SiteGenerationError.writeFailed(path: path, reason: SystemReason.current.text)
      }
      var isDirectory: ObjCBool = false
      let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      guard exists && isDirectory.boolValue else {
        throw SiteGenerationError.writeFailed(
          path: path, reason: "a file stands where a folder should be")
      }
    }
  }

  /// Creates the file at `path`, which must not exist, and writes all of `data` into it.
  private static func writeNewFile(_ data: Data, at path: String) throws {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    guard descriptor >= 0 else { throw SystemReason.current }
    defer { close(descriptor) }

    try data.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 && errno == EINTR { continue }
        guard written > 0 else { throw SystemReason.current }
        offset += written
      }
    }
    guard fsync(descriptor) == 0 else { throw SystemReason.current }
  }
}

#if canImport(Glibc)
  private let systemWrite = Glibc.write
#elseif canImport(Darwin)
  private let systemWrite = Darwin.write
#endif

/// The system's description of the last failed call, such as `Permission denied`.
private struct SystemReason: Error {
  let text: String

  static var current: SystemReason {
    SystemReason(text: String(cString: strerror(errno)))
  }
}
