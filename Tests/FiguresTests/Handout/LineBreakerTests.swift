import Testing

@testable import Figures

@Suite struct LineBreakerTests {
  let breaker = LineBreaker(typesetter: Typesetter())

  @Test func wordLongerThanTheLineIsSplitWithHyphens() {
    let word = "pneumonoultramicroscopicsilicovolcanoconiosis"
    let lines = breaker.lines(of: word, style: .label, width: 60).map(\.text)
    #expect(lines.count > 2)
    #expect(lines.dropLast().allSatisfy { $0.hasSuffix(LineBreaker.hyphen) })
    #expect(!lines.last!.hasSuffix(LineBreaker.hyphen))
    let rejoined = lines.map { $0.replacingOccurrences(of: LineBreaker.hyphen, with: "") }
    #expect(rejoined.joined() == word)
  }

  @Test func breaksBetweenWordsAndAfterHyphensAddNoHyphen() {
    let text = "query key value well-known query key value"
    let lines = breaker.lines(of: text, style: .label, width: 50).map(\.text)
    #expect(lines.count > 3)
    #expect(!lines.contains { $0.hasSuffix(LineBreaker.hyphen) })
    #expect(lines.joined(separator: " ").replacingOccurrences(of: "- ", with: "-") == text)
  }
}
