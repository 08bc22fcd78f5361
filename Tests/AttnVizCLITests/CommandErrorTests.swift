import Foundation
import TestSupport
import Testing

@testable import AttnVizCLI

/// Bad input ends with one line on standard error, a non-zero exit and no crash.
@Suite struct CommandErrorTests {
  func expectOneLineError(
    _ arguments: [String], exitCode: Int32, mentioning words: [String]
  ) {
    let cli = CLIHarness()
    let code = cli.run(arguments)
    #expect(code == exitCode, "exit code of \(arguments)")
    let lines = cli.error.split(separator: "\n")
    #expect(lines.count == 1, "one line on stderr, got: \(cli.error)")
    #expect(cli.error.hasPrefix("attnviz: error: "))
    for word in words {
      #expect(cli.error.contains(word), "'\(word)' in: \(cli.error)")
    }
  }

  @Test func emptyTextIsRejected() {
    expectOneLineError(["tokens", ""], exitCode: 1, mentioning: ["empty"])
  }

  @Test func whitespaceOnlyTextIsRejected() {
    expectOneLineError(
      ["render", " \n\t ", "--output", "/tmp/x.png"], exitCode: 1,
      mentioning: ["empty"])
  }

  @Test func tenThousandTokensHitAClearLimit() {
    let text = Array(repeating: "word", count: 10_000).joined(separator: " ")
    expectOneLineError(["trace", text, "--token", "1"], exitCode: 1, mentioning: ["limit"])
  }

  /// Case 10: 600 words are 602 WordPiece tokens with `[CLS]` and `[SEP]`, past MiniLM's
  /// 512 positions; the refusal names both numbers before any computation.
  @Test(LiteralSpecialsTests.realModels) func textPastTheEncodersPositionsIsRefused() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let figure = folder.appending(path: "x.svg").path
    let text = String(repeating: "word ", count: 600)
    for command in [["trace", text, "--token", "1"], ["render", text, "--output", figure]] {
      expectOneLineError(
        command + ["--model", "minilm"], exitCode: 1, mentioning: ["602 tokens", "at most 512"])
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  @Test func optionGivenTwiceIsRefused() {
    expectOneLineError(
      ["trace", "a b c", "--token", "1", "--token", "2"], exitCode: 64,
      mentioning: ["'--token' is given twice"])
  }

  @Test func quantityWithTheStepViewIsRefusedNotIgnored() {
    expectOneLineError(
      ["render", "a b c", "--output", "/tmp/never.png", "--view", "step", "--quantity", "scores"],
      exitCode: 64, mentioning: ["'--quantity' chooses what a heatmap shows"])
    #expect(!FileManager.default.fileExists(atPath: "/tmp/never.png"))
  }

  @Test func outputEndingInASlashIsRefused() {
    expectOneLineError(
      ["render", "a b c", "--output", "/tmp/never.png/"], exitCode: 64,
      mentioning: ["ends in '/'"])
  }

  @Test func unknownOptionSuggestsTheNearest() {
    expectOneLineError(["tokens", "hi", "--jsn"], exitCode: 64, mentioning: ["'--json'"])
  }

  @Test func unknownCommandSuggestsTheNearest() {
    expectOneLineError(["biuld"], exitCode: 64, mentioning: ["'build'"])
  }

  @Test func unknownViewListsTheChoices() {
    expectOneLineError(
      ["render", "a b", "--output", "/tmp/x.svg", "--view", "heatmpa"], exitCode: 64,
      mentioning: ["'heatmap'", "'step'"])
  }

  @Test func unknownColormapSuggestsTheNearestName() {
    expectOneLineError(
      ["render", "a b", "--output", "/tmp/x.svg", "--colormap", "virdis"], exitCode: 64,
      mentioning: ["'viridis'"])
  }

  @Test func layerOutOfRangeNamesTheRange() {
    expectOneLineError(
      ["trace", "a b", "--token", "1", "--layer", "5"], exitCode: 64,
      mentioning: ["layers 1 to 2"])
  }

  @Test func unknownTokenIsNamed() {
    expectOneLineError(
      ["trace", "the cat sat", "--token", "dog"], exitCode: 64, mentioning: ["'dog'"])
  }

  @Test func stepViewNeedsAToken() {
    expectOneLineError(
      ["render", "a b", "--output", "/tmp/x.svg", "--view", "step"], exitCode: 64,
      mentioning: ["--token"])
  }

  @Test func unknownExtensionAsksForAFormat() {
    expectOneLineError(
      ["render", "a b", "--output", "/tmp/x.gif"], exitCode: 64,
      mentioning: ["--format"])
  }

  @Test func invalidUTF8FileIsRejected() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appending(path: "latin1.txt")
    try Data([0x63, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x6B]).write(to: file)  // "café ok" in Latin-1
    expectOneLineError(
      ["tokens", "--text-file", file.path], exitCode: 1, mentioning: ["UTF-8", "offset 3"])
  }

