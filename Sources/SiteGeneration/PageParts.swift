/// A figure file a page shows, with the text that stands in for it.
public struct FigureReference: Sendable, Equatable {
  /// The figure's path relative to the page's own folder, such as `figures/heatmap.svg`.
  public var source: String
  /// What the figure shows, in words, for readers who cannot see it.
  public var altText: String
  /// The visible caption under the figure.
  public var caption: String

  /// Creates a figure reference.
  public init(source: String, altText: String, caption: String) {
    self.source = source
    self.altText = altText
    self.caption = caption
  }
}

/// A link to another page of the site.
public struct PageLink: Sendable, Equatable {
  /// The target relative to the linking page's folder, such as `token-002.html`.
  public var href: String
  /// The link text.
  public var label: String

  /// Creates a link.
  public init(href: String, label: String) {
    self.href = href
    self.label = label
  }
}

/// One labelled fact of a caption, such as `Model` → `teaching model`.
public struct PageFact: Sendable, Equatable {
  /// The name of the fact.
  public var term: String
  /// Its value.
  public var detail: String

  /// Creates a fact.
  public init(term: String, detail: String) {
    self.term = term
    self.detail = detail
  }
}

/// One token as the token strip and the tables show it.
public struct TokenEntry: Sendable, Equatable {
  /// The 0-based position in the sequence.
  public var position: Int
  /// The surface text, shown literally (it is data, escaped wherever it appears).
  public var text: String
  /// The vocabulary id.
  public var id: Int
  /// The covered source text as half-open Unicode scalar offsets, such as `4–7`.
  public var span: String
  /// The kind in words, such as `normal` or `special`.
  public var kind: String
  /// The token's own page, relative to the linking page's folder.
  public var href: String

  /// Creates an entry.
  public init(position: Int, text: String, id: Int, span: String, kind: String, href: String) {
    self.position = position
    self.text = text
    self.id = id
    self.span = span
    self.kind = kind
    self.href = href
  }
}
