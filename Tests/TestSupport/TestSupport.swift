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
