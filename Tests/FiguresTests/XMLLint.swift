import Foundation
import Testing

/// Runs `xmllint --noout` on a document, the strict XML check the SVG must pass.
enum XMLLint {
  static let path = "/usr/bin/xmllint"

  static func expectWellFormed(_ document: [UInt8]) throws {
    guard FileManager.default.isExecutableFile(atPath: path) else {
      Issue.record("xmllint is not installed at '\(path)'; install libxml2-utils")
      return
    }
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("attnviz-xmllint-\(UUID().uuidString).svg")
    try Data(document).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = ["--noout", file.path]
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "xmllint: \(message)")
  }
}
