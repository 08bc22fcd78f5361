import Foundation
import Testing

/// Compares text with a golden file in `Goldens/`, recording it only when
/// `ATTNVIZ_RECORD_GOLDENS=1`.
///
/// On a mismatch the actual text is written beside the golden as `NAME.actual.EXT` (git
/// ignores these) and the failure message gives the `diff` command to run.
enum GoldenFile {
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().appending(path: "Goldens")

  static func check(
    _ actual: String, against name: String, in goldens: URL = folder,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let golden = goldens.appending(path: name)
    let actualFile = golden.deletingPathExtension()
      .appendingPathExtension("actual").appendingPathExtension(golden.pathExtension)

    if ProcessInfo.processInfo.environment["ATTNVIZ_RECORD_GOLDENS"] == "1" {
      try FileManager.default.createDirectory(
        at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: golden)
      try? FileManager.default.removeItem(at: actualFile)
      return
    }

    guard let expected = try? String(contentsOf: golden, encoding: .utf8) else {
      let message =
        "The golden file '\(golden.path)' is missing. Record it with"
        + " ATTNVIZ_RECORD_GOLDENS=1 swift test --filter SiteGenerationTests."
      Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
      return
    }
    if expected == actual {
      try? FileManager.default.removeItem(at: actualFile)
      return
    }
    try Data(actual.utf8).write(to: actualFile)
    let message =
      "The output differs from the golden file '\(name)'. See: diff -u"
      + " '\(golden.path)' '\(actualFile.path)'; if the change is intended, record again"
      + " with ATTNVIZ_RECORD_GOLDENS=1."
    Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
  }
}
