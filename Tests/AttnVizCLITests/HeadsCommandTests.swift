import Foundation
import Lessons
import ModelFormats
import TestSupport
import Testing

@testable import AttnVizCLI

/// `attnviz heads` against the numpy reference's weights (the goldens of
/// `reference/make_goldens.py`), the way an instructor finds the head that resolves a pronoun.
@Suite struct HeadsCommandTests {
  static let models =
    ProcessInfo.processInfo.environment["ATTNVIZ_MODELS_DIR"]
    .map { URL(fileURLWithPath: $0) } ?? packageRoot.appending(path: "models")
  static let index = models.appending(path: "goldens/index.json")
  static let available =
    modelsAreRequired || FileManager.default.fileExists(atPath: index.path)

  struct Golden: Decodable {
    struct Model: Decodable { var sentences: [Sentence] }
    struct Sentence: Decodable {
      var name: String
      var text: String
      var folder: String
      var tokens: [String]
    }
    var models: [String: Model]
  }

  struct Ranked: Decodable {
    struct Row: Decodable {
      var layer: Int
      var head: Int
      var weight: Float
    }
    var model: String
    var heads: [Row]
    var from: Position
    var to: Position
    struct Position: Decodable { var position: Int }
  }

  @Test(
    .enabled(
      if: available,
      Comment(
        rawValue: "needs the weights and goldens; run scripts/setup-models.sh and "
          + "reference/make_goldens.py")),
    arguments: ["minilm", "smollm2"])
  func pronounRankingAgreesWithTheReference(model: String) throws {
    let golden = try JSONDecoder().decode(Golden.self, from: Data(contentsOf: Self.index))
    let sentence = try #require(golden.models[model]?.sentences.first { $0.name == "pronoun" })
    let cli = CLIHarness()
    let code = cli.run(
      [
        "heads", sentence.text, "--from", "it", "--to", "animal", "--model", model, "--json",
        "--top", "10",
      ])
    #expect(code == 0, "\(cli.error)")
    let ranked = try #require(
      try JSONDecoder().decode([Ranked].self, from: Data(cli.output.utf8)).first)

    let weights = try NpyArray(
      contentsOf: Self.models.appending(path: "goldens/\(sentence.folder)/weights.npy").path)
    let (layers, heads, n) = (weights.shape[0], weights.shape[1], weights.shape[2])
    let query = ranked.from.position - 1
    let key = ranked.to.position - 1
    var reference = [(layer: Int, head: Int, weight: Float)]()
    for layer in 0..<layers {
      for head in 0..<heads {
        let offset = ((layer * heads + head) * n + query) * n + key
        reference.append((layer + 1, head + 1, weights.values[offset]))
      }
    }
    reference.sort { $0.weight > $1.weight }
    for (row, expected) in zip(ranked.heads, reference.prefix(5)) {
      #expect(row.layer == expected.layer && row.head == expected.head)
      #expect(abs(row.weight - expected.weight) < 5e-4, "three decimals agree")
    }
  }

  @Test func unknownWordIsNamed() {
    let cli = CLIHarness()
    #expect(
      cli.run(["heads", "the cat sat", "--from", "dog", "--to", "cat", "--model", "teaching"])
        == 64)
    #expect(cli.error.contains("'--from dog'"))
  }

  @Test func teachingModelRanksEveryHead() throws {
    let cli = CLIHarness()
    #expect(
      cli.run([
        "heads", "the cat sat because it was tired", "--from", "it", "--to", "cat", "--model",
        "teaching", "--json",
      ]) == 0)
    let ranked = try JSONDecoder().decode([Ranked].self, from: Data(cli.output.utf8))
    #expect(ranked.first?.heads.count == 4)  // 2 layers × 2 heads
    let weights = ranked.first?.heads.map(\.weight) ?? []
    #expect(weights == weights.sorted(by: >))
  }

  @Test func wordLocatorFindsWholeWordsOnly() {
    #expect(WordLocator.wordSpan("it", in: "Tit for tat, it said") == 13..<15)
    #expect(WordLocator.wordSpan("IT", in: "it") == 0..<2)
    #expect(WordLocator.wordSpan("cat", in: "concatenate") == nil)
  }
}
