import AttentionEngine
import Testing

@testable import Figures

@Suite struct TextSafetyTests {
  @Test func controlCharactersBecomeVisibleEscapes() {
    #expect(TextSanitizer.label("x\u{0}y") == "x␀y")
    #expect(TextSanitizer.label("\u{1B}[31mred") == "\\x1b[31mred")
    #expect(TextSanitizer.label("a\tb\n") == "a\\tb\\n")
    #expect(TextSanitizer.label("\u{202E}abc") == "⟨U+202E⟩abc")
  }

  @Test func edgeSpacesOfLabelsShowAsOpenBox() {
    #expect(TextSanitizer.label(" the") == "␣the")
    #expect(TextSanitizer.label("  ") == "␣␣")
    #expect(TextSanitizer.label("a b ") == "a b␣")
  }

  @Test func markupCharactersStayLiteral() {
    for label in ["$x_1^2$", "<script>alert(1)</script>", "a<b&c\"d'e", "_hidden", "\\alpha"] {
      #expect(TextSanitizer.label(label) == label)
    }
  }

  @Test func longLabelsAreShortenedWithAnEllipsis() {
    let label = TextSanitizer.label(String(repeating: "x", count: 50))
    #expect(label.count == 32 && label.hasSuffix("…"))
  }

  @Test func nastyLabelsReachThePangoLayoutLiterallyAndWithoutControls() throws {
    let labels = ["<script>alert(1)</script>", "a<b&c\"d'e", "$x_1^2$", "x\u{0}y", "\u{1B}"]
    let trace = TraceFixtures.trace(labels: labels)
    let layout = try LayoutHelpers.layout(FigureRequest(view: .heatmap), trace)
    let texts = LayoutHelpers.texts(layout).map(\.text)
    for expected in ["<script>alert(1)</script>", "a<b&c\"d'e", "$x_1^2$", "x␀y", "\\x1b"] {
      #expect(texts.contains(expected))
    }
    let scalars = texts.flatMap(\.unicodeScalars)
    #expect(!scalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
  }

  @Test func uncoveredCodePointsGetPlaceholderAndWarning() throws {
    let trace = TraceFixtures.trace(labels: ["ok", "a\u{E000}b"])
    let typesetter = Typesetter()
    #expect(typesetter.label("a\u{E000}b") == "a⟨U+E000⟩b")
    let figure = try FigureRenderer().render(
      FigureRequest(view: .heatmap), of: trace, options: RenderOptions(format: .svg))
    #expect(figure.warnings.count == 1)
    #expect(figure.warnings.first?.contains("U+E000") == true)
  }

  @Test func scriptsWithInstalledFontsNeedNoPlaceholder() throws {
    let labels = ["東京", "🤗", "한국어", "mixed東京abc", "שלום", "مرحبا", "हिन्दी", "abc שלום 123"]
    let figure = try FigureRenderer().render(
      FigureRequest(view: .heatmap), of: TraceFixtures.trace(labels: labels),
      options: RenderOptions(format: .png, scale: 1))
    #expect(figure.warnings.isEmpty)
  }
}
