/// A text held as its Unicode scalars, so spans in scalar offsets index it directly.
struct SourceText {
  /// The scalars of the text in order.
  let scalars: [Unicode.Scalar]

  /// Creates the scalar view of `text`.
  init(_ text: String) {
    scalars = Array(text.unicodeScalars)
  }

  /// The number of scalars.
  var count: Int { scalars.count }

  /// The text of the scalars in `span`, a half-open range of scalar offsets.
  func text(in span: Range<Int>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[span])
    return String(view)
  }

  /// Whether the text is empty or holds only White_Space scalars.
  var isBlank: Bool {
    scalars.allSatisfy(\.isWhiteSpace)
  }
}

/// One user-perceived character (extended grapheme cluster) with its scalar offsets.
struct Grapheme {
  /// The cluster.
  let character: Character
  /// The scalar offsets the cluster covers in the source text.
  let span: Range<Int>

  /// The first scalar of the cluster.
  var first: Unicode.Scalar { character.unicodeScalars.first! }

  /// Splits `text` into grapheme clusters, tracking scalar offsets.
  static func clusters(of text: String) -> [Grapheme] {
    var result: [Grapheme] = []
    var offset = 0
    for character in text {
      let length = character.unicodeScalars.count
      result.append(Grapheme(character: character, span: offset..<offset + length))
      offset += length
    }
    return result
  }
}

/// Checks the token count against a limit, the common guard of every tokenizer.
func checkTokenCount(_ count: Int, limit: Int) throws {
  if count > limit {
    throw TokenizationError.tooManyTokens(count: count, limit: limit)
  }
}
