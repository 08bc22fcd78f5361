import Foundation
import Testing

@testable import AttnVizCLI

@Suite struct TokensCommandTests {
  @Test func jsonSpansGiveBackTheSourceText() throws {
    let text = "Café 東京, didn't 🤗!"
    let cli = CLIHarness()
    #expect(cli.run("tokens", text, "--json") == 0)
    let document = try JSONSerialization.jsonObject(with: Data(cli.output.utf8)) as? [String: Any]
    let tokens = try #require(document?["tokens"] as? [[String: Any]])
    let scalars = Array(text.unicodeScalars)
    for token in tokens {
      let start = try #require(token["start"] as? Int)
      let end = try #require(token["end"] as? Int)
      var covered = String.UnicodeScalarView()
      covered.append(contentsOf: scalars[start..<end])
      #expect(String(covered) == token["label"] as? String)
    }
    #expect(tokens.count >= 7)
  }

  @Test func traceShowsEveryVisibleKeyAndTheWeightSum() {
    let cli = CLIHarness()
    #expect(cli.run("trace", "the cat sat down", "--token", "3") == 0)
    #expect(cli.output.contains("sum of weights over visible keys = 1.0000"))
    #expect(cli.output.contains("masked"))  // the fourth key is in the query's future
    #expect(cli.output.contains("untrained"))
  }
}
