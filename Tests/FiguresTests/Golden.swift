import Foundation
import Testing

/// Compares output with golden files kept beside the tests.
///
/// Goldens are written only when `ATTNVIZ_RECORD_GOLDENS=1`; on a mismatch the actual
/// output goes to `<golden>.actual` and the failure says which command shows the difference.
enum Golden {
  static let directory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().appendingPathComponent("Goldens")

  static var isRecording: Bool {
    ProcessInfo.processInfo.environment["ATTNVIZ_RECORD_GOLDENS"] == "1"
  }

  /// The golden's bytes, or `nil` after recording `actual` (or when it is missing).
  static func expected(named name: String, actual: [UInt8]) throws -> [UInt8]? {
    let url = directory.appendingPathComponent(name)
    if isRecording {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try Data(actual).write(to: url)
      return nil
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      Issue.record("missing golden '\(url.path)'; record it with ATTNVIZ_RECORD_GOLDENS=1")
      return nil
    }
    return [UInt8](data)
  }

  /// Writes `actual` beside the golden and records how to compare them.
  static func reportMismatch(named name: String, actual: [UInt8], tool: String) throws {
    let url = directory.appendingPathComponent(name)
    let actualURL = url.appendingPathExtension("actual")
    try Data(actual).write(to: actualURL)
    let message =
      "'\(name)' differs from its golden; compare with: \(tool) '\(url.path)'"
      + " '\(actualURL.path)' (re-record with ATTNVIZ_RECORD_GOLDENS=1 if intended)"
    Issue.record(Comment(rawValue: message))
  }
}
