import Foundation

/// The largest absolute difference between two equally long arrays.
public func largestDifference(_ a: [Float], _ b: [Float]) -> Float {
  precondition(a.count == b.count, "arrays have equal length")
  return zip(a, b).map { abs($0 - $1) }.max() ?? 0
}

/// The root of the package, found from this file's path.
public let packageRoot: URL = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent()
  .deletingLastPathComponent()
  .deletingLastPathComponent()

/// A fresh, empty temporary folder, removed by the caller when done.
public func makeTemporaryFolder(named prefix: String = "attnviz-test") throws -> URL {
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("\(prefix)-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  return folder
}

/// Where the real models' files are: `ATTNVIZ_MODELS_DIR`, or `models/` at the package root.
public var modelsFolder: URL {
  if let path = ProcessInfo.processInfo.environment["ATTNVIZ_MODELS_DIR"], !path.isEmpty {
    return URL(fileURLWithPath: path)
  }
  return packageRoot.appendingPathComponent("models")
}

/// Whether tests that need the real models must run (and fail when files are missing)
/// instead of being disabled: `ATTNVIZ_REQUIRE_MODELS=1`, as in CI.
public var modelsAreRequired: Bool {
  ProcessInfo.processInfo.environment["ATTNVIZ_REQUIRE_MODELS"] == "1"
}
