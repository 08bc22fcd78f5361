@testable import Tokenization

/// Texts that exercise spans: accents in NFC and NFD, CJK, emoji, RTL scripts, CRLF.
let spanTexts: [String] = [
  "The animal didn't cross the street because it was too tired.",
  "caf\u{E9} cr\u{E8}me br\u{FB}l\u{E9}e",
  "cafe\u{301} cre\u{300}me bru\u{302}le\u{301}e",
  "東京は日本の首都です。",
  "thumbs 👍🏽 up, family 👨‍👩‍👧 here",
  "שלום עולם, مرحبا بالعالم",
  "line one\r\nline two\r\n",
  "We're sure it's 3.14, not 1,000!",
  "हिन्दी और 1\u{FE0F}\u{20E3}",
]

/// The source text rebuilt from the tokens: each token's span text, with the gaps between.
func rebuilt(_ text: String, from tokens: [Token]) -> String {
  let scalars = Array(text.unicodeScalars)
  var view = String.UnicodeScalarView()
  var position = 0
  for token in tokens where !token.span.isEmpty {
    view.append(contentsOf: scalars[position..<token.span.lowerBound])
    view.append(contentsOf: scalars[token.span])
    position = token.span.upperBound
  }
  view.append(contentsOf: scalars[position...])
  return String(view)
}

/// The source text of a scalar span.
func sourceText(_ text: String, _ span: Range<Int>) -> String {
  SourceText(text).text(in: span)
}

/// Whether spans are in order, inside the text and not overlapping.
func spansAreOrdered(_ tokens: [Token], in text: String) -> Bool {
  let count = text.unicodeScalars.count
  var position = 0
  for token in tokens {
    guard token.span.lowerBound >= position, token.span.upperBound <= count else {
      return false
    }
    position = token.span.upperBound
  }
  return true
}
