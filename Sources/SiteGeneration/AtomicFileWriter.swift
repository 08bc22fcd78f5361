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
/// folders are created.
public enum AtomicFileWriter {
  /// Writes `data` to `url` atomically.
  ///
  /// - Throws: `SiteGenerationError.writeFailed` naming the path and the system's reason.
  public static func write(_ data: Data, to url: URL) throws {
    let folder = url.deletingLastPathComponent()
    try createFolder(folder)

    let temporary = folder.appending(path: ".\(url.lastPathComponent).\(getpid()).tmp")
    do {
      try data.write(to: temporary, options: .withoutOverwriting)
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw SiteGenerationError.writeFailed(path: url.path, reason: reason(of: error))
    }

    guard rename(temporary.path, url.path) == 0 else {
      let message = String(cString: strerror(errno))
      try? FileManager.default.removeItem(at: temporary)
      throw SiteGenerationError.writeFailed(path: url.path, reason: message)
    }
  }

  /// Creates `folder` and its parents unless it exists.
  ///
  /// - Throws: `SiteGenerationError.writeFailed` when it cannot be created or is a file.
  public static func createFolder(_ folder: URL) throws {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else {
        throw SiteGenerationError.writeFailed(
          path: folder.path, reason: "a file is in the way of the folder")
      }
      return
    }
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw SiteGenerationError.writeFailed(path: folder.path, reason: reason(of: error))
    }
  }

  /// The system's reason for `error`, without Foundation's wrapping sentence when possible.
  private static func reason(of error: Error) -> String {
    let nsError = error as NSError
    if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
      underlying.domain == NSPOSIXErrorDomain
    {
      return String(cString: strerror(Int32(underlying.code)))
    }
    return nsError.localizedDescription
  }
}