  @Test func noCommandPrintsOverviewAndFails() {
    let cli = CLIHarness()
    #expect(cli.run([]) == 64)
    #expect(cli.error.contains("USAGE"))
  }

  @Test func helpAndVersionSucceed() {
    let cli = CLIHarness()
    #expect(cli.run("--version") == 0)
    #expect(cli.output.hasPrefix("attnviz "))
    for command in ["build", "render", "tokens", "trace"] {
      let each = CLIHarness()
      #expect(each.run(command, "--help") == 0)
      #expect(each.output.contains("USAGE: attnviz \(command)"))
    }
  }
}

/// The faults a fresh user found, each kept fixed.
@Suite struct FreshUserFindingTests {
  @Test func teachingOptionsAreRefusedForRealModels() {
    let cli = CLIHarness()
    #expect(cli.run(["trace", "a b", "--token", "1", "--model", "minilm", "--mask", "none"]) == 64)
    #expect(cli.error.contains("'--mask' applies to the teaching model only"))
  }

  @Test func causalQueryCannotRankAFutureKey() {
    let cli = CLIHarness()
    let code = cli.run([
      "heads", "the cat sat", "--from", "cat", "--to", "sat", "--model", "teaching",
    ])
    #expect(code == 64)
    #expect(cli.error.contains("cannot see"))
  }

  @Test func renderRefusesAMissingFolder() {
    let cli = CLIHarness()
    #expect(cli.run(["render", "a b", "--output", "/nonexistent-attnviz/x.svg"]) == 1)
    #expect(!FileManager.default.fileExists(atPath: "/nonexistent-attnviz"))
  }

  @Test func formatMustAgreeWithTheExtension() {
    let cli = CLIHarness()
    #expect(cli.run(["render", "a b", "--output", "/tmp/x.svg", "--format", "png"]) == 64)
    #expect(cli.error.contains("disagrees"))
  }

  @Test func helpNamesACommand() {
    let cli = CLIHarness()
    #expect(cli.run(["help", "trace"]) == 0)
    #expect(cli.output.contains("USAGE: attnviz trace"))
  }

  @Test func tokensTableShowsControlCharactersVisibly() {
    let cli = CLIHarness()
    #expect(cli.run(["tokens", "a\u{1B}]0;x\u{07}b"]) == 0)
    #expect(!cli.output.contains("\u{1B}") && !cli.output.contains("\u{07}"))
    #expect(cli.output.contains("\\x1b"))
  }

  @Test func manifestRefusesTeachingFieldsForRealModels() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let manifest = folder.appending(path: "m.json")
    try Data(#"{"texts": [{"text": "a", "model": {"name": "minilm", "width": 8}}]}"#.utf8)
      .write(to: manifest)
    let cli = CLIHarness()
    #expect(cli.run(["build", manifest.path, "--output", folder.appending(path: "o").path]) == 1)
    #expect(cli.error.contains("'texts[0].model.width'"))
  }
}
