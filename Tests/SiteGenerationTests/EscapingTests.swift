import Testing

@testable import SiteGeneration

@Suite("Escaping")
struct EscapingTests {
  @Test func htmlEscapingReplacesAllFiveSpecialCharacters() {
    #expect(HTMLEscaping.escape("a<b&c\"d'e") == "a&lt;b&amp;c&quot;d&#39;e")
    #expect(
      HTMLEscaping.escape("<script>alert(1)</script>")
        == "&lt;script&gt;alert(1)&lt;/script&gt;")
  }

  @Test func htmlEscapingLeavesMarkupLikeTextLiteral() {
    #expect(HTMLEscaping.escape("$x_1^2$ \\alpha") == "$x_1^2$ \\alpha")
    #expect(HTMLEscaping.escape("東京 ❤️ a\u{2028}b") == "東京 ❤️ a\u{2028}b")
  }

  @Test func safeHTMLJoinEscapesTheSeparator() {
    let parts = [SafeHTML(escaping: "<i>"), SafeHTML(trusted: "<b>x</b>")]
    #expect(SafeHTML.joined(parts, separator: " & ").markup == "&lt;i&gt; &amp; <b>x</b>")
  }

  @Test func scriptJSONNeverContainsAClosingScriptTagOrComment() {
    let json = ScriptJSON.encode(.string("</script><!--<script>")).markup
    #expect(json == #""\u003c/script\u003e\u003c!--\u003cscript\u003e""#)
    #expect(!json.contains("<") && !json.contains(">"))
  }

  @Test func scriptJSONEscapesAmpersandAndLineSeparators() {
    let json = ScriptJSON.encode(.string("a&b\u{2028}c\u{2029}d")).markup
    #expect(json == #""a\u0026b\u2028c\u2029d""#)
  }

  @Test func scriptJSONEscapesQuotesBackslashesAndControls() {
    let json = ScriptJSON.encode(.string("\"\\\n\u{1b}\u{0}")).markup
    #expect(json == #""\"\\\n\u001b\u0000""#)
  }

  @Test func scriptJSONWritesNonFiniteNumbersAsNull() {
    let value = JSONValue.array([.number(.nan), .number(.infinity), .number(-.infinity)])
    #expect(ScriptJSON.encode(value).markup == "[null,null,null]")
  }

  @Test func scriptJSONKeepsObjectKeyOrderAndShortNumbers() {
    let value = JSONValue.object([
      ("z", .number(0.1234)), ("a", .number(2)), ("m", .bool(true)), ("n", .null),
    ])
    #expect(ScriptJSON.encode(value).markup == #"{"z":0.1234,"a":2,"m":true,"n":null}"#)
  }

  @Test func scriptJSONLeavesTeXLikeTextAlone() {
    #expect(ScriptJSON.encode(.string("$x_1^2$")).markup == #""$x_1^2$""#)
  }
}

@Suite("FixedDecimal")
struct FixedDecimalTests {
  @Test func formatsWithTheRequestedDecimals() {
    #expect(FixedDecimal.format(0.66524, decimals: 4) == "0.6652")
    #expect(FixedDecimal.format(2.0, decimals: 4) == "2.0000")
    #expect(FixedDecimal.format(-1.23456, decimals: 2) == "-1.23")
    #expect(FixedDecimal.format(12.5, decimals: 0) == "13")
  }

  @Test func roundsHalfAwayFromZero() {
    #expect(FixedDecimal.format(0.125, decimals: 2) == "0.13")
    #expect(FixedDecimal.format(-0.125, decimals: 2) == "-0.13")
  }

  @Test func neverWritesNegativeZero() {
    #expect(FixedDecimal.format(-0.00001, decimals: 4) == "0.0000")
    #expect(FixedDecimal.format(-0.0, decimals: 4) == "0.0000")
    #expect(FixedDecimal.format(Float(-0.00004), decimals: 4) == "0.0000")
  }

  @Test func writesNonFiniteValuesInWords() {
    #expect(FixedDecimal.format(Double.nan) == "NaN")
    #expect(FixedDecimal.format(Double.infinity) == "+inf")
    #expect(FixedDecimal.format(-Double.infinity) == "-inf")
  }

  @Test func padsSmallValuesWithLeadingZeros() {
    #expect(FixedDecimal.format(0.0007, decimals: 4) == "0.0007")
    #expect(FixedDecimal.format(-0.05, decimals: 3) == "-0.050")
  }
}
