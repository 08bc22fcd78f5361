import Diagnostics
import Testing

@Suite struct NameSuggestionTests {
  @Test func editDistanceCountsSingleEdits() {
    func distance(_ a: String, _ b: String) -> Int {
      NameSuggestion.editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars))
    }
    #expect(distance("viridis", "virdis") == 1)
    #expect(distance("", "abc") == 3)
    #expect(distance("same", "same") == 0)
    #expect(distance("kitten", "sitting") == 3)
  }

  @Test func nearestNameIsFoundCaseInsensitively() {
    #expect(NameSuggestion.nearest(to: "magam", among: ["magma", "viridis"]) == "magma")
    #expect(NameSuggestion.nearest(to: "VIRDIS", among: ["magma", "viridis"]) == "viridis")
  }

  @Test func farNamesGetNoSuggestion() {
    #expect(NameSuggestion.nearest(to: "zzzzzz", among: ["magma", "viridis"]) == nil)
  }

  @Test func tiesGoToTheEarlierCandidate() {
    #expect(NameSuggestion.nearest(to: "ab", among: ["ac", "ad"]) == "ac")
  }
}
