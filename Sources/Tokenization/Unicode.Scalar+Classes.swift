/// Character classes the tokenizers need, decided per Unicode scalar from its properties.
///
/// Every predicate reads the scalar's General_Category or binary properties from the
/// standard library's Unicode tables, so no locale and no platform library is involved.
extension Unicode.Scalar {
  /// Whether the scalar is a letter (General_Category `L*`), the regex class `\p{L}`.
  var isLetter: Bool {
    switch properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
      return true
    default:
      return false
    }
  }

  /// Whether the scalar is a number (General_Category `N*`), the regex class `\p{N}`.
  var isNumber: Bool {
    switch properties.generalCategory {
    case .decimalNumber, .letterNumber, .otherNumber:
      return true
    default:
      return false
    }
  }

  /// Whether the scalar is a combining mark (General_Category `M*`).
  var isMark: Bool {
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark:
      return true
    default:
      return false
    }
  }

  /// Whether the scalar is a non-spacing mark (General_Category `Mn`).
  var isNonspacingMark: Bool {
    properties.generalCategory == .nonspacingMark
  }

  /// Whether the scalar has the Unicode White_Space property, the regex class `\s`.
  var isWhiteSpace: Bool {
    properties.isWhitespace
  }

  /// Whether the scalar's General_Category is one of `Cc Cf Cs Co Cn`.
  var isOtherCategory: Bool {
    switch properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned:
      return true
    default:
      return false
    }
  }

  /// Whether the scalar is punctuation (General_Category `P*`).
  var isPunctuation: Bool {
    switch properties.generalCategory {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
      .initialPunctuation, .finalPunctuation, .otherPunctuation:
      return true
    default:
      return false
    }
  }

  /// Whether BERT splits at this scalar: ASCII punctuation and symbols, or any `P*` scalar.
  var isBertPunctuation: Bool {
    switch value {
    case 33...47, 58...64, 91...96, 123...126:
      return true
    default:
      return isPunctuation
    }
  }

  /// Whether the scalar lies in one of the CJK ideograph blocks BERT isolates.
  var isCJKIdeograph: Bool {
    switch value {
    case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0x2A700...0x2B73F,
      0x2B740...0x2B81F, 0x2B920...0x2CEAF, 0xF900...0xFAFF, 0x2F800...0x2FA1F:
      return true
    default:
      return false
    }
  }
}

extension Unicode.Scalar {
  /// The code point as readers write it: `U+FEFF`, upper-case hexadecimal, at least four
  /// digits (`U+1F600` has five).
  public var codePointName: String {
    let digits = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
