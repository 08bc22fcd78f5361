/// The site's front page: every text of the build, in the order given, each linking to its
/// index page.
public struct HomePage: Sendable, Equatable {
  /// One text listed on the front page.
  public struct Entry: Sendable, Equatable {
    /// The heading of the text.
    public var title: String
    /// The text itself.
    public var text: String
    /// The link to the text's index page, relative to the site root.
    public var href: String
    /// A one-line summary: model, mask, tokenizer and token count.
    public var summary: String

    /// Creates an entry.
    public init(title: String, text: String, href: String, summary: String) {
      self.title = title
      self.text = text
      self.href = href
      self.summary = summary
    }
  }

  /// Where the page goes; the site root's `index.html`.
  public var path: String
  /// The site title.
  public var title: String
  /// The texts, in order.
  public var entries: [Entry]

  /// Creates a front page.
  public init(path: String = "index.html", title: String, entries: [Entry]) {
    self.path = path
    self.title = title
    self.entries = entries
  }
}
