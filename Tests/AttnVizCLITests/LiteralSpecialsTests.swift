import Foundation
import TestSupport
import Testing

@testable import AttnVizCLI

/// Special-token strings typed in a text (case 9 of the shared cases): special tokens by
/// default, as Hugging Face matches them, and plain text with `--literal-specials` or a
/// manifest's `"literalSpecials": true`.
@Suite struct LiteralSpecialsTests {
  static let hasRealModels =
    modelsAreRequired
    || FileManager.default.fileExists(atPath: modelsFolder.appending(path: "minilm/vocab.txt").path)
      && FileManager.default.fileExists(
        atPath: modelsFolder.appending(path: "smollm2/SmolLM2-135M-Instruct.Q4_1.gguf").path)

  static let realModels = ConditionTrait.enabled(
    if: hasRealModels,
    Comment(
      rawValue: "needs the real models; run scripts/setup-models.sh or set ATTNVIZ_MODELS_DIR"))

  /// The `tokens --json` document of a command line that must succeed.
  func tokens(_ arguments: [String]) throws -> (ids: [Int], kinds: [String], tokenizer: String) {
    let cli = CLIHarness()
    #expect(cli.run(["tokens"] + arguments + ["--json"]) == 0, "\(cli.error)")
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(cli.output.utf8)) as? [String: Any])
    let rows = try #require(document["tokens"] as? [[String: Any]])
    return (
      rows.compactMap { $0["id"] as? Int }, rows.compactMap { $0["kind"] as? String },
      document["tokenizer"] as? String ?? ""
    )
  }

  @Test(realModels) func typedMaskIsSpecialForBERTUnlessLiteral() throws {
    let matched = try tokens(["fill [MASK] in", "--model", "minilm"])
    #expect(matched.ids == [101, 6039, 103, 1999, 102])
    #expect(matched.kinds == ["special", "normal", "special", "normal", "special"])
    let literal = try tokens(["fill [MASK] in", "--model", "minilm", "--literal-specials"])
    #expect(literal.ids == [101, 6039, 1031, 7308, 1033, 1999, 102])
    #expect(literal.kinds.filter { $0 == "special" }.count == 2)  // only [CLS] and [SEP]
    #expect(literal.tokenizer.hasSuffix("with typed special tokens read as plain text"))
    let unknown = try tokens(["[UNK] x=y", "--model", "minilm"])
    #expect(unknown.ids == [101, 100, 1060, 1027, 1061, 102])
  }

  @Test(realModels) func typedEndOfTextIsSpecialForSmolLM2UnlessLiteral() throws {
    let matched = try tokens(["see <|endoftext|> here", "--model", "smollm2"])
    #expect(matched.ids == [4009, 216, 0, 1535])
    #expect(matched.kinds[2] == "special")
    let literal = try tokens(["see <|endoftext|> here", "--model", "smollm2", "--literal-specials"])
    #expect(literal.ids == [4009, 2067, 108, 486, 1714, 2692, 108, 46, 1535])
    #expect(!literal.kinds.contains("special"))
  }

  @Test func literalSpecialsAreRefusedForTheTeachingModel() {
    let cli = CLIHarness()
    #expect(cli.run(["tokens", "fill [MASK] in", "--literal-specials"]) == 64)
    #expect(cli.error.split(separator: "\n").count == 1)
    #expect(cli.error.contains("'--literal-specials' applies to models 'minilm' and 'smollm2'"))
  }

  @Test(realModels) func manifestLiteralSpecialsReachTheTokenStrip() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let manifest = folder.appending(path: "m.json")
    try Data(
      #"""
      {"texts": [{"id": "mask", "text": "fill [MASK] in", "views": ["heatmap"],
        "formats": ["svg"], "model": {"name": "minilm", "literalSpecials": true}}]}
      """#.utf8
    ).write(to: manifest)
    let cli = CLIHarness()
    let output = folder.appending(path: "site")
    #expect(cli.run(["build", manifest.path, "--output", output.path]) == 0, "\(cli.error)")
    let index = try String(contentsOf: output.appending(path: "mask/index.html"), encoding: .utf8)
    #expect(index.contains(#""id":1031"#) && index.contains(#""id":7308"#))
    #expect(!index.contains(#""id":103,"#))
    #expect(index.contains("with typed special tokens read as plain text"))
  }

  @Test func manifestRefusesLiteralSpecialsForTheTeachingModel() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for (model, message) in [
      (#"{"literalSpecials": true}"#, "'texts[0].model.literalSpecials' applies to 'minilm'"),
      (#"{"name": "minilm", "literalSpecials": "yes"}"#, "must be true or false"),
    ] {
      let manifest = folder.appending(path: "m.json")
      try Data(#"{"texts": [{"text": "a [MASK]", "model": \#(model)}]}"#.utf8).write(to: manifest)
      let cli = CLIHarness()
      #expect(cli.run(["build", manifest.path, "--output", folder.appending(path: "o").path]) == 1)
      #expect(cli.error.contains(message), "\(cli.error)")
    }
  }
}
