import Foundation
import Testing

/// Reads handout PDFs back: page count and media boxes from the bytes, text through
/// poppler's `pdftotext`.
///
/// Tests that need `pdftotext` are disabled with a reason when it is absent, unless
/// `ATTNVIZ_REQUIRE_TOOLS=1`: then they run and fail on it.
enum PDFInspection {
  static let pdftotext = "/usr/bin/pdftotext"

  static var hasPdftotext: Bool { FileManager.default.isExecutableFile(atPath: pdftotext) }

  static var shouldExtractText: Bool {
    hasPdftotext || ProcessInfo.processInfo.environment["ATTNVIZ_REQUIRE_TOOLS"] == "1"
  }

  static let missingComment: Comment =
    "pdftotext is not installed at '/usr/bin/pdftotext'; install poppler-utils"

  /// Where sample handouts are written for a look, from `ATTNVIZ_HANDOUT_DIR`.
  static var sampleDirectory: String? {
    ProcessInfo.processInfo.environment["ATTNVIZ_HANDOUT_DIR"]
  }

  /// The number of page objects (`/Type /Page`, not `/Pages`).
  static func pageCount(_ pdf: [UInt8]) -> Int {
    let text = String(decoding: pdf, as: UTF8.self)
    return text.components(separatedBy: "/Type /Page").dropFirst()
      .filter { !$0.hasPrefix("s") }.count
  }

  /// Every `/MediaBox [x0 y0 x1 y1]` in the file, as `(width, height)` in points.
  static func mediaBoxes(_ pdf: [UInt8]) -> [(width: Double, height: Double)] {
    let text = String(decoding: pdf, as: UTF8.self)
    return text.components(separatedBy: "/MediaBox").dropFirst().compactMap { rest in
      guard let open = rest.firstIndex(of: "["), let close = rest.firstIndex(of: "]")
      else { return nil }
      let numbers = rest[rest.index(after: open)..<close]
        .split(separator: " ").compactMap { Double($0) }
      guard numbers.count == 4 else { return nil }
      return (numbers[2] - numbers[0], numbers[3] - numbers[1])
    }
  }

  /// The text of each page, in reading order, as `pdftotext -layout` extracts it.
  static func pageTexts(_ pdf: [UInt8]) throws -> [String] {
    guard hasPdftotext else {
      Issue.record("pdftotext is missing at '\(pdftotext)'; install poppler-utils")
      return []
    }
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("attnviz-handout-\(UUID().uuidString).pdf")
    try Data(pdf).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: pdftotext)
    process.arguments = ["-enc", "UTF-8", file.path, "-"]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    var pages = String(decoding: data, as: UTF8.self).components(separatedBy: "\u{0C}")
    if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true {
      pages.removeLast()
    }
    return pages
  }
}
