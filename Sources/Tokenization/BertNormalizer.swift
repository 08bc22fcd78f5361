import Foundation

/// The BERT uncased normalisation, keeping for every output scalar where it came from.
///
/// Steps, matching the Hugging Face `BertNormalizer` with `lowercase` and accent stripping:
/// 1. drop U+0000, U+FFFD and every `C*` scalar except `\t \n \r`;
/// 2. turn every White_Space scalar into a space;
/// 3. mark CJK ideographs so the pre-tokenizer isolates them;
/// 4. decompose canonically (NFD) and drop every `Mn` scalar (accents, kana voicing marks);
/// 5. lower-case each scalar with its full, context-free Unicode mapping.
///
/// Decomposition is done per source scalar, so marks are not reordered across scalars; the
/// marks that reordering could move are `Mn` and dropped anyway.
struct BertNormalizer {
  /// One scalar of normalised text and its origin in the source text.
  struct Unit {
    /// The normalised scalar.
    let scalar: Unicode.Scalar
    /// The offset of the source scalar it came from.
    let origin: Int
    /// The end of the source text its label shows: past combining marks that follow it
    /// and fold away (`e` U+0301 keeps its accent in the label).
    var labelEnd: Int
    /// Whether the pre-tokenizer must make it a word of its own (CJK ideograph).
    let isIsolated: Bool
  }

  /// Normalises the source scalars in `span`.
  func normalize(_ scalars: [Unicode.Scalar], in span: Range<Int>) -> [Unit] {
    var units: [Unit] = []
    for offset in span {
      let scalar = scalars[offset]
      if Self.isRemoved(scalar) {
        continue  // No label shows it: the text's page marks it as removed.
      } else if scalar.isWhiteSpace {
        units.append(Unit(scalar: " ", origin: offset, labelEnd: offset + 1, isIsolated: false))
      } else {
        let start = units.count
        units += Self.folded(scalar).map {
          Unit(
            scalar: $0, origin: offset, labelEnd: offset + 1, isIsolated: scalar.isCJKIdeograph)
        }
        if units.count == start { extendLabel(of: &units, to: offset + 1) }
      }
    }
    return units
  }

  /// Lets the label of the last kept scalar show a mark that folded away after it.
  private func extendLabel(of units: inout [Unit], to end: Int) {
    guard let last = units.indices.last, units[last].scalar != " " else { return }
    units[last].labelEnd = end
  }

  /// Whether clean-up drops the scalar: NUL, U+FFFD, or `C*` other than tab and line ends.
  static func isRemoved(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "\t", "\n", "\r": return false
    case "\u{0}", "\u{FFFD}": return true
    default: return scalar.isOtherCategory
    }
  }

  /// The scalar decomposed, stripped of `Mn` marks and lower-cased.
  static func folded(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
    if scalar.isASCII {
      return [Unicode.Scalar(UInt8(ascii: scalar).lowercasedASCII)]
    }
    let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
    return decomposed.filter { !$0.isNonspacingMark }
      .flatMap { $0.properties.lowercaseMapping.unicodeScalars }
  }
}

extension UInt8 {
  /// The byte with ASCII `A`–`Z` mapped to `a`–`z`.
  fileprivate var lowercasedASCII: UInt8 {
    (65...90).contains(self) ? self + 32 : self
  }
}
