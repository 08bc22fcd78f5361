import Foundation

/// A fresh folder under the system's temporary directory, removed when the value dies.
final class TemporaryFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appending(path: "attnviz-site-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  /// Writes `text` to `path` below the folder, creating subfolders.
  func write(_ text: String, to path: String) throws {
    let file = url.appending(path: path)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: file)
  }

  /// The text of the file at `path` below the folder.
  func read(_ path: String) throws -> String {
    try String(contentsOf: url.appending(path: path), encoding: .utf8)
  }

  /// Every file below the folder, relative and sorted, hidden files included.
  func allFiles() -> [String] {
    let base = url.standardizedFileURL.path + "/"
    let enumerator = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil)
    var files: [String] = []
    while let item = enumerator?.nextObject() as? URL {
      var isDirectory: ObjCBool = false
      let exists = FileManager.default.fileExists(atPath: item.path, isDirectory: &isDirectory)
      if exists && !isDirectory.boolValue {
        files.append(String(item.standardizedFileURL.path.dropFirst(base.count)))
      }
    }
    return files.sorted()
  }
}
