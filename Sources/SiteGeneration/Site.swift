/// All pages of a site, in the order they are written.
public struct Site: Sendable, Equatable {
  /// The front page listing every text, or `nil` for a site without one.
  public var homePage: HomePage?
  /// The index pages, one per text.
  public var indexPages: [IndexPage]
  /// The token pages, one per query token of each text.
  public var tokenPages: [TokenPage]

  /// Creates a site.
  public init(
    homePage: HomePage? = nil, indexPages: [IndexPage] = [], tokenPages: [TokenPage] = []
  ) {
    self.homePage = homePage
    self.indexPages = indexPages
    self.tokenPages = tokenPages
  }

  /// Every page path, index pages first, in order.
  public var pagePaths: [String] {
    (homePage.map { [$0.path] } ?? []) + indexPages.map(\.path) + tokenPages.map(\.path)
  }
}
