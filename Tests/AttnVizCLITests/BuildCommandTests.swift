import Foundation
import ModelFormats
import TestSupport
import Testing

@testable import AttnVizCLI

@Suite struct BuildCommandTests {
  func write(_ manifest: String, in folder: URL) throws -> String {
    let path = folder.appending(path: "manifest.json")
    try Data(manifest.utf8).write(to: path)
    return path.path
  }

  @Test func readmeManifestExampleBuilds() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let readme = try String(contentsOf: packageRoot.appending(path: "README.md"), encoding: .utf8)
    let start = try #require(readme.range(of: "```json\n"))
    let end = try #require(readme.range(of: "\n```", range: start.upperBound..<readme.endIndex))
    let manifest = try write(String(readme[start.upperBound..<end.lowerBound]), in: folder)

    let cli = CLIHarness()
    let output = folder.appending(path: "site")
    #expect(cli.run("build", manifest, "--output", output.path) == 0, "\(cli.error)")
    let files = try filesBelow(output)
    #expect(files["index.html"] != nil)
    #expect(files.keys.contains { $0.hasSuffix(".pdf") })
  }

  @Test func twoBuildsAreByteIdentical() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let manifest = try write(
      """
      {"texts": [{"id": "t", "text": "Tokens <b>&amp; \\"quotes\\" 東京 🤗",
        "formats": ["png", "svg", "pdf"], "views": ["heatmap"]}]}
      """, in: folder)
    let first = folder.appending(path: "a")
    let second = folder.appending(path: "b")
    #expect(CLIHarness().run("build", manifest, "--output", first.path) == 0)
    #expect(CLIHarness().run("build", manifest, "--output", second.path) == 0)
    let a = try filesBelow(first)
    let b = try filesBelow(second)
    #expect(a.keys.sorted() == b.keys.sorted())
    for (path, data) in a { #expect(b[path] == data, "\(path) differs") }
  }

  @Test func tokenTextIsNeverInterpreted() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let manifest = try write(
      """
      {"texts": [{"id": "nasty", "text": "<script>alert(1)</script> a<b&c\\"d'e $x_1^2$",
        "formats": ["svg"], "views": ["heatmap"]}]}
      """, in: folder)
    let output = folder.appending(path: "site")
    #expect(CLIHarness().run("build", manifest, "--output", output.path) == 0)
    for (path, data) in try filesBelow(output) where path.hasSuffix(".html") {
      let html = String(decoding: data, as: UTF8.self)
      #expect(!html.contains("<script>alert"), "\(path) carries a live script tag")
      #expect(!html.contains("a<b&c"), "\(path) has unescaped token text")
    }
  }

  @Test func manifestSyntaxErrorSaysWhere() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let manifest = try write("{\n  \"texts\": [\n    {\"text\": \"a\",,}\n  ]\n}\n", in: folder)
    let cli = CLIHarness()
    #expect(cli.run("build", manifest, "--output", folder.appending(path: "o").path) == 1)
    #expect(cli.error.contains("line 3"))
    #expect(!FileManager.default.fileExists(atPath: folder.appending(path: "o").path))
  }

  @Test func manifestMissingFieldIsNamed() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let manifest = try write("{\"texts\": [{\"title\": \"no text\"}]}", in: folder)
    let cli = CLIHarness()
    #expect(cli.run("build", manifest, "--output", folder.appending(path: "o").path) == 1)
    #expect(cli.error.contains("'texts[0]'") && cli.error.contains("'text'"))
  }

  @Test func manifestUnknownFieldSuggestsTheNearest() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let manifest = try write(
      "{\"texts\": [{\"text\": \"a b\", \"colourmap\": \"magma\"}]}", in: folder)
    let cli = CLIHarness()
    #expect(cli.run("build", manifest, "--output", folder.appending(path: "o").path) == 1)
    #expect(cli.error.contains("'colormap'"))
  }

  @Test func unwritableOutputFolderIsAClearError() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let blocker = folder.appending(path: "file")
    try Data("x".utf8).write(to: blocker)
    let manifest = try write(
      "{\"texts\": [{\"text\": \"a b\", \"formats\": [\"svg\"]}]}", in: folder)
    let cli = CLIHarness()
    #expect(cli.run("build", manifest, "--output", blocker.appending(path: "out").path) == 1)
    #expect(cli.error.split(separator: "\n").count == 1)
    #expect(cli.error.contains("writing the output"))
  }

  @Test func renderWritesTheRequestedFormat() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let pdf = folder.appending(path: "figure.pdf")
    let cli = CLIHarness()
    #expect(
      cli.run(
        "render", "the cat sat", "--output", pdf.path, "--view", "step",
        "--token", "cat") == 0, "\(cli.error)")
    let bytes = try Data(contentsOf: pdf)
    #expect(bytes.starts(with: Data("%PDF-".utf8)))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["figure.pdf"])
  }
}

/// Case 26: the pages round their numbers and say so; the traced head's numbers stay
/// available at full precision as `.npy` files the index page links.
@Suite struct FullPrecisionExportTests {
  @Test func buildWritesTheTracedHeadAsNpyAndThePageLinksIt() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let manifest = folder.appending(path: "m.json")
    try Data(
      #"""
      {"texts": [{"id": "t", "text": "The cat sat on the mat.", "formats": ["svg"],
        "layer": 2, "head": 1}]}
      """#.utf8
    ).write(to: manifest)
    let output = folder.appending(path: "site")
    let cli = CLIHarness()
    #expect(cli.run("build", manifest.path, "--output", output.path) == 0, "\(cli.error)")

    let data = output.appending(path: "t/data")
    let weights = try NpyArray(contentsOf: data.appending(path: "weights-layer2-head1.npy").path)
    let scaled = try NpyArray(
      contentsOf: data.appending(path: "scaled-scores-layer2-head1.npy").path)
    let n = 7  // The, cat, sat, on, the, mat, .
    #expect(weights.shape == [n, n] && scaled.shape == [n, n])
    for query in 0..<n {
      let row = weights.values[(query * n)..<(query * n + n)]
      #expect(abs(row.reduce(0, +) - 1) < 1e-5, "row \(query) sums to one")
      for key in (query + 1)..<n {  // causal: later keys are masked
        #expect(weights.values[query * n + key] == 0)
        #expect(scaled.values[query * n + key] == -.infinity)
      }
      #expect(scaled.values[query * n].isFinite)
    }

    let index = try String(contentsOf: output.appending(path: "t/index.html"), encoding: .utf8)
    #expect(index.contains("rounded to 4 decimals"))
    #expect(index.contains(#"<a href="data/weights-layer2-head1.npy">weights (.npy)</a>"#))
    #expect(index.contains(#"<a href="data/scaled-scores-layer2-head1.npy">"#))
  }
}
