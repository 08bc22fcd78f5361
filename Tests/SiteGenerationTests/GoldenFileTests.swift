import Foundation
import Testing

@Suite("Golden files")
struct GoldenFileTests {
  @Test func mismatchWritesTheActualFileBesideTheGolden() throws {
    let folder = try TemporaryFolder()
    try folder.write("expected\n", to: "page.html")

    withKnownIssue("the mismatch is the point of this test") {
      try GoldenFile.check("actual\n", against: "page.html", in: folder.url)
    }
    #expect(try folder.read("page.actual.html") == "actual\n")
  }

  @Test func matchRemovesAStaleActualFile() throws {
    let folder = try TemporaryFolder()
    try folder.write("same\n", to: "page.html")
    try folder.write("old\n", to: "page.actual.html")

    try GoldenFile.check("same\n", against: "page.html", in: folder.url)
    #expect(folder.allFiles() == ["page.html"])
  }
}
