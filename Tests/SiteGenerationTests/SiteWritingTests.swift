import Foundation
import Testing

@testable import SiteGeneration

@Suite("Writing and template sources")
struct SiteWritingTests {
  @Test func unwritableFolderGivesAnErrorNamingThePath() throws {
    let folder = try TemporaryFolder()
    try folder.write("not a folder", to: "blocker")
    let target = folder.url.appending(path: "blocker/site")

    let error = #expect(throws: SiteGenerationError.self) {
      try SiteGenerator().generate(SiteFixtures.site(), into: target)
    }
    guard case .writeFailed(let path, let reason)? = error else {
      Issue.record("expected a write error, got \(String(describing: error))")
      return
    }
    #expect(path.hasSuffix("/blocker"))
    #expect(reason == "a file stands where a folder should be")
    #expect(error?.description.hasPrefix("Cannot write '\(path)': a file stands") == true)
    #expect(folder.allFiles() == ["blocker"])
  }

  #if os(Linux)
    @Test func folderTheSystemRefusesGivesTheSystemsReason() throws {
      let error = #expect(throws: SiteGenerationError.self) {
        try AtomicFileWriter.write(Data("x".utf8), to: URL(filePath: "/proc/attnviz/x.html"))
      }
      guard case .writeFailed(let path, let reason)? = error else {
        Issue.record("expected a write error, got \(String(describing: error))")
        return
      }
      #expect(path == "/proc/attnviz")
      #expect(!reason.isEmpty && !reason.contains("NSCocoaErrorDomain"))
    }
  #endif

  @Test func atomicWriteReplacesAFileAndLeavesNoTemporaryFile() throws {
    let folder = try TemporaryFolder()
    let file = folder.url.appending(path: "deep/page.html")
    try AtomicFileWriter.write(Data("old".utf8), to: file)
    try AtomicFileWriter.write(Data("new".utf8), to: file)
    #expect(try folder.read("deep/page.html") == "new")
    #expect(folder.allFiles() == ["deep/page.html"])
  }

  @Test func failedRenderWritesNothing() throws {
    let folder = try TemporaryFolder()
    var site = SiteFixtures.site()
    site.tokenPages[2].path = site.tokenPages[1].path
    #expect(throws: SiteGenerationError.duplicatePagePath(path: "tiny/token-001.html")) {
      try SiteGenerator().generate(site, into: folder.url)
    }
    #expect(folder.allFiles().isEmpty)
  }

  @Test(arguments: ["/abs/index.html", "../up.html", "a//b.html", "", "c:/x.html", "a/./b"])
  func pagePathsMustStayInsideTheSite(path: String) throws {
    var site = SiteFixtures.site()
    site.indexPages[0].path = path
    let folder = try TemporaryFolder()
    #expect(throws: SiteGenerationError.invalidPagePath(path: path)) {
      try SiteGenerator().generate(site, into: folder.url)
    }
  }

  @Test func embeddedTemplatesHoldEveryRequiredFileSortedByPath() throws {
    let paths = TemplateSource.defaultFiles.map(\.path)
    #expect(paths == paths.sorted())
    for file in TemplateSource.requiredFiles { #expect(paths.contains(file)) }
    #expect(paths.contains("partials/head.html"))
  }

  @Test func userFolderMissingAFileNamesIt() throws {
    let folder = try TemporaryFolder()
    _ = try TemplateSource.writeDefaults(to: folder.url)
    try FileManager.default.removeItem(at: folder.url.appending(path: "token.html"))

    let error = #expect(throws: SiteGenerationError.self) {
      try SiteGenerator(templates: .directory(folder.url))
    }
    #expect(error == .missingTemplate(file: "token.html", source: "'\(folder.url.path)'"))
    #expect(error?.description.contains("'token.html'") == true)
  }

  @Test func userFolderTemplatesAreUsed() throws {
    let folder = try TemporaryFolder()
    let written = try TemplateSource.writeDefaults(to: folder.url)
    #expect(written == TemplateSource.defaultFiles.map(\.path))
    try folder.write("<p>{{title}}</p>", to: "index.html")

    let generator = try SiteGenerator(templates: .directory(folder.url))
    #expect(
      try generator.render(SiteFixtures.indexPage())
        == "<p>Tiny &lt;site&gt; &amp; &quot;friends&quot;</p>")
  }

  @Test func userTemplateWithUnknownNameFailsWhenRendering() throws {
    let folder = try TemporaryFolder()
    _ = try TemplateSource.writeDefaults(to: folder.url)
    try folder.write("<p>{{subtitle}}</p>", to: "index.html")
    let generator = try SiteGenerator(templates: .directory(folder.url))
    #expect(throws: SiteGenerationError.self) {
      try generator.render(SiteFixtures.indexPage())
    }
  }
}
