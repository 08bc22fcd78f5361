/// All pages of a site, in the order they are written.
public struct Site: Sendable, Equatable {
  /// The index pages, one per text.
  public var indexPages: [IndexPage]
  /// The token pages, one per query token of each text.
  public var tokenPages: [TokenPage]

  /// Creates a site.
  public init(indexPages: [IndexPage] = [], tokenPages: [TokenPage] = []) {
    self.indexPages = indexPages
    self.tokenPages = tokenPages
  }

  /// Every page path, index pages first, in order.
  public var pagePaths: [String] {
    indexPages.map(\.path) + tokenPages.map(\.path)
  }
}
