import Foundation
import TestSupport
import Testing

@testable import AttnVizCLI

/// The real tokenizers remove some characters (case 4 of the shared cases).
///
/// BERT drops control, format and private-use characters, and SmolLM2 has no token for 21
/// byte values. The text's page still shows them, by code point, and says they map to no position.
@Suite struct RemovedCharactersTests {
  /// The index page of `text` built with `model`.
  func indexPage(_ text: String, model: String) throws -> String {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let manifest = folder.appending(path: "m.json")
    let document: [String: Any] = [
      "texts": [
        [
          "id": "t", "text": text, "views": ["heatmap"], "formats": ["svg"],
          "model": ["name": model],
        ]
      ]
    ]
    try JSONSerialization.data(withJSONObject: document).write(to: manifest)
    let cli = CLIHarness()
    let output = folder.appending(path: "site")
    #expect(cli.run(["build", manifest.path, "--output", output.path]) == 0, "\(cli.error)")
    return try String(contentsOf: output.appending(path: "t/index.html"), encoding: .utf8)
  }

  @Test(LiteralSpecialsTests.realModels) func bertShowsTheCharactersItRemoved() throws {
    let html = try indexPage("\u{FEFF}hi x\u{F0001}y", model: "minilm")
    #expect(html.contains(#""removedOffsets":[0,5]"#))
    #expect(html.contains(">⟨U+FEFF⟩</mark>hi x<mark"))
    #expect(html.contains(">⟨U+F0001⟩</mark>y</bdi>"))
    #expect(html.contains("2 characters of the text map to no token position"))
  }

  @Test(LiteralSpecialsTests.realModels) func charactersRemovedInsideAWordAreShownToo() throws {
    let html = try indexPage("Hel\u{200B}lo wor\u{FEFF}ld", model: "minilm")
    #expect(html.contains(#""removedOffsets":[3,10]"#))
    #expect(html.contains(">Hel<mark class=\"removed\""))
    #expect(html.contains("2 characters of the text map to no token position"))
  }

  @Test(LiteralSpecialsTests.realModels) func smolLM2ShowsAByteItHasNoTokenFor() throws {
    let html = try indexPage("a\u{4}b", model: "smollm2")
    #expect(html.contains(#""removedOffsets":[1]"#))
    #expect(html.contains(">⟨U+0004⟩</mark>"))
  }

  @Test(LiteralSpecialsTests.realModels) func spacesAndTabsAreNotCountedAsRemoved() throws {
    let html = try indexPage("one\ttwo  three", model: "minilm")
    #expect(html.contains(#""removedOffsets":[]"#))
    #expect(!html.contains("Removed characters"))
  }
}

/// Case 3: the terminal trace of an `[UNK]` says what it is and how much text it covers.
@Suite struct UnknownTokenTraceTests {
  @Test(LiteralSpecialsTests.realModels) func traceHeaderSaysTheUnknownTokenCoversFiveCharacters() {
    let cli = CLIHarness()
    #expect(cli.run(["trace", "nice😊 then", "--model", "minilm", "--token", "2"]) == 0)
    let header = cli.output.split(separator: "\n").first ?? ""
    #expect(
      header.hasPrefix(
        "query: token 2 'nice😊' (unknown token [UNK], id 100, covers 5 characters,"
          + " offsets 0–5)"))
    let special = CLIHarness()
    #expect(special.run(["trace", "nice😊 then", "--model", "minilm", "--token", "1"]) == 0)
    #expect(special.output.hasPrefix("query: token 1 '[CLS]' (special token, id 101, inserted"))
  }
}
